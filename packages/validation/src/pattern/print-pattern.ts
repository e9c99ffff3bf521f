// Writes a PatternNode tree back as source for an engine: ECMAScript (the `u` flag; V8's
// RegExp, JSON Schema) or RE2 syntax (re2js). Sets print as classes; every code point outside
// printable ASCII is escaped, so the text is ASCII and stable. RE2 knows neither ECMAScript's
// property names nor counts above 1,000: properties are spelled out as ranges and a large count
// is split into consecutive counts (`x{20,2000}` is `x{20,1000}x{0,1000}`, the same strings).

import type { CharSet } from "./char-set.js";
import type { AssertionKind, PatternNode } from "./pattern-ast.js";

export type PatternSyntax = "ecmascript" | "re2";

/** RE2's largest repetition count. */
const RE2_MAX_REPEAT = 1000;

export function printPattern(node: PatternNode, syntax: PatternSyntax): string {
  return print(node, syntax);
}

function print(node: PatternNode, syntax: PatternSyntax): string {
  switch (node.type) {
    case "set":
      return printSet(node.set, syntax);
    case "seq":
      return node.items
        .map((n) => (n.type === "alt" ? `(?:${print(n, syntax)})` : print(n, syntax)))
        .join("");
    case "alt":
      return node.options.map((n) => print(n, syntax)).join("|");
    case "assert":
      return ASSERTIONS[syntax][node.kind];
    case "look":
      return `(?${node.behind ? "<" : ""}${node.negated ? "!" : "="}${print(node.body, syntax)})`;
    case "atomic":
      // Lowering removes atomic groups (lower-pattern.ts); printed as a plain group otherwise.
      return `(?:${print(node.body, syntax)})`;
    case "repeat": {
      const body =
        node.body.type === "set" ? print(node.body, syntax) : `(?:${print(node.body, syntax)})`;
      const lazy = node.lazy ? "?" : "";
      if (
        syntax === "re2" &&
        (node.min > RE2_MAX_REPEAT || (node.max !== Infinity && node.max > RE2_MAX_REPEAT))
      ) {
        return splitCounts(node.min, node.max)
          .map(([min, max]) => body + quantifier(min, max) + lazy)
          .join("");
      }
      return body + quantifier(node.min, node.max) + lazy;
    }
  }
}

const ASSERTIONS: Record<PatternSyntax, Record<AssertionKind, string>> = {
  ecmascript: {
    start: "^",
    end: "$",
    word: "\\b",
    "not-word": "\\B",
    "end-z": "(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)",
  },
  re2: {
    start: "\\A",
    end: "\\z",
    word: "\\b",
    "not-word": "\\B",
    "end-z": "(?:\\r\\n|[\\n\\r\\x{85}\\x{2028}\\x{2029}])?\\z",
  },
};

function quantifier(min: number, max: number): string {
  if (min === 0 && max === Infinity) return "*";
  if (min === 1 && max === Infinity) return "+";
  if (min === 0 && max === 1) return "?";
  if (min === max) return `{${min}}`;
  return max === Infinity ? `{${min},}` : `{${min},${max}}`;
}

/** `{min,max}` as consecutive counts of at most RE2_MAX_REPEAT each. */
function splitCounts(min: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  let restMin = min;
  let restMax = max;
  while (restMax > RE2_MAX_REPEAT || restMin > RE2_MAX_REPEAT) {
    const take = RE2_MAX_REPEAT;
    const takeMin = Math.min(restMin, take);
    out.push([takeMin, take]);
    restMin -= takeMin;
    restMax -= take;
  }
  out.push([restMin, restMax]);
  return out;
}

function printSet(set: CharSet, syntax: PatternSyntax): string {
  if (syntax === "re2") set = set.materialize();
  const single = set.single;
  if (single !== undefined) return escape(single, syntax, false);
  let body = "";
  const r = set.ranges;
  for (let i = 0; i < r.length; i += 2) {
    body += escape(r[i]!, syntax, true);
    if (r[i + 1]! > r[i]!)
      body += (r[i + 1]! > r[i]! + 1 ? "-" : "") + escape(r[i + 1]!, syntax, true);
  }
  for (const p of set.properties) body += `\\${p.negated ? "P" : "p"}{${p.name}}`;
  // The empty set (a set with properties always prints some).
  if (body === "") return syntax === "re2" ? "[^\\x{0}-\\x{10ffff}]" : "[]";
  return `[${set.negated ? "^" : ""}${body}]`;
}

const SYNTAX_CHARACTERS = new Set("^$\\.*+?()[]{}|/-");

function escape(cp: number, syntax: PatternSyntax, inClass: boolean): string {
  if (cp >= 0x20 && cp < 0x7f) {
    const ch = String.fromCharCode(cp);
    if (/[A-Za-z0-9]/.test(ch)) return ch;
    if (!SYNTAX_CHARACTERS.has(ch)) return ch;
    // `-` is only special in a class; ECMAScript's `u` mode rejects `\-` outside one.
    if (ch === "-" && !inClass) return ch;
    return `\\${ch}`;
  }
  const hex = cp.toString(16);
  return syntax === "re2" ? `\\x{${hex}}` : `\\u{${hex}}`;
}
