// The `is…` and `assert…` of a generated shape, built by the runtime rather than written out in
// every shape module: one definition here instead of two functions per shape, thousands of them
// in a whole-service package.

import type { IssueCollector } from "./issue-collector.js";
import type { ValidateOptions } from "./issue.js";
import type { ShapeValidator } from "./standard-schema.js";
import { ValidationError } from "./validation-error.js";

/** A guard: false at the first issue, no path or message (`depth`: recursion so far). */
export type GuardFunction = (value: unknown, depth: number) => boolean;

/**
 * A generated check function, which is its shape's guard as well: with a collector it reports
 * every issue of `value` and returns true; without one it reports nothing and returns false at
 * the first issue (`depth`: recursive shapes entered so far, counted only then; 0 when left out).
 */
export type GuardingCheck = (
  value: unknown,
  path: string,
  collector?: IssueCollector,
  depth?: number,
) => boolean;

/** `is<Name>`: whether `value` is a valid shape, the model's rules included. Never throws. */
export type ShapeGuard<T> = (value: unknown) => value is T;

/** `assert<Name>`: narrows `value`, or throws a `ValidationError` listing every issue. */
export type ShapeAssertion<T> = (value: unknown, options?: ValidateOptions) => asserts value is T;

/**
 * The type guard of a generated guard function. A value whose reading throws (a Proxy, a
 * getter) is one `validate` reports rather than throws on: the guard answers false for it.
 */
export function defineGuard<T>(guard: GuardFunction): ShapeGuard<T> {
  return (value: unknown): value is T => {
    try {
      return guard(value, 0);
    } catch {
      return false;
    }
  };
}

/**
 * `is<Name>` of a generated shape: its check run without a collector. As `defineGuard`, false
 * where reading the value throws.
 */
export function defineCheckGuard<T>(check: GuardingCheck): ShapeGuard<T> {
  return (value: unknown): value is T => {
    try {
      return check(value, "");
    } catch {
      return false;
    }
  };
}

/** The assertion of a shape's validator: its issues, thrown as one `ValidationError`. */
export function defineAssertion<T>(
  shapeName: string,
  validator: ShapeValidator<T>,
): ShapeAssertion<T> {
  return (value: unknown, options?: ValidateOptions): asserts value is T => {
    const result = validator(value, options);
    if (!result.ok) throw new ValidationError(shapeName, result.issues);
  };
}
