// Running a MatcherPlan (pattern-plan.ts): the engines behind every `@pattern` check. Generated
// validators give the plan the generator computed (`regexpPattern`, `re2Pattern`), so a
// validator never parses or analyses a pattern when it runs: that work is done once, when the
// package is generated. `compilePattern` (compile-pattern.ts) plans at run time, for callers
// with only the pattern.

import type { RE2JS } from "re2js";
import { re2Engine } from "#re2-engine";
import type { MatcherPlan } from "./pattern-plan.js";

/** A compiled `@pattern`. */
export interface PatternMatcher {
  /** True when the pattern matches somewhere in `value`. Linear in `value.length`. */
  test(value: string): boolean;
}

/** How `re2Pattern` runs its source: as it is, with lookbehinds, or reversed (see MatcherPlan). */
export type Re2Mode = "lookbehinds" | "reversed";

const compiledRe2 = new Map<string, RE2JS>();

/**
 * A matcher that runs `source` on the JavaScript engine's RegExp (with the `u` flag), compiled
 * on its first `test`. For a source the generator proved free of super-linear backtracking
 * (`translatePattern(pattern).plan` of kind `regexp`): given any other, a `test` can take time
 * exponential in the input. Generated validators call it; hand-written code should call
 * `compilePattern`, which does the proof.
 */
export function regexpPattern(source: string): PatternMatcher {
  return lazyMatcher(() => compilePlan({ kind: "regexp", source }));
}

/**
 * A matcher that runs `source` on re2js (linear time, loaded on the first `test` that needs
 * it): a plan of kind `re2` from `translatePattern`, written by the generator. `mode`
 * `lookbehinds` allows lookbehinds; `reversed` runs the (reversed) source on the input reversed.
 */
export function re2Pattern(source: string, mode?: Re2Mode): PatternMatcher {
  return lazyMatcher(() =>
    compilePlan({
      kind: "re2",
      source,
      lookbehinds: mode !== undefined,
      reversed: mode === "reversed",
    }),
  );
}

/** The `re2Pattern` mode of a plan of kind `re2` (for the generator that writes the call). */
export function re2Mode(plan: MatcherPlan & { kind: "re2" }): Re2Mode | undefined {
  return plan.reversed ? "reversed" : plan.lookbehinds ? "lookbehinds" : undefined;
}

/** A matcher whose test function `compile` makes on its first `test`, which it then replaces. */
export function lazyMatcher(compile: () => (value: string) => boolean): PatternMatcher {
  const matcher = {
    test(value: string): boolean {
      const run = compile();
      matcher.test = run;
      return run(value);
    },
  };
  return matcher;
}

/** The test function of a plan. */
export function compilePlan(plan: MatcherPlan): (value: string) => boolean {
  switch (plan.kind) {
    case "constant": {
      const value = plan.value;
      return () => value;
    }
    case "regexp": {
      const re = new RegExp(plan.source, "u");
      return (s) => re.test(s);
    }
    case "re2": {
      const re = re2(plan);
      return plan.reversed ? (s) => re.test(reverseCodePoints(s)) : (s) => re.test(s);
    }
    case "not": {
      const part = compilePlan(plan.part);
      return (s) => !part(s);
    }
    case "all":
    case "any": {
      const parts = plan.parts.map(compilePlan);
      const all = plan.kind === "all";
      return (s) => {
        for (const part of parts) if (part(s) !== all) return !all;
        return all;
      };
    }
  }
}

/** re2js's compiled form of a plan's source, shared by every plan with the same source. */
export function re2(plan: MatcherPlan & { kind: "re2" }): RE2JS {
  const key = `${plan.lookbehinds ? "L" : "-"}${plan.source}`;
  let re = compiledRe2.get(key);
  if (re === undefined) {
    const engine = re2Engine();
    re = engine.compile(plan.source, plan.lookbehinds ? engine.LOOKBEHINDS : 0);
    compiledRe2.set(key, re);
  }
  return re;
}

/** `s` with its code points in reverse order (a surrogate pair stays a pair). */
function reverseCodePoints(s: string): string {
  return Array.from(s).reverse().join("");
}
