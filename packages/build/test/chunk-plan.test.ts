// The chunk plan: fewer shared chunks where the entries gain, never a cycle between chunks, and
// the same plan for the same graph.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planChunks, type PlanModule } from "../src/chunk-plan.js";

const KB = 1024;

/** A graph from `name: [size in KB, ...imports]`. */
function graph(spec: Record<string, [number, ...string[]]>): Map<string, PlanModule> {
  return new Map(
    Object.entries(spec).map(([id, [size, ...imports]]) => [id, { imports, size: size * KB }]),
  );
}

/** The chunk each module ends in: the plan's, else where the bundler puts it by its entries. */
function chunkOf(
  modules: ReadonlyMap<string, PlanModule>,
  entries: readonly string[],
  plan: ReadonlyMap<string, string>,
): Map<string, string> {
  const reach = new Map<string, Set<string>>([...modules.keys()].map((id) => [id, new Set()]));
  for (const entry of entries) {
    const stack = [entry];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reach.get(id)!.has(entry)) continue;
      reach.get(id)!.add(entry);
      stack.push(...modules.get(id)!.imports);
    }
  }
  const key = (by: Set<string>) => [...by].sort().join(",");
  const entryOf = new Map<string, string>();
  for (const entry of entries)
    if (!entryOf.has(key(reach.get(entry)!))) entryOf.set(key(reach.get(entry)!), entry);
  const chunk = new Map<string, string>();
  for (const [id, by] of reach) {
    if (by.size === 0) continue;
    const planned = plan.get(id);
    if (planned !== undefined) chunk.set(id, `planned:${planned}`);
    else if (entries.includes(id)) chunk.set(id, `entry:${id}`);
    else if (by.size === 1) chunk.set(id, `entry:${[...by][0]}`);
    else if (entryOf.has(key(by))) chunk.set(id, `entry:${entryOf.get(key(by))}`);
    else chunk.set(id, `auto:${key(by)}`);
  }
  return chunk;
}

/** Whether the chunks import each other in a cycle. */
function hasCycle(modules: ReadonlyMap<string, PlanModule>, chunk: ReadonlyMap<string, string>) {
  const edges = new Map<string, Set<string>>();
  for (const [id, module] of modules) {
    const from = chunk.get(id);
    if (from === undefined) continue;
    for (const target of module.imports) {
      const to = chunk.get(target);
      if (to === undefined || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  const state = new Map<string, "open" | "done">();
  const visit = (node: string): boolean => {
    if (state.get(node) === "done") return false;
    if (state.get(node) === "open") return true;
    state.set(node, "open");
    for (const next of edges.get(node) ?? []) if (visit(next)) return true;
    state.set(node, "done");
    return false;
  };
  return [...edges.keys()].some(visit);
}

describe("planChunks", () => {
  it("puts small modules the same entries load together into one chunk", () => {
    // a and b each import both small modules, which the bundler puts in two chunks because c
    // loads one of them (and one of its own).
    const modules = graph({
      a: [1, "s1", "s2"],
      b: [1, "s1", "s2"],
      c: [1, "s2", "own"],
      s1: [2],
      s2: [2],
      own: [2],
    });
    const plan = planChunks(modules, ["a", "b", "c"]);
    expect(plan.get("s1")).toBeDefined();
    expect(plan.get("s1")).toBe(plan.get("s2"));
    expect(plan.has("a")).toBe(false);
  });

  it("keeps a large module apart from what entries that do not use it load", () => {
    const modules = graph({
      a: [1, "big", "s"],
      b: [1, "big", "s"],
      c: [1, "s"],
      d: [1, "s"],
      big: [400],
      s: [2],
    });
    const plan = planChunks(modules, ["a", "b", "c", "d"]);
    expect(plan.get("big")).not.toBe(plan.get("s"));
  });

  it("counts a package's root as one entry among the others", () => {
    // The root loads x and y; each operation loads one. Small, they are worth one file for the
    // root; large, each operation would load too much it does not use.
    const rooted = (size: number) =>
      planChunks(
        graph({ root: [1, "x", "y"], opX: [1, "x"], opY: [1, "y"], x: [size], y: [size] }),
        ["root", "opX", "opY"],
      );
    const small = rooted(4);
    expect(small.get("x")).toBeDefined();
    expect(small.get("x")).toBe(small.get("y"));
    const large = rooted(40);
    expect(large.get("x")).toBeDefined();
    expect(large.get("x")).not.toBe(large.get("y"));
  });

  it("stops merging when its work runs out, leaving the chunks it has", () => {
    // Twenty operations, each over its own pair of a hundred small shared modules.
    const spec: Record<string, [number, ...string[]]> = {};
    const entries: string[] = [];
    for (let i = 0; i < 100; i++) spec[`s${i}`] = [1];
    for (let op = 0; op < 20; op++) {
      entries.push(`op${op}`);
      spec[`op${op}`] = [1, `s${(op * 7) % 100}`, `s${(op * 13 + 1) % 100}`, "s99"];
    }
    const modules = graph(spec);
    const chunksOf = (plan: Map<string, string>) => new Set(plan.values()).size;
    const unplanned = planChunks(modules, entries, { maxSteps: 0 });
    const planned = planChunks(modules, entries);
    expect(chunksOf(planned)).toBeLessThan(chunksOf(unplanned));
    // Both are whole plans: every shared module has a chunk, and no chunk forms a cycle.
    expect([...unplanned.keys()].sort()).toEqual([...planned.keys()].sort());
    const partly = planChunks(modules, entries, { maxSteps: 40 });
    expect(chunksOf(partly)).toBeLessThanOrEqual(chunksOf(unplanned));
    expect(chunksOf(partly)).toBeGreaterThanOrEqual(chunksOf(planned));
    expect(hasCycle(modules, chunkOf(modules, entries, partly))).toBe(false);
  });

  it("leaves a module in the chunk of an entry that the same entries reach", () => {
    // bin imports index: what index imports is reached by both, as index itself is, so the
    // bundler keeps it in index's file. Drawing a chunk for it would add one.
    const modules = graph({
      bin: [1, "index"],
      index: [1, "a", "b"],
      read: [1, "b", "c"],
      a: [4],
      b: [4],
      c: [4],
    });
    const plan = planChunks(modules, ["bin", "index", "read"]);
    expect(plan.has("a")).toBe(false);
    expect(plan.has("b")).toBe(true);
  });

  it("plans nothing for a single entry", () => {
    expect(planChunks(graph({ a: [1, "b"], b: [1] }), ["a"]).size).toBe(0);
  });

  it("never joins two chunks another chunk sits between", () => {
    // shared and tail are small and e1, e2 load both: worth one chunk, but shared imports the
    // entry module e3, which imports tail, so that chunk would import e3 and e3 it.
    const modules = graph({
      e1: [1, "shared", "tail"],
      e2: [1, "shared", "tail"],
      e3: [1, "tail"],
      e4: [1, "tail", "own"],
      shared: [1, "e3"],
      tail: [1],
      own: [1],
    });
    const entries = ["e1", "e2", "e3", "e4"];
    const plan = planChunks(modules, entries);
    expect(plan.get("shared")).toBeDefined();
    expect(plan.get("shared")).not.toBe(plan.get("tail"));
    expect(hasCycle(modules, chunkOf(modules, entries, plan))).toBe(false);
  });

  it("on any graph: no cycle between chunks, fewer files loaded, the same plan in any order", () => {
    const arbitraryGraph = fc
      .record({
        count: fc.integer({ min: 2, max: 40 }),
        entries: fc.integer({ min: 2, max: 8 }),
        seed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 64 })), {
          minLength: 1,
          maxLength: 120,
        }),
        sizes: fc.array(fc.integer({ min: 0, max: 64 }), { minLength: 40, maxLength: 40 }),
      })
      .map(({ count, entries, seed, sizes }) => {
        const ids = Array.from({ length: count }, (_, i) => `m${String(i).padStart(2, "0")}`);
        const imports = ids.map(() => new Set<string>());
        // Mostly downward edges (a layered graph, as shapes are), some upward (recursion).
        for (const [from, to, kind] of seed) {
          const a = from % count;
          const b = to % count;
          if (a === b) continue;
          if (kind < 44) imports[Math.min(a, b)]!.add(ids[Math.max(a, b)]!);
          else imports[Math.max(a, b)]!.add(ids[Math.min(a, b)]!);
        }
        const modules = new Map<string, PlanModule>(
          ids.map((id, i) => [id, { imports: [...imports[i]!], size: sizes[i]! * KB }]),
        );
        return { modules, entries: ids.slice(0, Math.min(entries, count)) };
      });
    fc.assert(
      fc.property(arbitraryGraph, ({ modules, entries }) => {
        const plan = planChunks(modules, entries);
        const chunk = chunkOf(modules, entries, plan);
        const before = chunkOf(modules, entries, new Map());
        // The bundler's own chunks never form a cycle unless the modules do; the plan adds none.
        if (!hasCycle(modules, before)) expect(hasCycle(modules, chunk)).toBe(false);
        // Entries are never moved into a shared chunk.
        for (const entry of entries) expect(plan.has(entry)).toBe(false);
        // No entry loads more files than before.
        for (const entry of entries)
          expect(filesLoaded(modules, entry, chunk)).toBeLessThanOrEqual(
            filesLoaded(modules, entry, before),
          );
        const reversed = new Map([...modules].reverse());
        expect(planChunks(reversed, [...entries].reverse())).toEqual(plan);
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });
});

/** How many chunks an entry loads. */
function filesLoaded(
  modules: ReadonlyMap<string, PlanModule>,
  entry: string,
  chunk: ReadonlyMap<string, string>,
): number {
  const seen = new Set<string>();
  const chunks = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    chunks.add(chunk.get(id)!);
    stack.push(...modules.get(id)!.imports);
  }
  return chunks.size;
}
