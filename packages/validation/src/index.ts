// @shapekit/validation: what every generated validator package shares. Generated code imports
// `IssueCollector` and `codePointLength`; users mostly see `ValidationIssue`, `ValidationResult`
// and the Standard Schema interface. All of it is `./core` (what generated code imports), and
// the pattern translator (`compilePattern`, `translatePattern`) for tools and hand-written code.

export * from "./core.js";
export {
  compilePattern,
  patternProblem,
  translatePattern,
  patternToEcmaScript,
  type PatternTranslation,
} from "./pattern/compile-pattern.js";
export { PatternError, type PatternErrorReason } from "./pattern/pattern-error.js";
export type { MatcherPlan } from "./pattern/pattern-plan.js";
export type { PatternDialect } from "./pattern/parse-pattern.js";
