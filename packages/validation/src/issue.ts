// The vocabulary every ShapeKit validator speaks: one issue per problem found, and the result
// that carries them. Generated validators for any model return exactly these types, so tools
// that display or filter issues are written once.

/**
 * What kind of constraint an issue breaks.
 *
 * - `type`: the value has the wrong JSON type (`null` included), or a number is not an
 *   integer of the shape's width.
 * - `required`: a `@required` member is missing.
 * - `unknown`: a structure or union has a member its shape does not define.
 * - `length`: `@length` (code points for strings, items for lists, entries for maps).
 * - `range`: `@range`.
 * - `pattern`: `@pattern` (an ECMAScript regular expression with the `u` flag, not anchored).
 * - `enum`: a value outside an enum, intEnum or `@enum` list.
 * - `rule`: a rule of the model beyond Smithy's own traits (the `shapekit#` traits) or a
 *   deprecation warning.
 * - `truncated`: not a problem of its own but the last entry of a list cut at
 *   `ValidateOptions.maxIssues`: more issues (or warnings) exist and are not listed.
 */
export type IssueCode =
  "type" | "required" | "unknown" | "length" | "range" | "pattern" | "enum" | "rule" | "truncated";

/** `error` makes a value invalid; `warning` (deprecations) never does. */
export type IssueSeverity = "error" | "warning";

/** One problem with a value, located by its path. */
export interface ValidationIssue {
  /**
   * Where the problem is: member names joined with `.`, list indexes in brackets, e.g.
   * `ProductionVariants[0].ServerlessConfig.MaxConcurrency`; the empty string for the value
   * itself. Keys that are not identifiers are written as JSON strings in brackets:
   * `Labels["a.b"]`.
   */
  readonly path: string;
  readonly code: IssueCode;
  /** A sentence for a person: names the value found and the constraint it breaks. */
  readonly message: string;
  readonly severity: IssueSeverity;
}

/**
 * The outcome of validating a value. `warnings` are listed on both branches and never make
 * `ok` false; `issues` holds the errors only.
 */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | {
      readonly ok: false;
      readonly issues: readonly ValidationIssue[];
      readonly warnings: readonly ValidationIssue[];
    };

/**
 * How many errors a result lists unless `ValidateOptions.maxIssues` says otherwise. Enough to
 * fix a request by hand; small enough that a hostile value (a 10 MB array of bad items, a
 * million unknown keys) costs kilobytes of messages, not gigabytes.
 */
export const DEFAULT_MAX_ISSUES = 100;

/** Options every generated validator accepts. */
export interface ValidateOptions {
  /**
   * Whether to check the model's own rules (code `rule`: the `shapekit#` traits) and warn about
   * deprecated members. `true` by default; `false` leaves plain Smithy semantics, for comparing
   * with other Smithy implementations.
   */
  readonly rules?: boolean;
  /**
   * The most errors a result lists; `100` (`DEFAULT_MAX_ISSUES`) by default. When one more is
   * found, validation stops there and `issues` ends with one extra entry of code `truncated`
   * (path `""`, message "more issues not shown: …"), so a result holds at most
   * `maxIssues + 1` entries and the work done is bounded by what is reported rather than by
   * the size of the value. How many issues were not listed is not counted: counting would mean
   * walking the whole value. `warnings` are capped the same way, with their own `truncated`
   * entry. The issues listed are always the first `maxIssues` that an unlimited run lists, in
   * the same order.
   *
   * `Infinity` lists every issue (only for trusted values). A number below 1 counts as 1, a
   * fraction is rounded down, anything that is not a number means the default.
   */
  readonly maxIssues?: number;
}
