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
 */
export type IssueCode = "type" | "required" | "unknown" | "length" | "range" | "pattern" | "enum" | "rule";

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

/** Options every generated validator accepts. */
export interface ValidateOptions {
  /**
   * Whether to check the model's own rules (code `rule`: the `shapekit#` traits) and warn about
   * deprecated members. `true` by default; `false` leaves plain Smithy semantics, for comparing
   * with other Smithy implementations.
   */
  readonly rules?: boolean;
}
