// Values as Python writes them with `str()` and `repr()`: the AWS CLI's text and table outputs
// print a response's values that way (`True`, `None`, `1e-07`, `{'Key': 'k'}`). A response here
// is a JSON value, and Python holds a JSON number as an int when its JSON text has no fraction
// or exponent, else as a float; the numbers follow what JSON.stringify writes for them.

import { pythonStringRepr } from "@shapekit/shorthand";
import { pythonFloatRepr } from "./python-json.js";

/** A response as the formatters read it: what JSON.parse gives. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A list or an object (Python's `list` and `dict`); the rest are scalars. */
export function isContainer(value: JsonValue | undefined): value is JsonValue[] | JsonObject {
  return typeof value === "object" && value !== null;
}

/** An object (Python's `dict`). */
export function isObject(value: JsonValue): value is JsonObject {
  return isContainer(value) && !Array.isArray(value);
}

/** Whether Python holds `n` as an int: JSON.stringify writes it without fraction or exponent. */
export function isPythonInt(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 1e21;
}

/** Python's `str()` of a JSON number (int or float, as above). */
export function pythonNumber(n: number): string {
  return isPythonInt(n) ? String(n === 0 ? 0 : n) : pythonFloatRepr(n);
}

/** Python's `str()` of a value: text as it is, containers as `repr()` writes them. */
export function pythonStr(value: JsonValue): string {
  return typeof value === "string" ? value : pythonRepr(value);
}

/** Python's `repr()` of a value (`{'a': [1, 'x']}`, `True`, `None`). */
export function pythonRepr(value: JsonValue): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return pythonNumber(value);
  if (typeof value === "string") return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  const entries = Object.keys(value).map(
    (key) => `${pythonStringRepr(key)}: ${pythonRepr(value[key]!)}`,
  );
  return `{${entries.join(", ")}}`;
}

/** Python's order of strings, by code point (JavaScript's `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Units agree with code points on the order except where one is half of a surrogate pair
    // (a code point above U+FFFF) and the other is not: the pair comes after every BMP unit.
    const xPaired = inSurrogatePair(a, i);
    const yPaired = inSurrogatePair(b, i);
    if (xPaired !== yPaired) return xPaired ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Whether the unit at `i` is half of a well-formed surrogate pair. */
function inSurrogatePair(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return previous >= 0xd800 && previous <= 0xdbff;
  }
  return false;
}

/** Keys sorted as Python's `sorted()` sorts them. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodePoints);
}
