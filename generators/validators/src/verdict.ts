// How a broken constraint reads in emitted code. Every shape gets one function,
// `check<Name>(v, p, c)`, that does two jobs: given the run's issue collector `c` it reports each
// issue and goes on (and returns true), and without one (`c` undefined: the guard behind
// `is<Name>`) it returns false at the first issue, having built no path and no message. The
// emitters write each constraint once, through these, so `is<Name>` is false exactly when the
// check would report an error.

import { code, type Code } from "@shapekit/generated-package";

/**
 * The block for a broken constraint, written after `if (test) `: without a collector the
 * verdict (`return false;`), with one the collector call `report`. A block, so that an `else`
 * may follow it.
 */
export function issue(report: Code): Code {
  return code`{
if (!c) return false;
${report}
}`;
}

/** An issue that ends the function: `issue`, then `return true;` (the caller goes on). */
export function issueAndStop(report: Code): Code {
  return issue(code`${report}
return true;`);
}

/**
 * `if (c?.full) return true;` and a line break, at the top of a check's loops: a full collector
 * records nothing more, so the walk ends (without a collector there is nothing to fill).
 */
export const STOP_WHEN_FULL: Code = code`if (c?.full) return true;\n`;

/**
 * The start of a test that holds only when the model's rules are on: `(!c || c.rules) && `.
 * Without a collector the check judges as `validate(value)` does by default, rules on.
 */
export const RULES_ON: Code = code`(!c || c.rules) && `;
