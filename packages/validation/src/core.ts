// `@shapekit/validation/core`: the runtime that generated validators run on, without the pattern
// translator. Generated code receives each `@pattern`'s plan from the generator
// (`regexpPattern`, `re2Pattern`) and imports from here, so importing a validator never loads
// (nor compiles) the parser and analyses behind `compilePattern` and `translatePattern`: on
// Node.js that halves the runtime's import (about 25 KB of code instead of 80). The package's
// root re-exports all of it; shared modules are one instance under both (the build puts them in
// chunks both entry points import).

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
export { nestingDepth, type NestingDepth } from "./nesting-depth.js";
export { describeValue, quote } from "./describe-value.js";
export { duplicateItems, canonicalText } from "./unique-items.js";
export { ValidationError } from "./validation-error.js";
export { runCheck, defineValidator, type CheckFunction } from "./run-check.js";
export { unknownShapeResult } from "./unknown-shape.js";
export { validateByName, type ValidateByName } from "./validate-by-name.js";
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
export { moduleLoader, lazyFunction, lazyValidator, type ModuleLoader } from "./lazy-exports.js";
export {
  regexpPattern,
  re2Pattern,
  re2Mode,
  type PatternMatcher,
  type Re2Mode,
} from "./pattern/plan-matcher.js";
