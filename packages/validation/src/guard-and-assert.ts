// The `is…` and `assert…` of a generated shape, built by the runtime rather than written out in
// every shape module: one definition here instead of two functions per shape, thousands of them
// in a whole-service package.

import type { ValidateOptions } from "./issue.js";
import type { ShapeValidator } from "./standard-schema.js";
import { ValidationError } from "./validation-error.js";

/** A generated guard: false at the first issue, no path or message (`depth`: recursion so far). */
export type GuardFunction = (value: unknown, depth: number) => boolean;

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
