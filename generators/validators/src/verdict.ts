// How a broken constraint reads in emitted code. Every shape gets two functions from the same
// emitters: its check (`check<Name>(v, p, c)`), which reports each issue to the run's collector
// and goes on, and its guard (`guard<Name>(v)`, behind `is<Name>`), which returns `false` at the
// first one: no collector, no paths, no messages. The emitters write each constraint once,
// through these, so a guard is false exactly when the check reports an error.

import { code, type Code } from "@shapekit/generated-package";
import type { CheckContext } from "./check-context.js";

/** The statement for a broken constraint: the collector call `report`, or in a guard `return false;`. */
export function issue(ctx: CheckContext, report: Code): Code {
  return ctx.guard ? code`return false;` : report;
}

/** Leaves the function once an issue was reported (a check returns nothing, a guard `false`). */
export function stop(ctx: CheckContext): Code {
  return ctx.guard ? code`return false;` : code`return;`;
}

/**
 * `if (c.full) return;` and a line break, at the top of a check's loops; nothing in a guard,
 * which never gets that far.
 */
export function stopWhenFull(ctx: CheckContext): Code {
  return ctx.guard ? code`` : code`if (c.full) return;\n`;
}

/**
 * The start of a test that holds only when the model's rules are on: `c.rules && `. A guard
 * judges as `validate(value)` does by default, rules on, so there it is empty.
 */
export function rulesOn(ctx: CheckContext): Code {
  return ctx.guard ? code`` : code`c.rules && `;
}

/** An issue that ends the function: the collector call then `return;`, or `return false;`. */
export function issueAndStop(ctx: CheckContext, report: Code): Code {
  return ctx.guard
    ? code`return false;`
    : code`${report}
return;`;
}
