// Node values (trait values, metadata, defaults): structural equality and a readable type name.
// Equality ignores the key order of objects, as Smithy's node model does: `{a, b}` and `{b, a}`
// written in two files are the same trait value.

import type { AstShape, NodeValue } from "./ast.js";

/** Structural equality of two node values; object key order does not matter, array order does. */
export function nodeEquals(a: NodeValue | undefined, b: NodeValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => nodeEquals(x, b[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && nodeEquals(a[k], b[k]));
}

/** `null`, `boolean`, `number`, `string`, `array` or `object`: the words diagnostics use. */
export function nodeTypeName(value: NodeValue): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** True for a JSON object node (not an array, not null). */
export function isNodeObject(value: NodeValue | undefined): value is { [key: string]: NodeValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A deep copy of plain JSON data, so that a resolved model never shares mutable parts with a
 * loader's AST. Hand-written rather than `structuredClone`, which is several times slower on
 * the many small objects of a model; `__proto__` keys stay own properties.
 */
export function cloneNode<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneNode) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = cloneNode((value as Record<string, unknown>)[key]);
    if (key === "__proto__")
      Object.defineProperty(out, key, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[key] = child;
  }
  return out as T;
}

/** Two definitions are the same shape when their JSON AST is equal (member order included). */
export function shapesEqual(a: AstShape, b: AstShape): boolean {
  if (!nodeEquals(a as unknown as NodeValue, b as unknown as NodeValue)) return false;
  const order = (s: AstShape) => Object.keys(s.members ?? {}).join(",");
  return order(a) === order(b);
}
