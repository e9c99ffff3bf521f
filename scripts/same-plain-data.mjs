// Deep equality of plain data that tells a plain object from a Date, a Map or a boxed string
// (the runtime's `sameValue` compares parsed values, which are never those): what toArgument
// writes must read back as exactly the value given. Used by fuzz-program-values.mjs and the
// shorthand package's tests.

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
