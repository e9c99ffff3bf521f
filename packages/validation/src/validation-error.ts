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

  constructor(shape: string, issues: readonly ValidationIssue[]) {
    const lines = issues.slice(0, LISTED).map((i) => `  ${i.path === "" ? "(value)" : i.path}: ${i.message}`);
    if (issues.length > LISTED) lines.push(`  … and ${issues.length - LISTED} more`);
    super(`Invalid ${shape} (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`);
    this.issues = issues;
  }
}
