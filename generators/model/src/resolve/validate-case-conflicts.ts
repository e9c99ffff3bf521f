// Names that differ only in case: Smithy forbids two shape ids of a model, or two members of a
// shape, that are equal ignoring case. Generated code needs the rule as much as Smithy does:
// each named shape is a module file (macOS and Windows fold case), and each member an option
// (`--name`) and a key of a case-insensitive skeleton. Each clash is reported at the later
// definition in source order, naming the earlier one and where it is.

import { isPreludeId } from "../shape-id.js";
import { pointer, type SourceLocation } from "../source-location.js";
import { where, type ResolveContext } from "./context.js";
import { isMixin } from "./mixins.js";

function compareLocations(a: SourceLocation, b: SourceLocation): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

interface Named {
  readonly name: string;
  readonly location: SourceLocation;
}

/** For each name equal to an earlier one ignoring case (earlier in source order): the pair. */
function caseClashes(items: readonly Named[]): Array<[later: Named, earlier: Named]> {
  const first = new Map<string, Named>();
  const clashes: Array<[Named, Named]> = [];
  for (const item of [...items].sort(
    (a, b) =>
      compareLocations(a.location, b.location) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  )) {
    const folded = item.name.toLowerCase();
    const earlier = first.get(folded);
    if (earlier === undefined) first.set(folded, item);
    else clashes.push([item, earlier]);
  }
  return clashes;
}

export function validateCaseConflicts(ctx: ResolveContext): void {
  const shapes: Named[] = [];
  for (const entry of ctx.shapes.values()) {
    if (isPreludeId(entry.id)) continue;
    shapes.push({ name: entry.id, location: entry.location });
    // A mixin's members are checked in the shapes that use it, with the mixin's own locations.
    if (isMixin(entry.ast)) continue;
    const ast = entry.ast;
    const members: Named[] = Object.keys(ast.members ?? {}).map((name) => ({
      name,
      location: ctx.locate(pointer.member(entry.id, name), entry.location),
    }));
    for (const [later, earlier] of caseClashes(members)) {
      ctx.error(
        "case-conflict",
        `Member ${pointer.member(entry.id, later.name)} differs only in case from member ${earlier.name} (${where(earlier.location)}); member names must be unique ignoring case`,
        later.location,
      );
    }
  }
  for (const [later, earlier] of caseClashes(shapes)) {
    ctx.error(
      "case-conflict",
      `Shape ${later.name} differs only in case from ${earlier.name} (${where(earlier.location)}); shape ids must be unique ignoring case`,
      later.location,
    );
  }
}
