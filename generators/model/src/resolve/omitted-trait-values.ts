// Step 1b of the resolver: traits written without a value (`@tags`) become `[]` when the trait's
// shape is a list or set (the IDL parser wrote an empty object, not knowing the shape; see
// `omitted-trait-value.ts`). Runs on the loaded files, before they are merged: merging copies
// values, and the copies would no longer be recognised.

import type { AstMember, AstShape, NodeValue } from "../ast.js";
import type { LoadedFile } from "../loaded-file.js";
import { isOmittedTraitValue } from "../omitted-trait-value.js";

const LIST_TYPES: ReadonlySet<string> = new Set(["list", "set"]);

export function settleOmittedTraitValues(files: readonly LoadedFile[]): void {
  const listTraits = new Set<string>();
  for (const file of files)
    for (const [id, shape] of Object.entries(file.ast.shapes))
      if (LIST_TYPES.has(shape.type)) listTraits.add(id);
  if (listTraits.size === 0) return;
  const settle = (traits: Record<string, NodeValue> | undefined): void => {
    if (!traits) return;
    for (const [traitId, value] of Object.entries(traits))
      if (listTraits.has(traitId) && isOmittedTraitValue(value)) traits[traitId] = [];
  };
  for (const file of files)
    for (const shape of Object.values(file.ast.shapes)) {
      settle(shape.traits);
      for (const member of membersOf(shape)) settle(member.traits);
    }
}

function membersOf(shape: AstShape): AstMember[] {
  const members = Object.values(shape.members ?? {});
  for (const name of ["member", "key", "value"] as const) {
    const m = shape[name];
    if (m) members.push(m);
  }
  return members;
}
