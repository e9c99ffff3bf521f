// A typed value (numbers and booleans, as a model's coercion makes them) written back as the
// untyped value shorthand text denotes: each number and boolean as the text the AWS CLI converts
// back to it, strings, lists and objects as they are. What has no text (null, bytes) is left for
// the writer to refuse. Recursive: callers bound the depth first (`readCallerValue`,
// `nestsDeeperThan`).

import { isPlainObject, setOwnProperty } from "./value.js";

/** Python's `int()` and `float()` both read JavaScript's shortest round-trip form, except exponents of integers. */
export function numberText(n: number): string {
  return Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}

/** `value` with every number and boolean in it as text (see the module comment). */
export function untypedText(value: unknown): unknown {
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(untypedText);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) setOwnProperty(out, k, untypedText(value[k]));
    return out;
  }
  return value;
}
