// Turns a validation result into lines for a terminal or a CI log: one line per error and per
// warning, each with its path (`ProductionVariants[0].InstanceType`), its code and its message.

import type { ValidationIssue, ValidationResult } from "@shapekit/sagemaker-validators";

function issueLine(issue: ValidationIssue): string {
  return `  ${issue.severity.padEnd(7)} ${issue.path || "(request)"} [${issue.code}]: ${issue.message}`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

/** A headline (`valid` / `invalid`, with counts), then every error, then every warning. */
export function reportLines(name: string, result: ValidationResult<unknown>): string[] {
  const errors = result.ok ? [] : result.issues;
  const headline = `${name}: ${result.ok ? "valid" : "invalid"} (${count(errors.length, "error")}, ${count(result.warnings.length, "warning")})`;
  return [headline, ...errors.map(issueLine), ...result.warnings.map(issueLine)];
}
