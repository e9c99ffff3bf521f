// The runtime's bounds: the issue cap (`maxIssues`, the `truncated` entry, no message built
// past the cap), duplicates and canonical texts that follow own properties rather than an
// array's `length`, and suggestions that stay exact while doing less work.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_ISSUES,
  IssueCollector,
  ValidationError,
  canonicalText,
  defineValidator,
  duplicateItems,
  editDistance,
  issueLimit,
  runCheck,
  suggestName,
  type ValidateOptions,
  type ValidationIssue,
} from "@shapekit/validation";

/** A check that reports `count` type issues at `[0]`, `[1]`, … and a warning for each. */
function reporter(count: number) {
  return (_v: unknown, p: string, c: IssueCollector) => {
    for (let i = 0; i < count; i++) {
      c.warn(`${p}[${i}]`, "old");
      c.type(`${p}[${i}]`, "a string", i);
      if (c.full) return;
    }
  };
}

function issuesOf(result: {
  ok: boolean;
  issues?: readonly ValidationIssue[];
}): readonly ValidationIssue[] {
  return result.ok ? [] : result.issues!;
}

describe("maxIssues", () => {
  it("is 100 by default, at least 1, whole, Infinity allowed; anything else means the default", () => {
    expect(DEFAULT_MAX_ISSUES).toBe(100);
    const cases: Array<[unknown, number]> = [
      [undefined, 100],
      [{}, 100],
      [{ maxIssues: 5 }, 5],
      [{ maxIssues: 0 }, 1],
      [{ maxIssues: -3 }, 1],
      [{ maxIssues: 2.7 }, 2],
      [{ maxIssues: Infinity }, Infinity],
      [{ maxIssues: -Infinity }, 1],
      [{ maxIssues: NaN }, 100],
      [{ maxIssues: "5" }, 100],
      [null, 100],
      ["x", 100],
    ];
    for (const [options, limit] of cases) {
      expect(issueLimit(options as ValidateOptions), JSON.stringify(options)).toBe(limit);
      expect(new IssueCollector(options as ValidateOptions).maxIssues).toBe(limit);
    }
  });

  it("lists the first maxIssues issues and one truncated entry when there are more", () => {
    const result = runCheck(reporter(10), [], { maxIssues: 3 });
    const issues = issuesOf(result);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["[0]", "type"],
      ["[1]", "type"],
      ["[2]", "type"],
      ["", "truncated"],
    ]);
    expect(issues[3]).toEqual({
      path: "",
      code: "truncated",
      message: "more issues not shown: validation stopped after the first 3",
      severity: "error",
    });
    // The warnings of the walk that was done, capped alike.
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([
      ["[0]", "rule"],
      ["[1]", "rule"],
      ["[2]", "rule"],
      ["", "truncated"],
    ]);
  });

  it("adds no truncated entry when the issues fill the cap exactly", () => {
    const collector = new IssueCollector({ maxIssues: 3 });
    for (let i = 0; i < 3; i++) collector.required(`m${i}`, `m${i}`, "S");
    expect(collector.full).toBe(false);
    expect(issuesOf(collector.result(1)).map((i) => i.code)).toEqual([
      "required",
      "required",
      "required",
    ]);
  });

  it("becomes full with the first issue past the cap and builds no message after that", () => {
    const collector = new IssueCollector({ maxIssues: 2 });
    let reads = 0;
    // enumMessage reads the value list to suggest and list values: count the reads.
    const values = new Proxy(["red", "green"], {
      get(target, key, receiver) {
        reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    collector.enumValue("a", "rde", "Colour", values);
    collector.enumValue("b", "rde", "Colour", values);
    expect(collector.full).toBe(false);
    const readsForTwo = reads;
    expect(readsForTwo).toBeGreaterThan(0);
    for (let i = 0; i < 1000; i++) collector.enumValue("c", "rde", "Colour", values);
    expect(collector.full).toBe(true);
    expect(reads).toBe(readsForTwo);
    expect(collector.issues).toHaveLength(2);
  });

  it("ends the list once, whether the run ends normally or with an exception", () => {
    const collector = new IssueCollector({ maxIssues: 1 });
    collector.rule("a", "x");
    collector.rule("b", "y");
    const failed = collector.failure(new Error("boom"));
    expect(issuesOf(failed).map((i) => i.code)).toEqual(["rule", "truncated"]);
    expect(issuesOf(collector.result(1)).map((i) => i.code)).toEqual(["rule", "truncated"]);
  });

  it("cuts any run of reports to its first N, plus truncated when there were more (property)", () => {
    const report = fc.record({
      kind: fc.constantFrom("type", "required", "unknown", "range", "rule", "warn"),
      path: fc.string({ maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(report, { maxLength: 40 }),
        fc.integer({ min: 1, max: 45 }),
        (reports, max) => {
          const run = (options: ValidateOptions) =>
            runCheck(
              (_v, _p, c) => {
                for (const r of reports) {
                  if (r.kind === "type") c.type(r.path, "a string", 1);
                  else if (r.kind === "required") c.required(r.path, "M", "S");
                  else if (r.kind === "unknown") c.unknown(r.path, "k", "S", ["K"]);
                  else if (r.kind === "range") c.range(r.path, 9, 0, 5);
                  else if (r.kind === "rule") c.rule(r.path, "broken");
                  else c.warn(r.path, "old");
                }
              },
              null,
              options,
            );
          const all = run({ maxIssues: Infinity });
          const capped = run({ maxIssues: max });
          const allIssues = issuesOf(all);
          const cappedIssues = issuesOf(capped);
          expect(cappedIssues.slice(0, max)).toEqual(allIssues.slice(0, max));
          expect(cappedIssues.length).toBe(allIssues.length > max ? max + 1 : allIssues.length);
          if (allIssues.length > max) expect(cappedIssues[max]!.code).toBe("truncated");
          expect(capped.warnings.slice(0, max)).toEqual(all.warnings.slice(0, max));
          expect(all.warnings.every((w) => w.code !== "truncated")).toBe(true);
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it("reaches Standard Schema through libraryOptions", async () => {
    const validator = defineValidator<unknown>(reporter(50));
    const standard = validator["~standard"];
    const limited = await standard.validate([], { libraryOptions: { maxIssues: 2 } });
    expect("issues" in limited && limited.issues?.map((i) => i.path)).toEqual([[0], [1], []]);
    const unlimited = await standard.validate([]);
    expect("issues" in unlimited && unlimited.issues).toHaveLength(50);
  });

  it("ValidationError says when the list was cut", () => {
    const issues = issuesOf(runCheck(reporter(10), [], { maxIssues: 7 }));
    const error = new ValidationError("Thing", issues);
    expect(error.message).toBe(
      [
        "Invalid Thing (more than 7 issues):",
        "  [0]: expected a string, found the number 0",
        "  [1]: expected a string, found the number 1",
        "  [2]: expected a string, found the number 2",
        "  [3]: expected a string, found the number 3",
        "  [4]: expected a string, found the number 4",
        "  … and 2 more; then validation stopped (maxIssues: 7)",
      ].join("\n"),
    );
    expect(error.issues).toBe(issues);
    const one = new ValidationError("Thing", issuesOf(runCheck(reporter(2), [], { maxIssues: 1 })));
    expect(one.message).toBe(
      "Invalid Thing (more than 1 issues):\n  [0]: expected a string, found the number 0\n  … validation stopped (maxIssues: 1)",
    );
  });
});

describe("duplicates and canonical texts follow own properties", () => {
  it("stops after `limit` duplicates", () => {
    const zeros = new Array<number>(1_000_000).fill(0);
    expect(duplicateItems(zeros, 3)).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it("writes a sparse array of length 2**32 - 1 by what it holds", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[7] = "x";
    expect(canonicalText(sparse)).toBe(`[${2 ** 32 - 1}|7:"x"]`);
    // Equal JSON values, equal texts; different ones, different texts.
    expect(canonicalText([1, [2, { b: 1, a: 2 }]])).toBe(canonicalText([1, [2, { a: 2, b: 1 }]]));
    expect(canonicalText([1, 2])).not.toBe(canonicalText([2, 1]));
    expect(canonicalText([[1], 2])).not.toBe(canonicalText([[1, 2]]));
  });

  it("reads a hole as a missing item, not through a polluted Array.prototype", () => {
    const proto = Array.prototype as unknown as Record<string, unknown>;
    try {
      proto["1"] = "a";
      // eslint-disable-next-line no-sparse-arrays
      expect(duplicateItems(["a", , "b"])).toEqual([]);
      // eslint-disable-next-line no-sparse-arrays
      expect(canonicalText(["a", , "b"])).toBe(
        canonicalText(Object.assign(new Array<unknown>(3), { 0: "a", 2: "b" })),
      );
    } finally {
      delete proto["1"];
    }
  });
});

/** The suggestion rule as first written: the full distance matrix, every candidate compared. */
function referenceSuggestion(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 128) return undefined;
  const folded = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === folded) return candidate;
    const limit = Math.max(1, Math.floor(Math.max(folded.length, other.length) / 3));
    const distance = referenceDistance(folded, other);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe("suggestions stay exact while bounded", () => {
  const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "d"), maxLength: 12 });

  it("editDistance equals the full-matrix distance", () => {
    fc.assert(
      fc.property(word, word, (a, b) => editDistance(a, b) === referenceDistance(a, b)),
      { numRuns: 500, seed: 3 },
    );
  });

  it("suggestName picks what comparing every candidate in full would pick", () => {
    fc.assert(
      fc.property(
        word,
        fc.array(word, { maxLength: 12 }),
        (input, candidates) =>
          suggestName(input, candidates) === referenceSuggestion(input, candidates),
      ),
      { numRuns: 500, seed: 5 },
    );
  });

  it("suggestName over one list, changed in place between calls, answers for its current items", () => {
    // The lower-cased copy of a list is kept between calls; a changed list must not use it.
    fc.assert(
      fc.property(
        word,
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), word), { maxLength: 4 }),
        (input, candidates, changes) => {
          const list = [...candidates];
          if (suggestName(input, list) !== referenceSuggestion(input, list)) return false;
          for (const [at, item] of changes) list[at % list.length] = item;
          if (suggestName(input, list) !== referenceSuggestion(input, list)) return false;
          list.push(input.toUpperCase());
          return suggestName(input, list) === referenceSuggestion(input, list);
        },
      ),
      { numRuns: 300, seed: 8 },
    );
  });
  it("suggestName remembers answers per list, and past its memory still answers exactly", () => {
    // Answers are remembered by list (a few dozen inputs, then the memory starts over): every
    // answer, asked once, twice, and after many other inputs, is the reference's.
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 200 }),
        (candidates, inputs) => {
          const list = [...candidates];
          for (const input of [...inputs, ...inputs, ...inputs.slice().reverse()])
            if (suggestName(input, list) !== referenceSuggestion(input, list)) return false;
          return true;
        },
      ),
      { numRuns: 100, seed: 13 },
    );
  });
});
