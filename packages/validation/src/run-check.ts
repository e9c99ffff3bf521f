// The entry of every generated validator: one collector per call, the check function run over
// the value at the root path, and the promise kept that a validator never throws.

import { IssueCollector } from "./issue-collector.js";
import type { ValidateOptions, ValidationResult } from "./issue.js";
import { withStandardSchema, type ShapeValidator } from "./standard-schema.js";

/** A generated check function: reports the issues of `value` (at `path`) to `collector`. */
export type CheckFunction = (value: unknown, path: string, collector: IssueCollector) => void;

/**
 * Runs `check` over `value`. An exception (only exotic inputs can cause one: a Proxy whose
 * traps throw, a getter that throws) becomes an issue at the root instead of escaping.
 */
export function runCheck<T>(
  check: CheckFunction,
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<T> {
  const collector = new IssueCollector(options);
  try {
    check(value, "", collector);
  } catch (error) {
    return collector.failure<T>(error);
  }
  return collector.result<T>(value);
}

/** The public validator for a check function: callable, and a Standard Schema. */
export function defineValidator<T>(check: CheckFunction): ShapeValidator<T> {
  return withStandardSchema<T>((value, options) => runCheck<T>(check, value, options));
}
