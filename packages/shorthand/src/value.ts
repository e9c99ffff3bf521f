// The untyped values shorthand text denotes: strings, lists and objects, as the AWS CLI's
// parser builds them before any model is applied (plus the bytes of a `fileb://` reference).
// Objects are plain objects whose keys come from user input: they are written with
// `setOwnProperty` so `__proto__` is an ordinary key, never the prototype.

/** An object of shorthand: `a=b,c={d=e}` → `{ a: "b", c: { d: "e" } }`. */
export interface ShorthandObject {
  [key: string]: ShorthandValue;
}

/** A list of shorthand: `[a,b]` or `a,b` → `["a", "b"]`. */
export type ShorthandList = ShorthandValue[];

/** What shorthand text parses to. Scalars are always strings; bytes come only from `fileb://`. */
export type ShorthandValue = string | Uint8Array | ShorthandList | ShorthandObject;

/** A JSON-compatible value after model coercion (numbers and booleans appear), or bytes. */
export type ArgumentValue =
  | string
  | number
  | boolean
  | null
  | Uint8Array
  | ArgumentValue[]
  | { [key: string]: ArgumentValue };

/** Sets an own, enumerable property, also for the key `__proto__`. */
export function setOwnProperty(target: object, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    (target as Record<string, unknown>)[key] = value;
  }
}

/** A plain object (not an array, not bytes, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  );
}

/**
 * Deep equality of parsed values: same keys (own, any order), same items, same scalars
 * (NaN equals NaN, bytes compare by content).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number") return typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
  if (a instanceof Uint8Array)
    return b instanceof Uint8Array && a.length === b.length && a.every((x, i) => x === b[i]);
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
    );
  }
  return false;
}
