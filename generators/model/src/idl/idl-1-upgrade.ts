// IDL 1.0 files: which version a `$version` value means, and how 1.0-only syntax is loaded
// into the 2.0 model the rest of ShapeKit works with (as the reference implementation does).
//
// What the parser upgrades: a 1.0 `set` becomes a `list` with `@uniqueItems`. What it
// rejects in a 1.0 file (see `ParseContext.requireVersion2`): mixins, `for`, target elision,
// `= value` defaults, enum and intEnum shapes, inline `:=` input/output, resource
// `properties`, and the `@mixin` trait. Upgrades that need resolved targets (the 1.0 boxing
// rules that turn into `@default` values) are the resolver's: it knows `LoadedFile.version`.

import type { AstShape, NodeValue } from "../ast.js";
import type { IdlVersion } from "./parse-context.js";

export const UNIQUE_ITEMS_TRAIT = "smithy.api#uniqueItems";

/** The IDL version a `$version` string selects, or undefined when it is not supported. */
export function idlVersionOf(value: string): IdlVersion | undefined {
  if (value === "1" || value === "1.0") return "1.0";
  if (value === "2" || value === "2.0") return "2.0";
  return undefined;
}

/** A 1.0 `set` as 2.0 sees it: a list whose items are unique. */
export function upgradeSet(shape: AstShape, traits: Record<string, NodeValue>): void {
  shape.type = "list";
  if (!Object.hasOwn(traits, UNIQUE_ITEMS_TRAIT))
    traits[UNIQUE_ITEMS_TRAIT] = Object.create(null) as Record<string, NodeValue>;
}
