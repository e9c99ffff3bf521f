// What fuzz-program-values.mjs and the shorthand package's property test share: the values a
// program might pass (fast-check's `anything` with every exotic kind), and a deep equality of
// plain data that tells a plain object from a Date, a Map or a boxed string (the runtime's
// `sameValue` compares parsed values, which are never those): what toArgument writes must read
// back as exactly the value given.

/** `fc.anything` settings: every kind a program might pass where plain data is expected. */
export const PROGRAM_VALUES = Object.freeze({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
  maxDepth: 3,
});

/** Whether `a` and `b` are the same plain data (NaN equals NaN; -0 equals 0, as JSON reads it). */
export function samePlainData(a, b) {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b) || a === b;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  const tag = Object.prototype.toString.call(a);
  if (tag !== Object.prototype.toString.call(b)) return false;
  if (Array.isArray(a))
    return a.length === b.length && [...a.keys()].every((i) => samePlainData(a[i], b[i]));
  if (tag !== "[object Object]") return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && samePlainData(a[k], b[k]))
  );
}
