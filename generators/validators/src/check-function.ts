// One emitted check function: `check<Name>(v: unknown, p: string, c: IssueCollector): void`.
// `v` is the value, `p` its path, `c` the run's issue collector. The emitters of each shape kind
// produce the body; the checks module turns these into declarations. In guard mode (verdict.ts)
// the same emitters write `guard<Name>(v: unknown[, d: number]): boolean` instead.

import { runtimeName, type Shape } from "@shapekit/model";
import { code, name, type Code } from "@shapekit/generated-package";
import type { CheckContext } from "./check-context.js";

export interface CheckFunction {
  readonly name: string;
  /** One sentence for the function's doc comment. */
  readonly doc: string;
  readonly body: Code;
}

/** `MAX_RECURSION_DEPTH` of `@shapekit/validation`, as guards refer to it. */
export const MAX_DEPTH = name(runtimeName("MAX_RECURSION_DEPTH"));

/**
 * Wraps a body that has passed the type test with the recursion guard, for shapes that can
 * contain themselves: depth is counted only there (see recursion.ts). A check counts it in the
 * collector; a guard in its parameter `d`, which it passes on (one more level than the
 * collector's `enter` would fail at is one more than `MAX_RECURSION_DEPTH`).
 */
export function guardRecursion(ctx: CheckContext, shape: Shape, body: Code): Code {
  if (!ctx.recursive.has(shape.id)) return body;
  if (ctx.guard)
    return code`if (++d > ${MAX_DEPTH}) return false;
${body}`;
  return code`if (!c.enter(p)) return;
${body}
c.leave();`;
}

/** The path of a member of the value at `p`, as an expression (members are identifiers). */
export function memberPathCode(member: string): Code {
  // No parentheses: it is only ever a call argument (prettier would drop them), or wrapped by
  // the one caller that puts it in a larger expression (listRules).
  return code`p === "" ? ${member} : p + ${`.${member}`}`;
}

/** The path of item `index` (a variable) of the list at `p`. */
export function itemPathCode(index: Code): Code {
  return code`p + "[" + ${index} + "]"`;
}
