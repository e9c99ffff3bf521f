// The pattern engines: the native fast path and re2js agree with each other and with V8 on the
// pattern as written; the static analysis that allows the fast path is checked by counting the
// steps of a reference backtracking matcher (linear growth, never time); the ReDoS patterns of
// real AWS models run on re2js (linear by construction) or are proven linear.

import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import {
  compilePattern,
  PatternError,
  re2Mode,
  re2Pattern,
  regexpPattern,
  translatePattern,
  type MatcherPlan,
  type PatternMatcher,
} from "@shapekit/validation";
import { backtracksLinearly } from "../src/pattern/linear-backtracking.js";
import { lowerPattern } from "../src/pattern/lower-pattern.js";
import { parsePattern } from "../src/pattern/parse-pattern.js";
import { printPattern } from "../src/pattern/print-pattern.js";
import {
  backtrackingSteps,
  plainPattern,
  smallInput,
  smallPattern,
  StepLimit,
} from "./pattern-helpers.js";

const lowered = (pattern: string) => lowerPattern(parsePattern(pattern).node, pattern);

function leaves(plan: MatcherPlan): MatcherPlan[] {
  if (plan.kind === "all" || plan.kind === "any") return plan.parts.flatMap(leaves);
  if (plan.kind === "not") return leaves(plan.part);
  return [plan];
}

/** Steps of a backtracking search for `x·v^k·z`, at two sizes: linear growth keeps the ratio near 4. */
function growth(
  pattern: string,
  x: string,
  v: string,
  z: string,
): { small: number; large: number } {
  const node = lowered(pattern);
  return {
    small: backtrackingSteps(node, x + v.repeat(8) + z).steps,
    large: backtrackingSteps(node, x + v.repeat(32) + z).steps,
  };
}

describe("engines agree", () => {
  it("compilePattern matches what V8 finds for the same ECMAScript pattern", () => {
    fc.assert(
      fc.property(
        smallPattern,
        fc.array(smallInput, { minLength: 1, maxLength: 6 }),
        (pattern, inputs) => {
          const native = new RegExp(pattern, "u");
          const ours = compilePattern(pattern);
          for (const s of inputs)
            expect(ours.test(s), `${pattern} on ${JSON.stringify(s)}`).toBe(native.test(s));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("V8 and re2js give the same answer for every pattern the analysis admits to the fast path", () => {
    let admitted = 0;
    fc.assert(
      fc.property(
        plainPattern,
        fc.array(smallInput, { minLength: 1, maxLength: 6 }),
        (pattern, inputs) => {
          const node = lowered(pattern);
          if (!backtracksLinearly(node)) return;
          admitted++;
          const native = new RegExp(printPattern(node, "ecmascript"), "u");
          const re2 = RE2JS.compile(printPattern(node, "re2"));
          for (const s of inputs)
            expect(native.test(s), `${pattern} on ${JSON.stringify(s)}`).toBe(re2.test(s));
        },
      ),
      { numRuns: 300 },
    );
    expect(admitted).toBeGreaterThan(30);
  });

  it("every regexp leaf of a plan is a search the analysis admits", () => {
    fc.assert(
      fc.property(smallPattern, (pattern) => {
        for (const leaf of leaves(translatePattern(pattern).plan))
          if (leaf.kind === "regexp")
            expect(backtracksLinearly(lowered(leaf.source)), leaf.source).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the fast-path analysis", () => {
  it("admits only patterns whose backtracking steps grow linearly with the input", () => {
    const pump = fc.string({
      unit: fc.constantFrom("a", "b", "-", "1"),
      minLength: 1,
      maxLength: 3,
    });
    let admitted = 0;
    fc.assert(
      fc.property(plainPattern, smallInput, pump, smallInput, (pattern, x, v, z) => {
        const node = lowered(pattern);
        if (!backtracksLinearly(node)) return;
        admitted++;
        const { small, large } = growth(pattern, x, v, z);
        // Four times the pumped part: linear work is at most about four times the steps.
        expect(
          large,
          `${pattern} on ${JSON.stringify(x)} + ${JSON.stringify(v)}^k + ${JSON.stringify(z)}`,
        ).toBeLessThanOrEqual(4 * small + 200);
      }),
      { numRuns: 500 },
    );
    expect(admitted).toBeGreaterThan(50);
  });

  it("rejects the classic super-linear shapes, which the step count shows growing faster", () => {
    const cases: [string, string, string, string][] = [
      ["^(a|a)*$", "", "a", "!"],
      ["^(a*)*b$", "", "a", "!"],
      ["a+b", "", "a", "!"],
      ["^[a-z]*[a-z]*!$", "", "a", "?"],
      ["^(https|s3)://([^/]+)/?(.*)$", "s3://", "a", "\n/\n"],
    ];
    for (const [pattern, x, v, z] of cases) {
      expect(backtracksLinearly(lowered(pattern)), pattern).toBe(false);
      let ratio: number;
      try {
        const { small, large } = growth(pattern, x, v, z);
        ratio = large / small;
      } catch (e) {
        if (!(e instanceof StepLimit)) throw e;
        ratio = Infinity;
      }
      expect(ratio, pattern).toBeGreaterThan(5);
    }
  });

  it("admits the usual AWS name, ARN and tag patterns", () => {
    for (const pattern of [
      "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$",
      "^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?$",
      "^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$",
      "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
      "^(https|s3)://([^/])/?(.*)$",
    ]) {
      expect(backtracksLinearly(lowered(pattern)), pattern).toBe(true);
    }
  });
});

describe("ReDoS patterns of the SageMaker model", () => {
  // The attack input of each pattern at its original size (31 characters where the issue timed
  // it) and at 10× and 100× that. Each runs on re2js: linear time by construction.
  const attacks: { pattern: string; input: (k: number) => string; matches: boolean }[] = [
    {
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?$",
      input: (k) => "a".repeat(30 * k) + "-",
      matches: false,
    },
    {
      pattern: "(?:[ \\r\\n\\t].*)*$",
      input: (k) => " \n".repeat(15 * k) + "\u2028",
      matches: true,
    },
    { pattern: "^[0-9]*.[0-9]*.[0-9]*$", input: (k) => "1".repeat(30 * k) + "\n", matches: false },
    {
      pattern: "^(https|s3)://([^/]+)/?(.*)$",
      input: (k) => `s3://${"a".repeat(30 * k)}\n/\n`,
      matches: false,
    },
  ];

  for (const { pattern, input, matches } of attacks) {
    it(`${pattern} runs on a linear-time engine and answers correctly at 1×, 10× and 100×`, () => {
      const plan = translatePattern(pattern).plan;
      expect(leaves(plan).map((l) => l.kind)).not.toContain("regexp");
      expect(leaves(plan).some((l) => l.kind === "re2")).toBe(true);
      const matcher = compilePattern(pattern);
      for (const k of [1, 10, 100]) expect(matcher.test(input(k)), `${k}×`).toBe(matches);
    });
  }

  it("a backtracking search of the same inputs grows super-linearly (why they are not on the fast path)", () => {
    for (const { pattern, input } of attacks) {
      const node = lowered(pattern);
      expect(backtracksLinearly(node), pattern).toBe(false);
      const steps = (k: number) => {
        try {
          return backtrackingSteps(node, input(k), 2_000_000).steps;
        } catch (e) {
          if (e instanceof StepLimit) return Infinity;
          throw e;
        }
      };
      // Twice the input, more than three times the steps (or past the budget at once): quadratic or worse.
      const [once, twice] = [steps(1), steps(2)];
      expect(once === Infinity || twice > 3 * once, `${pattern}: ${once} then ${twice} steps`).toBe(
        true,
      );
    }
  });
});

describe("robustness", () => {
  it("translatePattern returns a plan or throws PatternError, for any text", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(..."()[]{}|^$\\.*+?-,:=!<>&pPdwsbBAZzQEx0123456789abcuiL "),
        }),
        (pattern) => {
          try {
            translatePattern(pattern);
          } catch (e) {
            expect(e).toBeInstanceOf(PatternError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("matchers of one pattern give the same answers before and after the first compiles", () => {
    const a = compilePattern("^shared-[a-z]+$");
    const b = compilePattern("^shared-[a-z]+$");
    expect([
      a.test("shared-x"),
      b.test("shared-x"),
      a.test("shared-"),
      b.test("x shared-y"),
    ]).toEqual([true, true, false, false]);
  });

  it("throws PatternError on first use for a pattern without a linear-time matcher", () => {
    const m = compilePattern("^(a)\\1$");
    expect(() => m.test("aa")).toThrow(PatternError);
  });
});

/** The matcher a generated validator builds for a one-search plan (module-constants.ts). */
function generatedMatcher(plan: MatcherPlan): PatternMatcher | undefined {
  if (plan.kind === "regexp") return regexpPattern(plan.source);
  if (plan.kind === "re2") return re2Pattern(plan.source, re2Mode(plan));
  return undefined;
}

describe("plans written into generated validators", () => {
  it("regexpPattern and re2Pattern of a pattern's plan answer as compilePattern of the pattern", () => {
    let written = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          smallPattern,
          // Lookarounds away from the ends: searches re2js runs with lookbehinds, or reversed.
          fc
            .tuple(plainPattern, fc.constantFrom("(?<=a)", "(?<!-)", "(?=b)", "(?!1)"))
            .map(([pattern, look]) => `[a-]${look}${pattern.replace(/^\^/, "")}`),
        ),
        fc.array(smallInput, { minLength: 1, maxLength: 6 }),
        (pattern, inputs) => {
          let plan: MatcherPlan;
          try {
            plan = translatePattern(pattern).plan;
          } catch (e) {
            if (e instanceof PatternError) return;
            throw e;
          }
          const generated = generatedMatcher(plan);
          if (generated === undefined) return;
          written++;
          const reference = compilePattern(pattern);
          for (const s of inputs)
            expect(generated.test(s), `${pattern} on ${JSON.stringify(s)}`).toBe(reference.test(s));
        },
      ),
      { numRuns: 1500 },
    );
    expect(written).toBeGreaterThan(1000);
  });

  it("re2Pattern runs each mode as its plan says: as written, with lookbehinds, reversed", () => {
    const cases: Array<[string, ReturnType<typeof re2Mode>, string[], boolean[]]> = [
      ["^(a|a)*b$", undefined, ["aab", "aac", "b"], [true, false, true]],
      ["[a-z](?<!x)y", "lookbehinds", ["ay", "xy", "x ay"], [true, false, true]],
      ["[a-z](?=1)[0-9]", "reversed", ["a1", "a2", "-b1"], [true, false, true]],
    ];
    for (const [pattern, mode, inputs, expected] of cases) {
      const plan = translatePattern(pattern).plan;
      expect(plan.kind, pattern).toBe("re2");
      expect(re2Mode(plan as MatcherPlan & { kind: "re2" }), pattern).toBe(mode);
      const matcher = generatedMatcher(plan)!;
      expect(
        inputs.map((s) => matcher.test(s)),
        pattern,
      ).toEqual(expected);
    }
  });

  it("a matcher gives the same answers before and after its first test compiles it", () => {
    const fresh = () => [regexpPattern("^[a-z]+-[0-9]$"), re2Pattern("^(a|a)*-[0-9]$")];
    const inputs = ["ab-1", "a-1", "ab-x", "x a-9"];
    const [regexp, re2] = fresh();
    const once = inputs.map((s) => [regexp!.test(s), re2!.test(s)]);
    expect(once).toEqual(inputs.map((s) => fresh().map((m) => m.test(s))));
    expect(once).toEqual([
      [true, false],
      [true, true],
      [false, false],
      [false, false],
    ]);
  });
});

describe("patterns longer than one call's arguments", () => {
  // V8 throws "Maximum call stack size exceeded" when more than about 120,000 items are spread
  // into one call; the parser flattened a group's items that way.
  const width = 140_000;

  it("compile and match: a group of 140,000 characters", () => {
    const matcher = compilePattern(`^(?:${"a".repeat(width)})$`);
    expect(matcher.test("a".repeat(width))).toBe(true);
    expect(matcher.test("a".repeat(width - 1))).toBe(false);
  });

  it("compile and match: 70,000 alternatives in a group", () => {
    const options = Array.from({ length: width / 2 }, (_, i) => `k${i}`);
    const matcher = compilePattern(`^(?:${options.join("|")})$`);
    expect(matcher.test(`k${width / 2 - 1}`)).toBe(true);
    expect(matcher.test(`k${width / 2}`)).toBe(false);
  });
});
