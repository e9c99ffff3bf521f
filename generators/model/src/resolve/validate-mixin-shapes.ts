// What a mixin operation or resource may hold. A mixin is copied into the shapes that use it;
// for operations and resources only their traits (and an operation's errors) can be shared that
// way, so, as the Smithy 2.0 specification says, a mixin operation's input and output stay
// `smithy.api#Unit` and a mixin resource binds nothing: no identifiers, properties, lifecycle
// operations, operations or resources.

import { RESOURCE_BINDINGS } from "../ast.js";
import type { ResolveContext } from "./context.js";
import { isMixin } from "./mixins.js";

const UNIT = "smithy.api#Unit";

export function validateMixinShapes(ctx: ResolveContext): void {
  for (const entry of ctx.shapes.values()) {
    const ast = entry.ast;
    if (!isMixin(ast)) continue;
    if (ast.type === "operation") {
      const set = (["input", "output"] as const).filter(
        (name) => ast[name] !== undefined && ast[name].target !== UNIT,
      );
      if (set.length > 0)
        ctx.error(
          "mixin-operation-io",
          `Mixin operation ${entry.id} sets its ${set.join(" and ")}: a mixin operation's input and output must be ${UNIT}`,
          entry.location,
        );
    } else if (ast.type === "resource") {
      const set = RESOURCE_BINDINGS.filter((name) => isSet(ast[name]));
      if (set.length > 0)
        ctx.error(
          "mixin-resource-bindings",
          `Mixin resource ${entry.id} binds ${set.join(", ")}: a mixin resource may only carry traits`,
          entry.location,
        );
    }
  }
}

/** A binding is set when present and not empty (`identifiers: {}` binds nothing). */
function isSet(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && value !== null) return Object.keys(value).length > 0;
  return true;
}
