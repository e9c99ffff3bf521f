// The syntax tree of a `@pattern` after parsing: every dialect difference is already resolved
// (flags applied, escapes and classes reduced to code point sets), so the printers and the
// analyses see one meaning per node. `at` is the node's offset in the pattern source, for
// diagnostics.

import type { CharSet } from "./char-set.js";

export type PatternNode =
  | { readonly type: "set"; readonly set: CharSet }
  | { readonly type: "seq"; readonly items: readonly PatternNode[] }
  | { readonly type: "alt"; readonly options: readonly PatternNode[] }
  | {
      readonly type: "repeat";
      readonly body: PatternNode;
      readonly min: number;
      /** `Infinity` when unbounded. */
      readonly max: number;
      readonly lazy: boolean;
      /** Java's `*+`, `++`, `?+`, `{n,m}+`: matched atomically. */
      readonly possessive: boolean;
      readonly at: number;
    }
  | { readonly type: "assert"; readonly kind: AssertionKind; readonly at: number }
  | {
      readonly type: "look";
      readonly behind: boolean;
      readonly negated: boolean;
      readonly body: PatternNode;
      readonly at: number;
    }
  | { readonly type: "atomic"; readonly body: PatternNode; readonly at: number };

/**
 * `start` / `end`: the input's ends (`^`, `$`, `\A`, `\z`; Smithy patterns have no multiline
 * mode). `end-z`: Java's `\Z`, the end or just before a final line terminator.
 * `word` / `not-word`: `\b` / `\B` (ASCII word characters).
 */
export type AssertionKind = "start" | "end" | "end-z" | "word" | "not-word";

export const EMPTY: PatternNode = { type: "seq", items: [] };

export function seq(items: readonly PatternNode[]): PatternNode {
  const flat: PatternNode[] = [];
  for (const item of items) {
    // One by one: a spread of a long sequence (a pattern of 200,000 characters) would pass
    // more arguments than a call takes.
    if (item.type === "seq") for (const inner of item.items) flat.push(inner);
    else flat.push(item);
  }
  return flat.length === 1 ? flat[0]! : { type: "seq", items: flat };
}

export function alt(options: readonly PatternNode[]): PatternNode {
  const flat: PatternNode[] = [];
  for (const option of options) {
    if (option.type === "alt") for (const inner of option.options) flat.push(inner);
    else flat.push(option);
  }
  return flat.length === 1 ? flat[0]! : { type: "alt", options: flat };
}

/** Consumes no input whatever it matches (assertions, lookarounds, the empty sequence). */
export function isZeroWidth(node: PatternNode): boolean {
  switch (node.type) {
    case "assert":
    case "look":
      return true;
    case "seq":
      return node.items.every(isZeroWidth);
    case "alt":
      return node.options.every(isZeroWidth);
    case "repeat":
    case "atomic":
      return isZeroWidth(node.body);
    case "set":
      return false;
  }
}

/** Can match the empty string (assertions are assumed to hold). */
export function isNullable(node: PatternNode): boolean {
  switch (node.type) {
    case "set":
      return false;
    case "assert":
    case "look":
      return true;
    case "seq":
      return node.items.every(isNullable);
    case "alt":
      return node.options.some(isNullable);
    case "repeat":
      return node.min === 0 || isNullable(node.body);
    case "atomic":
      return isNullable(node.body);
  }
}

/** Some node of the tree satisfies `test`. */
export function someNode(node: PatternNode, test: (n: PatternNode) => boolean): boolean {
  if (test(node)) return true;
  switch (node.type) {
    case "seq":
      return node.items.some((n) => someNode(n, test));
    case "alt":
      return node.options.some((n) => someNode(n, test));
    case "repeat":
    case "look":
    case "atomic":
      return someNode(node.body, test);
    default:
      return false;
  }
}

export function hasLookaround(node: PatternNode): boolean {
  return someNode(node, (n) => n.type === "look");
}

/** The longest input the node can consume, `Infinity` when unbounded. */
export function maxLength(node: PatternNode): number {
  switch (node.type) {
    case "set":
      return 1;
    case "assert":
    case "look":
      return 0;
    case "seq":
      return node.items.reduce((sum, n) => sum + maxLength(n), 0);
    case "alt":
      return Math.max(0, ...node.options.map(maxLength));
    case "repeat": {
      const body = maxLength(node.body);
      return body === 0 ? 0 : node.max * body;
    }
    case "atomic":
      return maxLength(node.body);
  }
}
