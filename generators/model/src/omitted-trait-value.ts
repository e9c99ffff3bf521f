// A trait written without a value (`@tags`, `@sensitive`, `@default()`) stands for an empty
// object when the trait's shape is a structure or map, an empty list when it is a list or set,
// and null otherwise. The IDL parser cannot tell which: the trait may be defined in another file,
// or later in this one. So it writes a fresh empty object and marks it here, and the resolver,
// which knows every trait's shape, settles the marked values before anything reads them. An
// explicit `@tags({})` is not marked, so it stays the error it is.

import type { NodeValue } from "./ast.js";

const omitted = new WeakSet<object>();

/** The value of a trait applied without one: an empty object, until the resolver says otherwise. */
export function omittedTraitValue(): Record<string, NodeValue> {
  const value = Object.create(null) as Record<string, NodeValue>;
  omitted.add(value);
  return value;
}

/** Whether `value` is one made by `omittedTraitValue` (and not replaced since). */
export function isOmittedTraitValue(value: NodeValue | undefined): boolean {
  return typeof value === "object" && value !== null && omitted.has(value);
}
