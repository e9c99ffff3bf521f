// One emitted check function: `check<Name>(v: unknown, p: string, c?: IssueCollector[, d = 0]):
// boolean`. `v` is the value, `p` its path, `c` the run's issue collector: with one, every issue
// is reported and the result is true; without one, the result is the verdict, false at the first
// issue (verdict.ts). `d`, on shapes that reach a recursive one, counts the recursive shapes
// entered when there is no collector. The emitters of each shape kind produce the body; the
// module emitter turns it into a declaration.

import { runtimeName, type Shape } from "@shapekit/model";
import { code, name, type Code } from "@shapekit/generated-package";
import type { CheckContext } from "./check-context.js";
import { helper } from "./runtime-helpers.js";

export interface CheckFunction {
  readonly name: string;
  /** One sentence for the function's doc comment. */
  readonly doc: string;
  readonly body: Code;
}

/** `MAX_RECURSION_DEPTH` of `@shapekit/validation`, as checks without a collector refer to it. */
export const MAX_DEPTH = name(runtimeName("MAX_RECURSION_DEPTH"));

/**
 * Wraps a body that has passed the type test with the recursion limit, for shapes that can
 * contain themselves: depth is counted only there (see recursion.ts). With a collector it is
 * counted there (`enter`, `leave`); without one in the parameter `d`, which calls pass on (one
 * more level than the collector's `enter` fails at is one more than `MAX_RECURSION_DEPTH`).
 */
export function recursionLimit(ctx: CheckContext, shape: Shape, body: Code): Code {
  if (!ctx.recursive.has(shape.id)) return body;
  return code`if (!c && ++d > ${MAX_DEPTH}) return false;
if (c && !c.enter(p)) return true;
${body}
c?.leave();`;
}

/**
 * `return true;` from inside a body `recursionLimit` wraps, for a check that has a collector and
 * is done before the body's end: the level it entered is left first, or every later value of the
 * run would be judged one level deeper than it is. (A stop because the collector is full skips
 * it: a full collector records nothing more.)
 */
export function returnFromBody(ctx: CheckContext, shape: Shape): Code {
  if (!ctx.recursive.has(shape.id)) return code`return true;`;
  return code`{
c?.leave();
return true;
}`;
}

/**
 * Where a value is: `at`, its path where an issue is reported (there is a collector then), and
 * `passed`, the path argument of the check it is handed to, which builds no string when there
 * is no collector (the callee never reads its path then).
 */
export interface ValuePath {
  readonly at: Code;
  readonly passed: Code;
}

/**
 * The path of a member of the value at `p`. Where an issue is reported (a cold path) the
 * runtime's `memberPath` builds it; handed to a nested check it is inline code, which builds
 * nothing at the root or without a collector.
 */
export function memberPath(member: string): ValuePath {
  const joined = code`p === "" ? ${member} : p + ${`.${member}`}`;
  // No parentheses: it is only ever a call argument (prettier would drop them). `memberPath`
  // joins an identifier (every Smithy member name) with a dot as the inline code does; any
  // other name keeps the inline code, so the path reads the same either way.
  return {
    at: /^[A-Za-z_$][\w$]*$/.test(member) ? code`${helper("memberPath")}(p, ${member})` : joined,
    passed: code`!c || ${joined}`,
  };
}

/** The path of item `index` (a variable) of the list at `p`. */
export function itemPath(index: Code): ValuePath {
  const at = code`p + "[" + ${index} + "]"`;
  return { at, passed: code`c ? ${at} : p` };
}

/** The path of entry `key` (a variable) of the map at `p`. */
export function entryPath(key: Code): ValuePath {
  const at = code`${helper("memberPath")}(p, ${key})`;
  return { at, passed: code`c ? ${at} : p` };
}
