import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestingDepth } from "../src/index.js";

/** The same measure by plain recursion: fine for the small graphs of the property test. */
function recursiveDepth(node: string, next: (n: string) => readonly string[], chain: Set<string>) {
  let levels = 0;
  chain.add(node);
  for (const child of next(node))
    levels = Math.max(levels, chain.has(child) ? 1 : recursiveDepth(child, next, chain) + 1);
  chain.delete(node);
  return levels;
}

describe("nestingDepth", () => {
  it("measures a chain far deeper than recursion survives", () => {
    const next = (n: string) => (Number(n) < 100_000 ? [String(Number(n) + 1)] : []);
    expect(nestingDepth(["0"], next)).toEqual({ depth: 100_000, node: "0" });
  });

  it("counts a cycle once around, and stops at the first node past a limit", () => {
    const graph: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["a", "d"], d: [] };
    const next = (n: string) => graph[n]!;
    expect(nestingDepth(["a"], next)).toEqual({ depth: 3, node: "a" });
    expect(nestingDepth(["a"], next, 1)).toEqual({ depth: 2, node: "b" });
    expect(nestingDepth([], next)).toEqual({ depth: 0, node: undefined });
  });

  it("agrees with recursion on acyclic graphs", () => {
    // Edges only go to higher-numbered nodes: no cycles, where the measure is exact.
    const dag = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
          maxLength: 30,
        })
        .map((pairs) => {
          const graph = Array.from({ length: n }, () => [] as string[]);
          for (const [a, b] of pairs) if (a < b) graph[a]!.push(String(b));
          return graph;
        }),
    );
    fc.assert(
      fc.property(dag, (graph) => {
        const next = (node: string) => graph[Number(node)]!;
        const roots = graph.map((_, i) => String(i));
        const expected = Math.max(...roots.map((r) => recursiveDepth(r, next, new Set())));
        expect(nestingDepth(roots, next).depth).toBe(expected);
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
