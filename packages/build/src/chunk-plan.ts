// Which modules share a chunk. A bundler's automatic code splitting gives every set of entry
// points that reaches a module a chunk of its own, so that no entry loads code it does not use.
// For a whole-service package that is hundreds of small chunks: one operation's entry of the
// SageMaker validators loaded 28 files, and Node.js spends as much on each file it loads
// (resolving, reading, linking: about 0.6 ms each on Node.js 20) as on 24 KB of code in it.
// The plan starts from those chunks and merges two whenever the entries that load both gain
// more, in files not loaded, than the entries that load only one lose, in bytes they load but
// do not use; the best merge first.
//
// Merging never creates a cycle between chunks: a chunk is evaluated before every chunk that
// imports it, so each module still runs after the modules it imports, as it would unbundled
// (a top-level `const x = f(imported)` needs that).
//
// Every entry counts alike. A package's root, which loads every chunk, gains a file from every
// merge; it is one entry among the operations' hundreds, and Node.js gets a lazy root anyway.

import FlatQueue from "flatqueue";

/** A module of the package, as the bundler's graph gives it. */
export interface PlanModule {
  /** The package's own modules it imports statically (other ids are ignored). */
  readonly imports: readonly string[];
  /** Its size in bytes (of its code). */
  readonly size: number;
}

export interface ChunkPlanOptions {
  /**
   * What loading one more file costs, in bytes of code loaded instead. Default 24 KiB: on
   * Node.js 20 a module costs about 0.6 ms to load before its code, and a generated module's
   * code about 25 ms per MB to compile and evaluate (`node bench/generate-service.mjs` prints
   * one operation's import time).
   */
  readonly moduleCost?: number;
  /**
   * The most work the plan does, in steps (a unit looked at as a merge candidate, a merge taken
   * off the queue, a chunk visited by the cycle check); past it, it stops merging, and the
   * chunks stay as merged so far. Default 6 million: whole EC2, the largest botocore model,
   * takes 2.3 million for its validators. The bound also bounds the queue's memory.
   */
  readonly maxSteps?: number;
}

const DEFAULT_MODULE_COST = 24 * 1024;
const DEFAULT_MAX_STEPS = 6_000_000;

/**
 * The shared chunk of each module that goes into one, by module id: the name to give it (unique
 * per chunk). Modules left out stay where the bundler puts them: entry points, modules one entry
 * alone reaches, or the same entries as reach an entry (they join its chunk).
 */
export function planChunks(
  modules: ReadonlyMap<string, PlanModule>,
  entries: readonly string[],
  options: ChunkPlanOptions = {},
): Map<string, string> {
  const moduleCost = options.moduleCost ?? DEFAULT_MODULE_COST;
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const ids = [...modules.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const imports = ids.map((id) =>
    modules.get(id)!.imports.flatMap((target) => {
      const i = index.get(target);
      return i === undefined ? [] : [i];
    }),
  );
  // In the modules' order, not the caller's: the same graph gets the same plan.
  const entryIndexes = [...new Set(entries)]
    .flatMap((id) => {
      const i = index.get(id);
      return i === undefined ? [] : [i];
    })
    .sort((x, y) => x - y);
  if (entryIndexes.length < 2) return new Map();
  const reach = reachSets(imports, entryIndexes);
  const entryPosition = new Map(entryIndexes.map((m, k) => [m, k]));

  // A module reached by the same entries as an entry module goes into that entry's chunk (the
  // bundler puts it there: an entry imported by another, as a bin imports the package's index).
  const entryOfKey = new Map<string, number>();
  entryIndexes.forEach((m, k) => {
    const key = reach[m]!.join(",");
    if (!entryOfKey.has(key)) entryOfKey.set(key, k);
  });

  // The starting chunks: the bundler's, one per set of entries reaching a module.
  const unitOfKey = new Map<string, number>();
  const units: Unit[] = [];
  const nodeOf = new Int32Array(ids.length).fill(-1);
  // Nodes of the cycle check: entry k's chunk is node k (never merged), then the units.
  let nodes = entryIndexes.length;
  for (let m = 0; m < ids.length; m++) {
    const set = reach[m]!;
    const count = popCount(set);
    if (count === 0) continue;
    const key = set.join(",");
    // In an entry's chunk: the entry, what it alone reaches, or what the same entries reach.
    const position = entryPosition.get(m) ?? (count === 1 ? firstBit(set) : entryOfKey.get(key));
    if (position !== undefined) {
      nodeOf[m] = position;
      continue;
    }
    let u = unitOfKey.get(key);
    if (u === undefined) {
      u = units.length;
      unitOfKey.set(key, u);
      units.push({
        node: nodes++,
        set,
        entries: count,
        size: 0,
        modules: [],
        version: 0,
        live: true,
      });
    }
    units[u]!.size += modules.get(ids[m]!)!.size;
    units[u]!.modules.push(m);
    nodeOf[m] = units[u]!.node;
  }
  if (units.length < 2) return namesOf(units, ids);

  const graph = new NodeGraph(nodes);
  for (let m = 0; m < ids.length; m++)
    for (const target of imports[m]!)
      if (nodeOf[m] !== -1 && nodeOf[target] !== -1) graph.addEdge(nodeOf[m]!, nodeOf[target]!);

  // The units each entry loads: the candidates for a merge share one.
  // Arrays (iterated faster than sets); merged-away units are dropped when next iterated.
  const byEntry: number[][] = entryIndexes.map(() => []);
  units.forEach((unit, u) => forEachBit(unit.set, (k) => byEntry[k]!.push(u)));
  /** Bytes a merge costs the entries (negative: it saves them more than it costs). */
  const gain = (a: Unit, b: Unit): number => {
    // Where the entries of one are all the other's: the best the pair can do, checked first.
    const most = Math.min(a.entries, b.entries);
    if (-moduleCost * most + b.size * (a.entries - most) + a.size * (b.entries - most) >= 0)
      return Infinity;
    const both = popCountAnd(a.set, b.set);
    if (both === 0) return Infinity;
    return -moduleCost * both + b.size * (a.entries - both) + a.size * (b.entries - both);
  };
  const queue = new MergeQueue();
  // `mark[u] === stamp`: unit u already looked at for the unit in hand.
  const mark = new Int32Array(units.length).fill(-1);
  let stamp = 0;
  // The work done (`maxSteps`): however large or hostile the graph, the plan stops in time, and
  // it is valid at every step.
  let steps = 0;
  const pushMerges = (u: number, onlyAbove: boolean) => {
    if (steps >= maxSteps) return;
    const unit = units[u]!;
    stamp++;
    mark[u] = stamp;
    forEachBit(unit.set, (k) => {
      if (steps >= maxSteps) return;
      // Drops the merged-away units from the list as it goes.
      const list = byEntry[k]!;
      steps += list.length;
      let kept = 0;
      for (let i = 0; i < list.length; i++) {
        const other = list[i]!;
        const candidate = units[other]!;
        if (!candidate.live) continue;
        list[kept++] = other;
        if (mark[other] === stamp || (onlyAbove && other < u)) continue;
        mark[other] = stamp;
        const delta = gain(unit, candidate);
        if (delta >= 0) continue;
        if (u < other) queue.push(delta, u, other, unit.version, candidate.version);
        else queue.push(delta, other, u, candidate.version, unit.version);
      }
      list.length = kept;
    });
  };
  for (let u = 0; u < units.length; u++) pushMerges(u, true);

  while (steps + graph.visits < maxSteps && queue.pop()) {
    steps++;
    const kept = queue.a;
    const a = units[kept]!;
    const b = units[queue.b]!;
    if (!a.live || !b.live || a.version !== queue.versionA || b.version !== queue.versionB)
      continue;
    if (graph.pathAround(a.node, b.node) || graph.pathAround(b.node, a.node)) continue;
    // Merge b into a.
    graph.merge(a.node, b.node);
    b.live = false;
    const joined = b.set.map((word, w) => word & ~a.set[w]!);
    forEachBit(joined, (k) => byEntry[k]!.push(kept));
    for (let w = 0; w < a.set.length; w++) a.set[w]! |= b.set[w]!;
    a.entries = popCount(a.set);
    a.size += b.size;
    for (const m of b.modules) a.modules.push(m);
    a.version++;
    pushMerges(kept, false);
  }
  return namesOf(
    units.filter((u) => u.live),
    ids,
  );
}

interface Unit {
  /** Its node in the cycle check's graph. */
  readonly node: number;
  /** The entries that load it, one bit each. */
  set: Uint32Array;
  /** How many: the bits in `set`. */
  entries: number;
  size: number;
  readonly modules: number[];
  /** Bumped at each merge into it: merges queued before are stale. */
  version: number;
  live: boolean;
}

/** Each unit's modules named for its first module's file (unique: a name is a group). */
function namesOf(units: readonly Unit[], ids: readonly string[]): Map<string, string> {
  const plan = new Map<string, string>();
  const used = new Map<string, number>();
  const ordered = units
    .map((unit) => unit.modules.map((m) => ids[m]!).sort())
    .sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
  for (const members of ordered) {
    const base = members[0]!.replace(/^.*[\\/]/, "").replace(/\.[cm]?[jt]sx?$/, "") || "chunk";
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const name = n === 1 ? base : `${base}${n}`;
    for (const id of members) plan.set(id, name);
  }
  return plan;
}

/** For each module, the entries (by position in `entries`) that reach it, one bit each. */
function reachSets(imports: readonly number[][], entries: readonly number[]): Uint32Array[] {
  const words = Math.max(1, Math.ceil(entries.length / 32));
  const reach = imports.map(() => new Uint32Array(words));
  entries.forEach((entry, k) => {
    const bit = 1 << (k & 31);
    const word = k >>> 5;
    const stack = [entry];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (reach[m]![word]! & bit) continue;
      reach[m]![word]! |= bit;
      for (const target of imports[m]!) stack.push(target);
    }
  });
  return reach;
}

function bitCount(word: number): number {
  let w = word - ((word >>> 1) & 0x55555555);
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function popCount(set: Uint32Array): number {
  let n = 0;
  for (const word of set) n += bitCount(word);
  return n;
}

function popCountAnd(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let w = 0; w < a.length; w++) n += bitCount(a[w]! & b[w]!);
  return n;
}

function firstBit(set: Uint32Array): number {
  for (let w = 0; w < set.length; w++)
    if (set[w]) return w * 32 + (31 - Math.clz32(set[w]! & -set[w]!));
  return -1;
}

function forEachBit(set: Uint32Array, visit: (bit: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w]!;
    while (word !== 0) {
      const low = word & -word;
      visit(w * 32 + (31 - Math.clz32(low)));
      word ^= low;
    }
  }
}

/** The import graph between chunks, for the cycle check; merged nodes forward to their survivor. */
class NodeGraph {
  private readonly successors: Set<number>[];
  private readonly predecessors: Set<number>[];
  /** Nodes searched by every `pathAround` so far. */
  visits = 0;
  /** `seen[node] === visit`: reached in the current search. */
  private readonly seen: Int32Array;
  private visit = 0;
  private readonly stack: number[] = [];

  constructor(nodes: number) {
    this.seen = new Int32Array(nodes);
    this.successors = Array.from({ length: nodes }, () => new Set<number>());
    this.predecessors = Array.from({ length: nodes }, () => new Set<number>());
  }

  addEdge(from: number, to: number): void {
    if (from === to) return;
    this.successors[from]!.add(to);
    this.predecessors[to]!.add(from);
  }

  /** Whether `to` is reachable from `from` other than by the edge between them. */
  pathAround(from: number, to: number): boolean {
    const visit = ++this.visit;
    const seen = this.seen;
    seen[from] = visit;
    const stack = this.stack;
    stack.length = 0;
    for (const next of this.successors[from]!) if (next !== to) stack.push(next);
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node === to) return true;
      if (seen[node] === visit) continue;
      seen[node] = visit;
      this.visits++;
      for (const next of this.successors[node]!) if (seen[next] !== visit) stack.push(next);
    }
    return false;
  }

  /** `gone`'s edges become `kept`'s. */
  merge(kept: number, gone: number): void {
    for (const next of this.successors[gone]!) {
      this.predecessors[next]!.delete(gone);
      this.addEdge(kept, next);
    }
    for (const previous of this.predecessors[gone]!) {
      this.successors[previous]!.delete(gone);
      this.addEdge(previous, kept);
    }
    this.successors[gone]!.clear();
    this.predecessors[gone]!.clear();
    this.successors[kept]!.delete(kept);
    this.predecessors[kept]!.delete(kept);
  }
}

/**
 * The merges worth making, the best first (flatqueue: a heap in flat arrays, as a whole service
 * queues hundreds of thousands). Equal gains come out in an order fixed by the pushes, which the
 * plan makes in the modules' order.
 */
class MergeQueue {
  private readonly queue = new FlatQueue<number>();
  /** Per queued merge (by its slot): its units, `a` < `b`, and their versions when queued. */
  private readonly slots: number[] = [];
  /** Slots of merges taken off the queue, for reuse. */
  private readonly free: number[] = [];
  /** The merge `pop` took: its units and their versions. */
  a = 0;
  b = 0;
  versionA = 0;
  versionB = 0;

  push(delta: number, a: number, b: number, versionA: number, versionB: number): void {
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = a;
    this.slots[slot + 1] = b;
    this.slots[slot + 2] = versionA;
    this.slots[slot + 3] = versionB;
    this.queue.push(slot, delta);
  }

  /** Takes the best merge into `a`, `b`, `versionA`, `versionB`; false when none is left. */
  pop(): boolean {
    const slot = this.queue.pop();
    if (slot === undefined) return false;
    this.a = this.slots[slot]!;
    this.b = this.slots[slot + 1]!;
    this.versionA = this.slots[slot + 2]!;
    this.versionB = this.slots[slot + 3]!;
    this.free.push(slot);
    return true;
  }
}
