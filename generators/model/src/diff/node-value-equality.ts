// Structural equality of trait values. The IDL parser builds objects without a prototype and the
// JSON AST loader plain ones, so `util.isDeepStrictEqual` would call the same value written in
// two formats different; object key order is not significant either (it is not in Smithy).

import type { NodeValue } from "../ast.js";

export function nodeValuesEqual(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => nodeValuesEqual(item, b[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && nodeValuesEqual(a[k], b[k]));
}

/** A short, single-line rendering of a trait value for messages (`{"min":1}`, `"^a+$"`). */
export function showNodeValue(value: NodeValue | undefined): string {
  if (value === undefined) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
