// Step 1b of the resolver: the value of a trait written without one (`@tags`, `@default()`)
// follows the trait's shape, as in the reference loader: `[]` for a list or set, `{}` for a
// structure or map (and for a trait no file defines, whose value goes unchecked), `null` for any
// other shape (so `@default` alone is `@default(null)`). The IDL parser wrote an empty object,
// not knowing the shape (see `omitted-trait-value.ts`). Runs on the loaded files, before they
// are merged: merging copies values, and the copies would no longer be recognised.

import { memberEntries, type NodeValue } from "../ast.js";
import type { LoadedFile } from "../loaded-file.js";
import { isOmittedTraitValue } from "../omitted-trait-value.js";

/** The value an omitted one becomes, by the trait shape's type; an empty object otherwise. */
function valueFor(type: string): NodeValue | undefined {
  if (type === "list" || type === "set") return [];
  if (type === "structure" || type === "map") return undefined;
  return null;
}

export function settleOmittedTraitValues(files: readonly LoadedFile[]): void {
  const types = new Map<string, string>();
  for (const file of files)
    for (const [id, shape] of Object.entries(file.ast.shapes))
      if (shape.type !== "apply") types.set(id, shape.type);
  const settle = (traits: Record<string, NodeValue> | undefined): void => {
    if (!traits) return;
    for (const [traitId, value] of Object.entries(traits)) {
      const type = types.get(traitId);
      if (type === undefined || !isOmittedTraitValue(value)) continue;
      const settled = valueFor(type);
      if (settled !== undefined) traits[traitId] = settled;
    }
  };
  for (const file of files)
    for (const shape of Object.values(file.ast.shapes)) {
      settle(shape.traits);
      for (const [, member] of memberEntries(shape)) settle(member.traits);
    }
}
