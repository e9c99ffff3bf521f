// When may a pattern run on the JavaScript engine's own (backtracking) RegExp? A backtracking
// search explores, for each prefix of the input, every path of the pattern's automaton that
// reads it — from every start position unless the pattern is anchored with `^`. If the number of
// such paths stays bounded whatever the input (the automaton, every state accepting, is finitely
// ambiguous), the whole search costs O(input length × a constant of the pattern).
// Finite ambiguity is decided with the criteria of Weber and Seidl ("On the degree of ambiguity
// of finite automata", 1991) on the automaton whose states are the pattern's character positions:
//  - EDA (exponential): two different cycles through one state read the same word — in the
//    product automaton, a strongly connected component holds a pair (q, q) and a pair (p, q);
//  - IDA (polynomial): states p ≠ q and a word v with paths p→p, p→q and q→q all reading v —
//    in the triple product, (p, p, q) reaches (p, q, q).
// Neither → linear. Two empty paths to one state, or a loop that can repeat without consuming
// (`(a*)*`), are rejected outright. Approximations only ever add paths, so a "yes" is a proof:
// `x{m,n}` counts as `x*`/`x+` (small counts are unrolled exactly), assertions (`^` inside, `$`,
// `\b`) as always true, and sets with Unicode properties on both sides as overlapping.
// An unanchored pattern is analysed as `[\s\S]*?` followed by it, the way the engine tries every
// start position. `a+b` fails (quadratic search over "aaaa…"), `(a|a)*`, `(a*)*` and
// `^s3://[^/]+/?.*$` (n ways to split "s3://aaa…" between `[^/]+` and `.*`) fail;
// `^[a-z]([-a-z]*[a-z])?$` and `^s3://[^/]+/.*$` pass.
// Finite ambiguity bounds the paths per prefix by a constant of the pattern, not by its size:
// `^(a|a)(a|a)…(a|a)$` written out k times is admitted with 2^k paths. Model patterns are not
// written that way; the bound that matters here, growth with the input, is exact.

import { CharSet } from "./char-set.js";
import { isNullable, isZeroWidth, type PatternNode } from "./pattern-ast.js";

/** Past this many character states the analysis is not attempted (the pattern is not proven). */
const MAX_CHAR_STATES = 400;
/** Past this many product states visited by the IDA search the pattern is not proven. */
const MAX_PRODUCT_STATES = 20_000;

/** A bounded repetition with at most this many sets in all its copies is analysed exactly. */
const UNROLL_LIMIT = 8;

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
  return graph.finitelyAmbiguous(init);
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

  finitelyAmbiguous(init: number): boolean {
    // Two empty paths to one state: rejected (their number could grow with the pattern).
    const starts = this.closure(init);
    if ([...starts.values()].some((n) => n > 1)) return false;
    const n = this.states.length;
    const succ: number[][] = [];
    for (let id = 0; id < n; id++) {
      const state = this.states[id]!;
      if (state.kind !== "char") continue;
      const next = this.closure(state.next);
      if ([...next.values()].some((count) => count > 1)) return false;
      succ[id] = [...next.keys()];
    }
    return !this.#exponential(succ) && !this.#polynomial(succ);
  }

  /**
   * EDA: a component of the pair automaton with a pair (q, q) and a pair (p, q), p ≠ q. Tarjan's
   * search over the pairs reachable from the diagonal, with the pairs' successors enumerated in
   * place and its bookkeeping in typed arrays: a pattern with a few hundred positions has tens of
   * thousands of pairs, and Maps and edge lists made this the slowest step of loading a model.
   */
  #exponential(succ: number[][]): boolean {
    // The character states, renumbered 0..m-1, and their successors in that numbering.
    const chars: number[] = [];
    const local = new Map<number, number>();
    succ.forEach((targets, id) => {
      if (targets === undefined) return;
      local.set(id, chars.length);
      chars.push(id);
    });
    const m = chars.length;
    const next = chars.map((id) => Int32Array.from(succ[id]!, (t) => local.get(t)!));
    const overlaps = new Int8Array(m * m).fill(-1);
    const overlapping = (a: number, b: number): boolean => {
      const k = a * m + b;
      if (overlaps[k] === -1) overlaps[k] = this.overlap(chars[a]!, chars[b]!) ? 1 : 0;
      return overlaps[k] === 1;
    };
    const index = new Int32Array(m * m).fill(-1);
    const low = new Int32Array(m * m);
    const onStack = new Uint8Array(m * m);
    const stack: number[] = [];
    // A frame of the depth-first search: the pair, and the position in its successors (i × j).
    const frames: number[] = [];
    let counter = 0;
    const enter = (pair: number): void => {
      index[pair] = low[pair] = counter++;
      stack.push(pair);
      onStack[pair] = 1;
      frames.push(pair, 0);
    };
    for (let q = 0; q < m; q++) {
      const root = q * m + q;
      if (index[root] !== -1) continue;
      enter(root);
      while (frames.length > 0) {
        const top = frames.length - 2;
        const pair = frames[top]!;
        const a = Math.floor(pair / m);
        const b = pair % m;
        const width = next[b]!.length;
        const count = overlapping(a, b) ? next[a]!.length * width : 0;
        const at = frames[top + 1]!;
        if (at < count) {
          frames[top + 1] = at + 1;
          const target = next[a]![Math.floor(at / width)]! * m + next[b]![at % width]!;
          if (index[target] === -1) enter(target);
          else if (onStack[target] === 1) low[pair] = Math.min(low[pair]!, index[target]!);
          continue;
        }
        frames.length = top;
        if (frames.length > 0) {
          const parent = frames[frames.length - 2]!;
          low[parent] = Math.min(low[parent]!, low[pair]!);
        }
        if (low[pair] !== index[pair]) continue;
        // A component is complete: the pairs above `pair` on the stack.
        let size = 0;
        let diagonal = false;
        let offDiagonal = false;
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          size++;
          if (Math.floor(member / m) === member % m) diagonal = true;
          else offDiagonal = true;
        } while (member !== pair);
        if (size >= 2 && diagonal && offDiagonal) return true;
      }
    }
    return false;
  }

  /** IDA: states p ≠ q on cycles, and a word leading p→p, p→q and q→q at once. */
  #polynomial(succ: number[][]): boolean {
    const n = this.states.length;
    const onCycle = this.#onCycle(succ);
    let budget = MAX_PRODUCT_STATES;
    for (const p of onCycle) {
      for (const q of onCycle) {
        if (p === q) continue;
        // Breadth-first over triples (a, b, c) reading one word from (p, p, q), towards (p, q, q).
        const seen = new Set<number>([(p * n + p) * n + q]);
        const queue: [number, number, number][] = [[p, p, q]];
        while (queue.length > 0) {
          const [a, b, c] = queue.shift()!;
          if (--budget < 0) return true;
          if (
            !this.overlap(a, b) ||
            !this.overlap(b, c) ||
            !this.overlap(a, c) ||
            !this.#overlap3(a, b, c)
          )
            continue;
          for (const x of succ[a]!) {
            for (const y of succ[b]!) {
              for (const z of succ[c]!) {
                if (x === p && y === q && z === q) return true;
                const key = (x * n + y) * n + z;
                if (!seen.has(key)) {
                  seen.add(key);
                  queue.push([x, y, z]);
                }
              }
            }
          }
        }
      }
    }
    return false;
  }

  /** Whether three sets share a code point; conservative (true) unless they are explicit ranges. */
  #overlap3(a: number, b: number, c: number): boolean {
    const [sa, sb, sc] = [a, b, c].map((id) => (this.states[id] as { set: CharSet }).set) as [
      CharSet,
      CharSet,
      CharSet,
    ];
    if (!sa.isConcrete || !sb.isConcrete || !sc.isConcrete) return true;
    return sa.intersect(sb).overlaps(sc);
  }

  /** Character states that lie on a cycle of the position automaton. */
  #onCycle(succ: number[][]): number[] {
    const edges = new Map<number, number[]>();
    succ.forEach((targets, id) => {
      if (targets !== undefined) edges.set(id, targets);
    });
    const out: number[] = [];
    for (const component of stronglyConnected(edges)) {
      const id = component[0]!;
      if (component.length > 1 || succ[id]!.includes(id))
        for (const node of component) out.push(node);
    }
    return out;
  }
}

/** Tarjan's strongly connected components, iteratively (patterns can be deep). */
function stronglyConnected(edges: ReadonlyMap<number, readonly number[]>): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, i] = frame;
      const targets = edges.get(node) ?? [];
      if (i < targets.length) {
        frame[1]++;
        const next = targets[i]!;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }
  return components;
}
