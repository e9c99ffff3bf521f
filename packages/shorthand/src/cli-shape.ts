// The CLI shape descriptor: what the AWS CLI needs to know about a model to turn an argument
// into a value and to print its syntax help, and nothing more. It is plain data (JSON-
// serializable), so a generated package can embed it and a tool holding a model in memory can
// build it on the fly; recursion is expressed by naming shapes in a table.

/** The AWS CLI's (botocore's) scalar type names; help texts print them (`integer`, `long`, …). */
export type CliScalarType =
  "string" | "integer" | "long" | "float" | "double" | "boolean" | "blob" | "timestamp";

/** A structure (or union) with its members in model order. */
export interface CliStructure {
  readonly type: "structure";
  /** The model's name of the shape; help texts detect recursion by it. */
  readonly name: string;
  readonly members: readonly CliMember[];
  /** A union: the CLI treats it as a structure, its help calls it a "tagged union structure". */
  readonly union?: boolean;
}

/** A member of a structure. */
export interface CliMember {
  readonly name: string;
  /** Key of the member's shape in the table. */
  readonly shape: string;
  readonly required?: boolean;
}

export interface CliList {
  readonly type: "list";
  readonly name: string;
  /** Key of the element shape. */
  readonly member: string;
}

export interface CliMap {
  readonly type: "map";
  readonly name: string;
  readonly key: string;
  readonly value: string;
}

export interface CliScalar {
  readonly type: CliScalarType;
  readonly name: string;
  /** Enum values of a string, in model order (JSON syntax help lists them). */
  readonly enum?: readonly string[];
  /** A streaming blob: the option's value is a path to a file. */
  readonly streaming?: boolean;
}

/** An untyped JSON value (Smithy `document`): only JSON input can express one. */
export interface CliDocument {
  readonly type: "document";
  readonly name: string;
}

export type CliShape = CliStructure | CliList | CliMap | CliScalar | CliDocument;

/** Every shape an option may reach, by key. */
export type CliShapeTable = Readonly<Record<string, CliShape>>;

/** One option of a CLI command, e.g. `--production-variants` of `create-endpoint-config`. */
export interface CliOption {
  /** The option as typed: `--production-variants`, `--no-enable-network-isolation`. */
  readonly name: string;
  /** The input member the option sets (`ProductionVariants`). */
  readonly member: string;
  /** Key of the member's shape in the table. */
  readonly shape: string;
  readonly required: boolean;
  /** The `--no-x` spelling of a boolean option: it sets `false`. */
  readonly negated?: boolean;
  /** `false` for the options where the AWS CLI never reads `file://` / `http://` values. */
  readonly paramFile?: boolean;
  /**
   * Accepted but left out of help and synopsis: a second, older spelling the AWS CLI keeps for
   * a member (its hidden aliases), or an option it undocuments.
   */
  readonly hidden?: boolean;
  /**
   * A JSON value header (botocore's `jsonvalue` on a string member sent as an HTTP header): the
   * option's text must be JSON, and the request holds the parsed value, as in the AWS CLI.
   */
  readonly jsonValue?: boolean;
  /**
   * An `@idempotencyToken` member: never required, and filled with a fresh UUID when the
   * command line leaves it out (botocore does so before sending).
   */
  readonly idempotencyToken?: boolean;
  /**
   * Shown as required in help and synopsis, yet not asked for on the command line: the AWS CLI
   * made it optional for its parser because a hidden alias may give the value instead.
   */
  readonly lineOptional?: boolean;
  /**
   * One of the few lists of single-member structures the AWS CLI reads as words, each the value
   * of `member` (`--instances i-1 i-2`), and documents as `--instances InstanceId1 InstanceId2
   * InstanceId3` (`InstanceId1` alone when the list holds exactly one). JSON is still JSON.
   */
  /**
   * Shown as required in help and synopsis, yet not asked for on the command line: the AWS CLI
   * made it optional for its parser because a hidden alias may give the value instead.
   */
  readonly singleMemberList?: {
    readonly member: string;
    readonly exactlyOne?: boolean;
    /**
     * `false`: parsed as words, yet documented as any other list. The AWS CLI looks the
     * documentation up by the command's name, and a waiter's command (`wait instance-in-service`)
     * parses its operation's word lists but is not in that table.
     */
    readonly documented?: false;
  };
}

/** One CLI command: an operation with its options in model order (`--no-x` right after `--x`). */
export interface CliCommand {
  /** `create-endpoint-config`. */
  readonly name: string;
  /** The model's operation name, `CreateEndpointConfig`. */
  readonly operation: string;
  readonly options: readonly CliOption[];
}

/** The shape behind `key`; an exception only for a table that is inconsistent with itself. */
export function shapeOf(table: CliShapeTable, key: string): CliShape {
  const shape = Object.hasOwn(table, key) ? table[key] : undefined;
  if (!shape) throw new Error(`CLI shape table has no shape ${JSON.stringify(key)}`);
  return shape;
}

/** Scalar types (the CLI's SCALAR_TYPES). */
export function isScalar(shape: CliShape): shape is CliScalar {
  return (
    shape.type !== "structure" &&
    shape.type !== "list" &&
    shape.type !== "map" &&
    shape.type !== "document"
  );
}

/** A document, or a list or map that holds only documents: JSON input only. */
export function isDocumentContainer(table: CliShapeTable, shape: CliShape): boolean {
  if (shape.type === "document") return true;
  if (shape.type === "list") return isDocumentContainer(table, shapeOf(table, shape.member));
  if (shape.type === "map") return isDocumentContainer(table, shapeOf(table, shape.value));
  return false;
}

/**
 * Whether the CLI parses the option's value as shorthand: structures, maps and lists of
 * those, unless all they hold is documents. A list of scalars takes one word per item instead.
 */
export function supportsShorthand(table: CliShapeTable, shape: CliShape): boolean {
  if (isDocumentContainer(table, shape)) return false;
  if (shape.type === "structure" || shape.type === "map") return true;
  if (shape.type !== "list") return false;
  const member = shapeOf(table, shape.member);
  return (
    member.type === "structure" ||
    member.type === "list" ||
    member.type === "map" ||
    member.type === "document"
  );
}
