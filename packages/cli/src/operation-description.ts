// The data that drives every function of this package: one operation as the AWS CLI sees it.
// A generated package embeds it as a constant; `shapekit cli --model` builds it from a model in
// memory. It is plain JSON (no functions, no classes), so it can be emitted, cached or sent.
//
// The shapes and options are the shorthand package's CLI shape descriptor (`CliShapeTable`,
// `CliOption` from `@shapekit/shorthand`), shared with it so that parsing, syntax help, skeletons
// and help pages all read one description. What the descriptor leaves out because parsing does
// not need it — documentation, the operation's names, its input and output — is added here.

import {
  shapeOf as descriptorShape,
  type CliOption,
  type CliShape,
  type CliShapeTable,
} from "@shapekit/shorthand";

/** Documentation (Markdown) of an operation, its shapes and its members. */
export interface CliDocumentation {
  /** The operation's own documentation. */
  readonly operation?: string;
  /** By shape key in the table. */
  readonly shapes?: Readonly<Record<string, string>>;
  /**
   * By `<shape key>$<member name>`: structure members, and `$member` / `$value` of lists and
   * maps. A member's own documentation; the target's applies when there is none.
   */
  readonly members?: Readonly<Record<string, string>>;
}

/** Inclusive bounds of a `@length` (characters, bytes, items or entries) or `@range` (value) trait. */
export interface CliBounds {
  readonly min?: number;
  readonly max?: number;
}

/** The model's constraints on a value: its `@length`, `@range` and `@pattern` traits. */
export interface CliConstraints {
  readonly length?: CliBounds;
  readonly range?: CliBounds;
  /** A regular expression (ECMA 262) a string value must match somewhere, as the model writes it. */
  readonly pattern?: string;
}

/**
 * The constraints of shapes and members, keyed as `CliDocumentation` is. A member's entry holds
 * its own traits only; each of them replaces its target's trait of the same kind, as in Smithy.
 */
export interface CliConstraintTable {
  readonly shapes?: Readonly<Record<string, CliConstraints>>;
  readonly members?: Readonly<Record<string, CliConstraints>>;
}

/**
 * How a paginated operation pages, as the AWS CLI drives it: `--starting-token`, `--page-size`
 * (when there is a limit key) and `--max-items` replace the members below, whose own options
 * stay accepted but hidden; setting one of them turns pagination off.
 */
export interface CliPagination {
  /** Input members the paginator sets from the previous page (botocore's `input_token`). */
  readonly inputTokens: readonly string[];
  /** The input member `--page-size` sets (botocore's `limit_key`); none: no `--page-size`. */
  readonly limitKey?: string;
  /** The type of `--page-size` and `--max-items`: the limit key's, `integer` without one. */
  readonly type: "integer" | "long" | "string";
  /** The output's result expressions (botocore's `result_key`), named on the help page. */
  readonly resultKeys: readonly string[];
  /**
   * The output paths of the next page's tokens, one per input token (botocore's
   * `output_token`): with them `runCommand` pages through the results of `--send` as the AWS
   * CLI does. A description without them (an older generator's) sends one request.
   */
  readonly outputTokens?: readonly string[];
  /** The output path that says whether there are more pages (botocore's `more_results`). */
  readonly moreResults?: string;
  /** Output paths kept from the first page beside the merged results (`non_aggregate_keys`). */
  readonly nonAggregateKeys?: readonly string[];
}

/** Everything the CLI surface of one operation needs. */
export interface CliOperationDescription {
  /** The CLI name of the operation: `create-endpoint-config`. */
  readonly name: string;
  /** The model's operation name: `CreateEndpointConfig`. */
  readonly operationName: string;
  /** Key of the input structure in `shapes`, when the operation has one. */
  readonly input?: string;
  /** Key of the output structure in `shapes`, when the operation has one. */
  readonly output?: string;
  /** The options, in the AWS CLI's order (input members in model order; `--no-x` after `--x`). */
  readonly options: readonly CliOption[];
  /**
   * The output member the AWS CLI writes to a file instead of printing (a blob that is the HTTP
   * payload: `polly synthesize-speech`'s `AudioStream`). Such an operation takes the file's path
   * as a positional `outfile` word, and has no `--cli-input-json|yaml` or
   * `--generate-cli-skeleton`.
   */
  readonly streamingOutput?: string;
  /** Every shape the input and output reach. */
  readonly shapes: CliShapeTable;
  readonly documentation?: CliDocumentation;
  /** The model's constraints; help pages show them (the terminal's text does not, as the AWS CLI's). */
  readonly constraints?: CliConstraintTable;
  /** Present when the operation is paginated. */
  readonly pagination?: CliPagination;
}

/** The shape behind a key; an exception only for a description inconsistent with itself. */
export function shapeOf(operation: CliOperationDescription, key: string): CliShape {
  return descriptorShape(operation.shapes, key);
}

function lookup<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Documentation of a shape. */
export function shapeDocumentation(operation: CliOperationDescription, key: string): string {
  return lookup(operation.documentation?.shapes, key) ?? "";
}

/** Documentation of a member of `container` targeting `target`: its own, else its target's. */
export function memberDocumentation(
  operation: CliOperationDescription,
  container: string,
  member: string,
  target: string,
): string {
  return (
    lookup(operation.documentation?.members, `${container}$${member}`) ??
    shapeDocumentation(operation, target)
  );
}

/** Constraints of a shape; none (`undefined`) when it has none. */
export function shapeConstraints(
  operation: CliOperationDescription,
  key: string,
): CliConstraints | undefined {
  return lookup(operation.constraints?.shapes, key);
}

/** Constraints of a member of `container` targeting `target`: its own traits over its target's. */
export function memberConstraints(
  operation: CliOperationDescription,
  container: string,
  member: string,
  target: string,
): CliConstraints | undefined {
  const own = lookup(operation.constraints?.members, `${container}$${member}`);
  const inherited = shapeConstraints(operation, target);
  if (own === undefined || inherited === undefined) return own ?? inherited;
  return { ...inherited, ...own };
}
