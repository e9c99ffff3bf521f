// Shape names that differ only in letter case. botocore tells shapes apart by exact name, and
// several models the AWS CLI ships rely on it (EC2's `MaxResults` and `maxResults`, Backup's
// `Boolean` and `boolean`). Smithy forbids such pairs, and so does ShapeKit's resolver for Smithy
// sources, because every named shape becomes a module file and macOS and Windows fold case.
//
// So the converter renames: the first name in document order keeps its spelling, each later one
// that folds to a name already taken becomes `<name>2` (`3`, … when that is taken too), with a
// warning. Only the Smithy shape name changes — members, wire names and the CLI surface are the
// same, as the AWS CLI never shows shape names. Operations and the service are never renamed.

import type { ConversionContext } from "./context.js";

/**
 * Fills `ctx.renamedShapes` for every shape of `ctx.input` whose name equals, ignoring case, an
 * earlier shape's or one of `reserved` (operation and service names), and warns about each.
 */
export function renameCaseClashes(ctx: ConversionContext, reserved: readonly string[]): void {
  const taken = new Map<string, string>();
  // A new name never folds to any botocore shape name, so no original name has to move for it.
  const inputFolded = new Set([...ctx.input.keys()].map((name) => name.toLowerCase()));
  for (const name of reserved)
    if (!taken.has(name.toLowerCase())) taken.set(name.toLowerCase(), name);
  for (const name of ctx.input.keys()) {
    const folded = name.toLowerCase();
    const earlier = taken.get(folded);
    // An exact match with an operation or the service is reported where operations are added.
    if (earlier === undefined || earlier === name) {
      taken.set(folded, name);
      continue;
    }
    let renamed = `${name}2`;
    for (let n = 3; taken.has(renamed.toLowerCase()) || inputFolded.has(renamed.toLowerCase()); n++)
      renamed = `${name}${n}`;
    taken.set(renamed.toLowerCase(), renamed);
    ctx.renamedShapes.set(name, renamed);
    ctx.warning(
      `Shape ${name} differs only in case from ${earlier}, which Smithy does not allow; it is named ${renamed} in the converted model (members, wire names and the command line are unchanged)`,
      ["shapes", name],
    );
  }
}
