// The one error class of the validation runtime: thrown by generated assert functions (and
// only by them), carrying every issue found.

import type { ValidationIssue } from "./issue.js";

/** How many issues the error's message lists before summarizing the rest. */
const LISTED = 5;

/** Thrown by `assert<Shape>` functions when the value is invalid. */
export class ValidationError extends Error {
  override name = "ValidationError";
  /** Every error found (warnings excluded). */
  readonly issues: readonly ValidationIssue[];

  /** `issues` as a result lists them: a capped list ends with its `truncated` entry. */
  constructor(shape: string, issues: readonly ValidationIssue[]) {
    const truncated = issues.at(-1)?.code === "truncated";
    const found = truncated ? issues.length - 1 : issues.length;
    const lines = issues
      .slice(0, Math.min(LISTED, found))
      .map((i) => `  ${i.path === "" ? "(value)" : i.path}: ${i.message}`);
    const rest = found - lines.length;
    if (truncated)
      lines.push(
        `  … ${rest > 0 ? `and ${rest} more; then ` : ""}validation stopped (maxIssues: ${found})`,
      );
    else if (rest > 0) lines.push(`  … and ${rest} more`);
    const count = `${truncated ? "more than " : ""}${found} issue${found === 1 && !truncated ? "" : "s"}`;
    super(`Invalid ${shape} (${count}):\n${lines.join("\n")}`);
    this.issues = issues;
  }
}
