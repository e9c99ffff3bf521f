// `@pattern` checks in time linear in the input, whatever the pattern. `translatePattern` turns a
// pattern into the plan that runs it (plan-matcher.ts), proving each part linear: the generator
// calls it and writes the plan into the validators (`regexpPattern`, `re2Pattern`), and the
// model loader reports a pattern it throws on. `compilePattern` does the same at run time, on
// the first `test`, for callers with only the pattern (and for the generated validators of the
// few plans that are a combination of searches).
// Semantics: Smithy's — the pattern is searched (a match anywhere), not anchored.

import { lowerPattern } from "./lower-pattern.js";
import { compilePlan, lazyMatcher, re2, type PatternMatcher } from "./plan-matcher.js";
import { PatternError } from "./pattern-error.js";
import { planPattern, type MatcherPlan } from "./pattern-plan.js";
import { compilesAsEcmaScript, parsePattern, type PatternDialect } from "./parse-pattern.js";
import { printPattern } from "./print-pattern.js";

export type { PatternMatcher } from "./plan-matcher.js";

export interface PatternTranslation {
  readonly pattern: string;
  /** `ecmascript` when the pattern compiles as one (with the `u` flag); `java` when it needed Java's syntax. */
  readonly dialect: PatternDialect;
  /** An ECMAScript source (for the `u` flag) with the same matches: the pattern itself when it is ECMAScript. */
  readonly ecmascript: string;
  /** How `compilePattern` runs it. */
  readonly plan: MatcherPlan;
}

const compiledMatchers = new Map<string, (value: string) => boolean>();
/** Recent translations (or their errors): a model states the same pattern on many shapes. */
const translations = new Map<string, PatternTranslation | PatternError>();
const MAX_CACHED_TRANSLATIONS = 1024;

/**
 * Translates a `@pattern` (ECMAScript, or java.util.regex as AWS models write them) into the
 * plan `compilePattern` runs, checking that every part of it compiles.
 *
 * @throws PatternError when the pattern is invalid (`reason: "syntax"`) or has no linear-time
 * equivalent (`reason: "unsupported"`: backreferences, lookaheads mixed with lookbehinds, …).
 */
export function translatePattern(pattern: string): PatternTranslation {
  let result = translations.get(pattern);
  if (result === undefined) {
    try {
      result = translate(pattern);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      result = e;
    }
    if (translations.size >= MAX_CACHED_TRANSLATIONS) translations.clear();
    translations.set(pattern, result);
  }
  if (result instanceof PatternError) throw result;
  return result;
}

/**
 * Why `translatePattern` refuses `pattern` (`reason: "syntax"` or `"unsupported"`), or
 * `undefined` when it has a linear-time matcher: for callers that report rather than throw.
 */
export function patternProblem(pattern: string): PatternError | undefined {
  try {
    translatePattern(pattern);
    return undefined;
  } catch (e) {
    if (e instanceof PatternError) return e;
    throw e;
  }
}

/**
 * The pattern as ECMAScript source for the `u` flag, with the same matches (the pattern itself
 * when it is ECMAScript already): for JSON Schema and other ECMAScript consumers. Unlike
 * `translatePattern` it accepts what only a backtracking engine can run (backreferences).
 *
 * @throws PatternError when the pattern is invalid, or Java-only syntax has no ECMAScript form
 */
export function patternToEcmaScript(pattern: string): string {
  if (compilesAsEcmaScript(pattern)) return pattern;
  return printPattern(lowerPattern(parsePattern(pattern).node, pattern), "ecmascript");
}

function translate(pattern: string): PatternTranslation {
  const { node, dialect } = parsePattern(pattern);
  const lowered = lowerPattern(node, pattern);
  const ecmascript = dialect === "ecmascript" ? pattern : printPattern(lowered, "ecmascript");
  const plan = planPattern(lowered, pattern, dialect === "ecmascript" ? pattern : undefined);
  forEachRe2(plan, (leaf) => {
    try {
      re2(leaf);
    } catch (e) {
      throw new PatternError(
        `the linear-time engine rejects it (${(e as Error).message})`,
        "unsupported",
        pattern,
        0,
      );
    }
  });
  return { pattern, dialect, ecmascript, plan };
}

/**
 * A matcher for a `@pattern`, translated and compiled on its first `test` (then shared by every
 * matcher of the same pattern). Patterns proven to run in linear time on the JavaScript engine's
 * RegExp use it; all others run on re2js.
 *
 * `test` throws PatternError for a pattern `translatePattern` rejects; generated validators only
 * compile patterns it accepted.
 */
export function compilePattern(pattern: string): PatternMatcher {
  return lazyMatcher(() => {
    let run = compiledMatchers.get(pattern);
    if (run === undefined) {
      run = compilePlan(translatePattern(pattern).plan);
      compiledMatchers.set(pattern, run);
    }
    return run;
  });
}

function forEachRe2(plan: MatcherPlan, visit: (leaf: MatcherPlan & { kind: "re2" }) => void): void {
  if (plan.kind === "re2") visit(plan);
  else if (plan.kind === "not") forEachRe2(plan.part, visit);
  else if (plan.kind === "all" || plan.kind === "any")
    for (const p of plan.parts) forEachRe2(p, visit);
}
