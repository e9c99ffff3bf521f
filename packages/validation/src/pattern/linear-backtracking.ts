// When may a pattern run on the JavaScript engine's own (backtracking) RegExp? A backtracking
// search explores, for each prefix of the input, every path of the pattern's automaton that
// reads it — from every start position unless the pattern is anchored with `^`. If no two
// distinct paths ever read the same text into the same state (the automaton is unambiguous),
// a prefix has at most one path per state, and the whole search costs O(states × input length).
// This module checks exactly that, on a Thompson automaton of the pattern:
//  1. no state is reachable from another through two different empty paths, and no loop can
//     repeat without consuming (`(a*)*`);
//  2. no pair of paths that diverged and read the same characters meets again in one state
//     (a search over pairs of states whose character sets overlap).
// Approximations only ever add paths, so a "yes" is a proof: `x{m,n}` counts as `x*`/`x+`,
// assertions (`^` inside, `$`, `\b`) as always true, and sets with Unicode properties on both
// sides as overlapping. An unanchored pattern is analysed as `[\s\S]*?` followed by it, the way
// the engine tries every start position. `a+b` fails (quadratic search over "aaaa…"),
// `^[a-z]([-a-z]*[a-z])?$` passes, `(a|a)*` and `(a*)*` fail.

import { CharSet } from "./char-set.js";
import { isNullable, isZeroWidth, type PatternNode } from "./pattern-ast.js";

/** Past this many character states the analysis is not attempted (the pattern is not proven). */
const MAX_CHAR_STATES = 1500;

/** A bounded repetition with at most this many sets in all its copies is analysed exactly. */
const UNROLL_LIMIT = 64;

type State =
  | { kind: "char"; set: CharSet; next: number }
  | { kind: "split"; targets: number[] }
  | { kind: "match" };

/** True when a backtracking search for `node` (which must have no lookarounds) provably takes linear time. */
export function backtracksLinearly(node: PatternNode): boolean {
  const graph = new Graph();
  const match = graph.add({ kind: "match" });
  let init = graph.build(node, match);
  if (!anchoredAtStart(node)) {
    const any = graph.add({ kind: "char", set: CharSet.ALL, next: -1 });
    init = graph.add({ kind: "split", targets: [init, any] });
    (graph.states[any] as { next: number }).next = init;
  }
  if (graph.unsafe || graph.chars > MAX_CHAR_STATES) return false;
  return graph.unambiguous(init);
}

function setCount(node: PatternNode): number {
  switch (node.type) {
    case "set":
      return 1;
    case "seq":
      return node.items.reduce((n, i) => n + setCount(i), 0);
    case "alt":
      return node.options.reduce((n, o) => n + setCount(o), 0);
    case "repeat":
    case "look":
    case "atomic":
      return (
        setCount(node.body) *
        (node.type === "repeat" && node.max !== Infinity ? Math.max(1, node.max) : 1)
      );
    default:
      return 0;
  }
}

/** Every path from the start meets `^` before consuming a character. */
export function anchoredAtStart(node: PatternNode): boolean {
  switch (node.type) {
    case "assert":
      return node.kind === "start";
    case "seq":
      for (const item of node.items) {
        if (anchoredAtStart(item)) return true;
        if (!isZeroWidth(item)) return false;
      }
      return false;
    case "alt":
      return node.options.every(anchoredAtStart);
    case "repeat":
      return node.min >= 1 && anchoredAtStart(node.body);
    case "atomic":
      return anchoredAtStart(node.body);
    default:
      return false;
  }
}

class Graph {
  readonly states: State[] = [];
  chars = 0;
  /** A construct the analysis does not model (a lookaround, a loop that can repeat empty). */
  unsafe = false;
  readonly #closures = new Map<number, Map<number, number>>();
  readonly #overlaps = new Map<number, boolean>();

  add(state: State): number {
    if (state.kind === "char") this.chars++;
    this.states.push(state);
    return this.states.length - 1;
  }

  /** The entry state of `node`, continuing to `next`. */
  build(node: PatternNode, next: number): number {
    if (this.chars > MAX_CHAR_STATES) return next;
    switch (node.type) {
      case "set":
        return this.add({ kind: "char", set: node.set, next });
      case "assert":
        return next;
      case "look":
        this.unsafe = true;
        return next;
      case "seq": {
        let entry = next;
        for (let k = node.items.length - 1; k >= 0; k--) entry = this.build(node.items[k]!, entry);
        return entry;
      }
      case "alt":
        return this.add({ kind: "split", targets: node.options.map((o) => this.build(o, next)) });
      case "atomic":
        return this.build(node.body, next);
      case "repeat": {
        if (node.max === 0) return next;
        if (node.max === 1) {
          const body = this.build(node.body, next);
          return node.min === 1 ? body : this.add({ kind: "split", targets: [body, next] });
        }
        if (node.max !== Infinity && node.max * setCount(node.body) <= UNROLL_LIMIT)
          return this.unrolled(node.body, node.min, node.max, next);
        if (isNullable(node.body)) {
          this.unsafe = true;
          return next;
        }
        // `x{m,n}` with n ≥ 2 as `x*` (m = 0) or `x+`: the same choices, and more.
        const loop = this.add({ kind: "split", targets: [-1, next] });
        const body = this.build(node.body, loop);
        (this.states[loop] as { targets: number[] }).targets[0] = body;
        return node.min === 0 ? loop : body;
      }
    }
  }

  /** `x{min,max}` exactly: `min` copies, then `max - min` nested optional ones. */
  unrolled(body: PatternNode, min: number, max: number, next: number): number {
    let entry = next;
    for (let k = 0; k < max - min; k++)
      entry = this.add({ kind: "split", targets: [this.build(body, entry), next] });
    for (let k = 0; k < min; k++) entry = this.build(body, entry);
    return entry;
  }

  /** The character states reachable from `id` without consuming, with the number of paths (capped at 2). */
  closure(id: number): Map<number, number> {
    const cached = this.#closures.get(id);
    if (cached) return cached;
    const out = new Map<number, number>();
    const state = this.states[id]!;
    if (state.kind === "char") out.set(id, 1);
    else if (state.kind === "split") {
      for (const t of state.targets) {
        for (const [c, n] of this.closure(t)) out.set(c, Math.min(2, (out.get(c) ?? 0) + n));
      }
    }
    this.#closures.set(id, out);
    return out;
  }

  overlap(a: number, b: number): boolean {
    const key = a * this.states.length + b;
    let result = this.#overlaps.get(key);
    if (result === undefined) {
      result = (this.states[a] as { set: CharSet }).set.overlaps(
        (this.states[b] as { set: CharSet }).set,
      );
      this.#overlaps.set(key, result);
    }
    return result;
  }

  unambiguous(init: number): boolean {
    const seen = new Set<number>();
    const work: [number, number][] = [];
    const n = this.states.length;
    /** Two paths now stand in `a` and `b`, about to read the same character. */
    const pair = (a: number, b: number): boolean => {
      if (a === b) return false;
      const [lo, hi] = a < b ? [a, b] : [b, a];
      if (!this.overlap(lo, hi) || seen.has(lo * n + hi)) return true;
      seen.add(lo * n + hi);
      work.push([lo, hi]);
      return true;
    };
    /** Paths that agree so far and split here: each distinct pair of targets. */
    const diverge = (targets: Map<number, number>): boolean => {
      const list = [...targets];
      if (list.some(([, count]) => count > 1)) return false;
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) if (!pair(list[i]![0], list[j]![0])) return false;
      return true;
    };
    if (!diverge(this.closure(init))) return false;
    for (let id = 0; id < n; id++) {
      const state = this.states[id]!;
      if (state.kind === "char" && !diverge(this.closure(state.next))) return false;
    }
    while (work.length > 0) {
      const [a, b] = work.pop()!;
      const nextA = this.closure((this.states[a] as { next: number }).next);
      const nextB = this.closure((this.states[b] as { next: number }).next);
      for (const x of nextA.keys()) for (const y of nextB.keys()) if (!pair(x, y)) return false;
    }
    return true;
  }
}
