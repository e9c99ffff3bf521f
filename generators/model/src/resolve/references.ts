// Settles the relative names an IDL file could not resolve alone (see `PendingReference`):
// a name means the shape of the file's namespace when ANY file of the model defines it, else the
// prelude shape of that name, else it is an error at the place the name was written. Elided
// members (`$name`) wait for mixin flattening, which knows the members they copy.

import { suggestName } from "@shapekit/validation";
import type { LoadedFile, PendingReference } from "../loaded-file.js";
import { PRELUDE_NAMESPACE } from "../shape-id.js";
import type { ElidedMember, ResolveContext } from "./context.js";

/** Ids every file defines (apply entries excluded): the namespace candidates for relative names. */
export function definedShapeIds(files: readonly LoadedFile[]): Set<string> {
  const ids = new Set<string>();
  for (const f of files) {
    for (const [id, shape] of Object.entries(f.ast.shapes)) if (shape.type !== "apply") ids.add(id);
  }
  return ids;
}

export function resolvePendingReferences(
  files: readonly LoadedFile[],
  defined: ReadonlySet<string>,
  ctx: ResolveContext,
): void {
  for (const file of files) {
    for (const ref of file.pendingReferences) {
      if (ref.role === "elided") {
        ctx.elided.push(elidedMember(ref));
        continue;
      }
      const dollar = ref.name.indexOf("$");
      const name = dollar === -1 ? ref.name : ref.name.slice(0, dollar);
      const memberSuffix = dollar === -1 ? "" : ref.name.slice(dollar);
      const local = `${ref.namespace}#${name}`;
      const prelude = `${PRELUDE_NAMESPACE}#${name}`;
      if (defined.has(local)) {
        ref.resolve(local + memberSuffix);
        continue;
      }
      if (defined.has(prelude)) {
        ref.resolve(prelude + memberSuffix);
        continue;
      }
      // The placeholder stays in the AST; later checks skip it instead of reporting it again.
      ctx.unresolved.add(local);
      if (ref.role === "value") {
        ctx.error(
          "unresolved-shape",
          `Syntactic shape id \`${ref.name}\` does not resolve to a shape: ${local === prelude ? `${local} is not defined` : `neither ${local} nor ${prelude} is defined`} (quote it to write a string)`,
          ref.location,
        );
      } else {
        const near = suggestName(name, candidateNames(defined, ref.namespace));
        ctx.error(
          "unresolved-shape",
          `Unresolved shape \`${ref.name}\` (${ref.role}): no shape ${local} in any file of the model and no ${prelude} in the prelude` +
            (near === undefined ? "" : `; did you mean \`${near}\`?`),
          ref.location,
        );
      }
    }
  }
}

/**
 * The IDL parser's elided-member reference (see `idl/elided-member.ts`): besides the common
 * fields it names the container, the member and the `for` resource binding.
 */
interface ElidedReference extends PendingReference {
  readonly container: string;
  readonly member: string;
  readonly resource: { readonly id: string } | undefined;
}

function elidedMember(ref: PendingReference): ElidedMember {
  const r = ref as ElidedReference;
  return {
    container: r.container,
    member: r.member,
    location: r.location,
    resource: () => r.resource?.id,
    resolve: (target) => r.resolve(target),
  };
}

/** Names a relative reference in `namespace` could have meant: that namespace's shapes, then the prelude's. */
function candidateNames(defined: ReadonlySet<string>, namespace: string): string[] {
  const local: string[] = [];
  const prelude: string[] = [];
  for (const id of defined) {
    const hash = id.indexOf("#");
    const ns = id.slice(0, hash);
    if (ns === namespace) local.push(id.slice(hash + 1));
    else if (ns === PRELUDE_NAMESPACE) prelude.push(id.slice(hash + 1));
  }
  return [...local.sort(), ...prelude.sort()];
}
