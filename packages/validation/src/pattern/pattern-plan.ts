// How a pattern is run: a MatcherPlan, a small boolean formula over engine searches.
// 1. Lookarounds where the match position is known are taken out of the pattern: after a leading
//    `^` a lookahead `(?=L)` holds iff `^L` is found; before a trailing `$` a lookbehind `(?<=L)`
//    holds iff `L$` is found. `^(?!\s*$).+$` becomes `not(^\s*$) and ^.+$`. An alternation that
//    holds a lookaround is distributed first (`^(?:(?!a)b|c)$` → `^(?!a)b$ | ^c$`).
// 2. Each remaining search is, in order of preference:
//    - a constant, when it matches the empty string without testing anything (`.*`);
//    - V8's RegExp (`regexp`), when linear-backtracking.ts proves it cannot backtrack
//      super-linearly;
//    - re2js (`re2`), linear by construction; lookbehinds run on its linear-time lookbehind
//      support, and a pattern with lookaheads only is reversed (lookaheads become lookbehinds)
//      and searched in the reversed input. Lookaheads and lookbehinds together are unsupported.

import { backtracksLinearly } from "./linear-backtracking.js";
import { alt, hasLookaround, isZeroWidth, seq, someNode, type PatternNode } from "./pattern-ast.js";
import { PatternError } from "./pattern-error.js";
import { printPattern } from "./print-pattern.js";

export type MatcherPlan =
  /** V8's RegExp with the `u` flag; proven free of super-linear backtracking. */
  | { readonly kind: "regexp"; readonly source: string }
  /** re2js (linear time). `reversed`: the source is the pattern reversed, run on the reversed input. */
  | {
      readonly kind: "re2";
      readonly source: string;
      readonly lookbehinds: boolean;
      readonly reversed: boolean;
    }
  | { readonly kind: "all" | "any"; readonly parts: readonly MatcherPlan[] }
  | { readonly kind: "not"; readonly part: MatcherPlan }
  | { readonly kind: "constant"; readonly value: boolean };

/** Alternatives distributed over a sequence at most this many at a time. */
const MAX_DISTRIBUTED = 16;

/**
 * The plan for searching `node` (lowered, see lower-pattern.ts). `source` is the pattern as
 * written when it is ECMAScript already: the plan then uses it verbatim for V8 when it can.
 */
export function planPattern(
  node: PatternNode,
  source: string,
  ecmascriptSource: string | undefined,
): MatcherPlan {
  return simplify(decompose(node, node, ecmascriptSource, source));
}

function decompose(
  node: PatternNode,
  whole: PatternNode,
  verbatim: string | undefined,
  source: string,
): MatcherPlan {
  if (!hasLookaround(node)) return search(node, node === whole ? verbatim : undefined, source);
  if (node.type === "alt")
    return { kind: "any", parts: node.options.map((o) => decompose(o, whole, verbatim, source)) };
  if (node.type !== "seq") return search(node, undefined, source);
  const items = node.items;
  const isStart = (n: PatternNode) => n.type === "assert" && n.kind === "start";
  const isEnd = (n: PatternNode) => n.type === "assert" && n.kind === "end";

  let k = 0;
  while (k < items.length && isZeroWidth(items[k]!)) k++;
  const prefix = items.slice(0, k);
  if (prefix.some(isStart) && prefix.some((n) => n.type === "look" && !n.behind)) {
    const parts: MatcherPlan[] = [];
    const kept: PatternNode[] = [];
    for (const item of prefix) {
      if (item.type === "look" && !item.behind)
        parts.push(
          condition(
            item,
            seq([{ type: "assert", kind: "start", at: item.at }, item.body]),
            whole,
            source,
          ),
        );
      else kept.push(item);
    }
    parts.push(decompose(seq([...kept, ...items.slice(k)]), whole, undefined, source));
    return { kind: "all", parts };
  }

  let j = items.length;
  while (j > 0 && isZeroWidth(items[j - 1]!)) j--;
  const suffix = items.slice(j);
  if (suffix.some(isEnd) && suffix.some((n) => n.type === "look" && n.behind)) {
    const parts: MatcherPlan[] = [];
    const kept: PatternNode[] = [];
    for (const item of suffix) {
      if (item.type === "look" && item.behind)
        parts.push(
          condition(
            item,
            seq([item.body, { type: "assert", kind: "end", at: item.at }]),
            whole,
            source,
          ),
        );
      else kept.push(item);
    }
    parts.push(decompose(seq([...items.slice(0, j), ...kept]), whole, undefined, source));
    return { kind: "all", parts };
  }

  const at = items.findIndex((n) => n.type === "alt" && hasLookaround(n));
  const options = at >= 0 ? (items[at] as { options: readonly PatternNode[] }).options : [];
  if (at >= 0 && options.length <= MAX_DISTRIBUTED) {
    return {
      kind: "any",
      parts: options.map((o) =>
        decompose(
          seq([...items.slice(0, at), o, ...items.slice(at + 1)]),
          whole,
          undefined,
          source,
        ),
      ),
    };
  }
  return search(node, undefined, source);
}

function condition(
  look: PatternNode & { type: "look" },
  found: PatternNode,
  whole: PatternNode,
  source: string,
): MatcherPlan {
  const plan = decompose(found, whole, undefined, source);
  return look.negated ? { kind: "not", part: plan } : plan;
}

/** One engine search for `node`. */
function search(node: PatternNode, verbatim: string | undefined, source: string): MatcherPlan {
  if (matchesEmptyUnconditionally(node)) return { kind: "constant", value: true };
  if (!hasLookaround(node)) {
    if (backtracksLinearly(node))
      return { kind: "regexp", source: verbatim ?? printPattern(node, "ecmascript") };
    return { kind: "re2", source: printPattern(node, "re2"), lookbehinds: false, reversed: false };
  }
  const ahead = someNode(node, (n) => n.type === "look" && !n.behind);
  const behind = someNode(node, (n) => n.type === "look" && n.behind);
  if (!ahead)
    return { kind: "re2", source: printPattern(node, "re2"), lookbehinds: true, reversed: false };
  if (!behind)
    return {
      kind: "re2",
      source: printPattern(reverse(node), "re2"),
      lookbehinds: true,
      reversed: true,
    };
  const first = findLook(node);
  throw new PatternError(
    "lookaheads and lookbehinds together, where the match position is not fixed by `^` or `$`",
    "unsupported",
    source,
    first?.at ?? 0,
  );
}

function findLook(node: PatternNode): (PatternNode & { type: "look" }) | undefined {
  let found: (PatternNode & { type: "look" }) | undefined;
  someNode(node, (n) => {
    if (n.type === "look" && !found) found = n;
    return found !== undefined;
  });
  return found;
}

/** There is a way to match the empty string that tests no assertion: every input matches. */
function matchesEmptyUnconditionally(node: PatternNode): boolean {
  switch (node.type) {
    case "set":
    case "assert":
    case "look":
      return false;
    case "seq":
      return node.items.every(matchesEmptyUnconditionally);
    case "alt":
      return node.options.some(matchesEmptyUnconditionally);
    case "repeat":
      return node.min === 0 || matchesEmptyUnconditionally(node.body);
    case "atomic":
      return matchesEmptyUnconditionally(node.body);
  }
}

/** The pattern that matches the reversed strings: sequences backwards, `^` ↔ `$`, lookahead ↔ lookbehind. */
export function reverse(node: PatternNode): PatternNode {
  switch (node.type) {
    case "set":
      return node;
    case "seq":
      return seq([...node.items].reverse().map(reverse));
    case "alt":
      return alt(node.options.map(reverse));
    case "repeat":
    case "atomic":
      return { ...node, body: reverse(node.body) };
    case "look":
      return { ...node, behind: !node.behind, body: reverse(node.body) };
    case "assert":
      return node.kind === "start"
        ? { ...node, kind: "end" }
        : node.kind === "end"
          ? { ...node, kind: "start" }
          : node;
  }
}

/** Flattens nested `all`/`any`, folds constants. */
function simplify(plan: MatcherPlan): MatcherPlan {
  if (plan.kind === "not") {
    const part = simplify(plan.part);
    if (part.kind === "constant") return { kind: "constant", value: !part.value };
    if (part.kind === "not") return part.part;
    return { kind: "not", part };
  }
  if (plan.kind !== "all" && plan.kind !== "any") return plan;
  const absorbing = plan.kind === "any";
  const parts: MatcherPlan[] = [];
  for (const p of plan.parts.map(simplify)) {
    if (p.kind === "constant") {
      if (p.value === absorbing) return p;
      continue;
    }
    if (p.kind === plan.kind) for (const part of p.parts) parts.push(part);
    else parts.push(p);
  }
  if (parts.length === 0) return { kind: "constant", value: !absorbing };
  return parts.length === 1 ? parts[0]! : { kind: plan.kind, parts };
}
