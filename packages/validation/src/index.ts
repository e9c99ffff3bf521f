// @shapekit/validation: what every generated validator package shares. Generated code imports
// `IssueCollector` and `codePointLength`; users mostly see `ValidationIssue`, `ValidationResult`
// and the Standard Schema interface.

export type {
  IssueCode,
  IssueSeverity,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from "./issue.js";
export { DEFAULT_MAX_ISSUES } from "./issue.js";
export { IssueCollector, MAX_RECURSION_DEPTH, issueLimit } from "./issue-collector.js";
export { memberPath, indexPath, pathSegments } from "./path.js";
export { codePointLength } from "./code-points.js";
export { isTimestamp } from "./timestamp.js";
export { suggestName, editDistance } from "./suggest.js";
export { describeValue, quote } from "./describe-value.js";
export { duplicateItems, canonicalText } from "./unique-items.js";
export { ValidationError } from "./validation-error.js";
export { runCheck, defineValidator, type CheckFunction } from "./run-check.js";
export { unknownShapeResult } from "./unknown-shape.js";
export {
  defineGuard,
  defineCheckGuard,
  defineAssertion,
  type GuardFunction,
  type GuardingCheck,
  type ShapeGuard,
  type ShapeAssertion,
} from "./guard-and-assert.js";
export {
  withStandardSchema,
  STANDARD_SCHEMA_VENDOR,
  type ShapeValidator,
} from "./standard-schema.js";
export {
  withJsonSchema,
  jsonSchemaConverter,
  JsonSchemaTargetError,
  type InputValidator,
} from "./standard-json-schema.js";
export type { LengthUnit } from "./messages/length.js";
export {
  compilePattern,
  patternProblem,
  translatePattern,
  patternToEcmaScript,
  type PatternMatcher,
  type PatternTranslation,
} from "./pattern/compile-pattern.js";
export { regexpPattern, re2Pattern, re2Mode, type Re2Mode } from "./pattern/plan-matcher.js";
export { PatternError, type PatternErrorReason } from "./pattern/pattern-error.js";
export type { MatcherPlan } from "./pattern/pattern-plan.js";
export type { PatternDialect } from "./pattern/parse-pattern.js";
export { moduleLoader, lazyFunction, lazyValidator, type ModuleLoader } from "./lazy-exports.js";
