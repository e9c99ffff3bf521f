// Test helpers for the pattern compiler: a reference backtracking matcher that counts its steps
// (the way V8's RegExp explores a pattern: ordered alternatives, greedy or lazy loops, a new
// attempt at every start position), and a fast-check arbitrary of small patterns.

import fc from "fast-check";
import type { PatternNode } from "../src/pattern/pattern-ast.js";

/** Thrown when a backtracking run exceeds its step budget. */
export class StepLimit extends Error {}

/**
 * Searches `input` for `node` by backtracking, as V8 does, counting one step per node visited.
 * Lookarounds are not modelled (the analysed patterns have none).
 */
export function backtrackingSteps(
  node: PatternNode,
  input: string,
  limit = 5_000_000,
): { matched: boolean; steps: number } {
  const cps = Array.from(input, (ch) => ch.codePointAt(0)!);
  let steps = 0;
  const isWord = (i: number) =>
    i >= 0 && i < cps.length && /\w/.test(String.fromCodePoint(cps[i]!));
  const match = (n: PatternNode, i: number, k: (j: number) => boolean): boolean => {
    if (++steps > limit) throw new StepLimit(`more than ${limit} steps`);
    switch (n.type) {
      case "set":
        return i < cps.length && n.set.has(cps[i]!) && k(i + 1);
      case "seq": {
        const run = (at: number, j: number): boolean =>
          at === n.items.length ? k(j) : match(n.items[at]!, j, (next) => run(at + 1, next));
        return run(0, i);
      }
      case "alt":
        return n.options.some((o) => match(o, i, k));
      case "assert": {
        const ok =
          n.kind === "start"
            ? i === 0
            : n.kind === "end"
              ? i === cps.length
              : (isWord(i - 1) !== isWord(i)) === (n.kind === "word");
        return ok && k(i);
      }
      case "atomic":
        return match(n.body, i, k);
      case "look":
        throw new Error("lookarounds are not modelled");
      case "repeat": {
        const loop = (count: number, j: number): boolean => {
          const more = () =>
            count < n.max && match(n.body, j, (next) => next !== j && loop(count + 1, next));
          const stop = () => count >= n.min && k(j);
          return n.lazy ? stop() || more() : more() || stop();
        };
        return loop(0, i);
      }
    }
  };
  for (let start = 0; start <= cps.length; start++) {
    if (match(node, start, () => true)) return { matched: true, steps };
  }
  return { matched: false, steps };
}

const ATOMS = ["a", "b", "-", "[ab]", "[^a]", ".", "\\d", "[a-]"];
const QUANTIFIERS = ["", "", "", "*", "+", "?", "{0,2}", "{1,3}", "{2}", "*?", "+?"];

/** A body of groups, alternations and loops over the alphabet `a b - 1`, at most three groups deep. */
const body: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; atom: string }>((tie) => ({
  atom: fc.oneof(
    { maxDepth: 3, depthSize: "small", depthIdentifier: "group", withCrossShrink: true },
    fc.constantFrom(...ATOMS),
    tie("alt").map((a) => `(?:${a})`),
    tie("alt").map((a) => `(${a})`),
  ),
  seq: fc
    .array(fc.tuple(tie("atom"), fc.constantFrom(...QUANTIFIERS)), { maxLength: 3 })
    .map((items) => items.map(([a, q]) => a + q).join("")),
  alt: fc.array(tie("seq"), { minLength: 1, maxLength: 2 }).map((options) => options.join("|")),
})).alt;

/** Small ECMAScript patterns without lookarounds, anchored at either end or not. */
export const plainPattern: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), body, fc.boolean())
  .map(([start, b, end]) => `${start ? "^" : ""}(?:${b})${end ? "$" : ""}`);

/** Small ECMAScript patterns, some with a lookahead right after `^` (where the plan splits it off). */
export const smallPattern: fc.Arbitrary<string> = fc
  .tuple(plainPattern, fc.constantFrom("", "", "(?=a)", "(?!b)", "(?![ab]*$)"))
  .map(([pattern, look]) =>
    look !== "" && pattern.startsWith("^") ? `^${look}${pattern.slice(1)}` : pattern,
  );

/** Inputs over the same alphabet, with a line terminator now and then. */
export const smallInput: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom("a", "b", "-", "1", "\n"),
  maxLength: 10,
});
