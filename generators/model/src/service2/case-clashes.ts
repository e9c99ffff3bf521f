// Shape names that differ only in letter case. botocore tells shapes apart by exact name, and
// several models the AWS CLI ships rely on it (EC2's `MaxResults` and `maxResults`, Backup's
// `Boolean` and `boolean`). Smithy forbids such pairs, and so does ShapeKit's resolver for Smithy
// sources, because every named shape becomes a module file and macOS and Windows fold case.
//
// So the converter renames: the first name in document order keeps its spelling, each later one
// that folds to a name already taken becomes `<name>2` (`3`, … when that is taken too), with a
// warning. Only the Smithy shape name changes — members, wire names and the CLI surface are the
// same; botocore's name is kept in a trait for the one place the AWS CLI shows shape names
// (output skeletons, see shape-name-trait.ts). Operations and the service are never renamed.
// Runs after name-clashes.ts has moved shapes out of the way of exact operation/service names.

import type { ConversionContext } from "./context.js";

/**
 * Adds to `ctx.renamedShapes` every shape of `ctx.input` whose Smithy name equals, ignoring case,
 * an earlier shape's or one of `reserved` (operation and service names), and warns about each.
 */
export function renameCaseClashes(ctx: ConversionContext, reserved: readonly string[]): void {
  const smithyName = (name: string) => ctx.renamedShapes.get(name) ?? name;
  const taken = new Map<string, string>();
  // A new name never folds to any shape name in use, so no other shape has to move for it.
  const inUse = new Set(
    [...ctx.input.keys()].flatMap((name) => [name, smithyName(name)]).map((n) => n.toLowerCase()),
  );
  for (const name of reserved) {
    inUse.add(name.toLowerCase());
    if (!taken.has(name.toLowerCase())) taken.set(name.toLowerCase(), name);
  }
  for (const name of ctx.input.keys()) {
    const current = smithyName(name);
    const folded = current.toLowerCase();
    const earlier = taken.get(folded);
    if (earlier === undefined || earlier === current) {
      taken.set(folded, current);
      continue;
    }
    let renamed = `${current}2`;
    for (let n = 3; taken.has(renamed.toLowerCase()) || inUse.has(renamed.toLowerCase()); n++)
      renamed = `${current}${n}`;
    taken.set(renamed.toLowerCase(), renamed);
    inUse.add(renamed.toLowerCase());
    ctx.renamedShapes.set(name, renamed);
    ctx.otherNames.add(renamed);
    ctx.warning(
      `Shape ${name} differs only in case from ${earlier}, which Smithy does not allow; it is named ${renamed} in the converted model (members, wire names and the command line are unchanged)`,
      ["shapes", name],
    );
  }
}
