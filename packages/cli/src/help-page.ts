// The help page of an operation as data: the AWS CLI page's structure (Description, Synopsis,
// Options with their member trees and syntax blocks, Output) independent of how it is printed.
// `help-markdown.ts` and `help-text.ts` print it; keeping the content in one place means the two
// formats can never disagree about what an option is.

import { ExpansionBudget, syntaxHelp, type CliShape } from "@shapekit/shorthand";
import { documentationMarkdown } from "./html-documentation.js";
import {
  memberConstraints,
  memberDocumentation as rawMemberDocumentation,
  shapeConstraints,
  shapeDocumentation as rawShapeDocumentation,
  shapeOf,
  type CliConstraints,
  type CliOperationDescription,
} from "./operation-description.js";
import {
  CLI_INPUT_JSON,
  CLI_INPUT_YAML,
  GENERATE_CLI_SKELETON,
  NO_PAGINATE,
  OUTFILE,
  negatedOptionName,
  optionTable,
  synopsis,
  type PagingSetting,
} from "./option-table.js";

/** The syntax examples of one option, as the shorthand package writes them. */
export interface SyntaxBlocks {
  readonly shorthand?: string | undefined;
  readonly json?: string | undefined;
  /** For a list of scalars: the words it takes (`"string" "string" ...`). */
  readonly syntax?: string | undefined;
}

/** Gives the "Shorthand Syntax" / "JSON Syntax" blocks of an option, if it has any. */
export type SyntaxBlockProvider = (option: string) => SyntaxBlocks | undefined;

/**
 * What the model requires of a value beyond its type: its `@length`, `@range` and `@pattern`
 * (a member's own over its target's) and whether the member is required. The terminal's help
 * leaves these out, as the AWS CLI's does; the reference site shows them.
 */
export interface HelpConstraints extends CliConstraints {
  /** Present (`true`) only for a required option or structure member. */
  readonly required?: true;
}

/** A line of a member tree: `VariantName -> (string)` (named) or `(structure)` (a list item). */
export interface MemberTreeEntry {
  readonly name?: string;
  readonly type: string;
  readonly documentation: string;
  readonly depth: number;
  /** The value's constraints; absent when it has none. */
  readonly constraints?: HelpConstraints;
}

export interface HelpOption {
  /** `--tags`, or `--x` and `--no-x` for a boolean, or both cli-input options. */
  readonly names: readonly string[];
  readonly type: string;
  readonly documentation: string;
  /** Enum values of a top-level enum option. */
  readonly possibleValues?: readonly string[];
  /** The value's constraints; absent when it has none. */
  readonly constraints?: HelpConstraints;
  readonly members: readonly MemberTreeEntry[];
  readonly syntax?: SyntaxBlocks;
  /** Built-in options print their text right under the header, as the AWS CLI's page does. */
  readonly builtin: boolean;
}

export interface HelpPage {
  readonly title: string;
  readonly description: string;
  readonly synopsis: string;
  readonly options: readonly HelpOption[];
  readonly output: readonly MemberTreeEntry[];
}

// Our own words for the options every operation has.
const OUTFILE_TEXT =
  "The file the response's content is written to (the positional word after the options).";
const CLI_INPUT_TEXT =
  "Reads the request from a JSON (`--cli-input-json`) or YAML (`--cli-input-yaml`) document: the document itself, or `file://path` to read it from a file. The document has the layout that `--generate-cli-skeleton` prints. Options given on the command line take precedence over the document's members of the same name. The two options cannot be used together.";
const GENERATE_SKELETON_TEXT =
  "Prints a skeleton instead of running the command. `input` (the default when no value is given) prints a JSON request with a placeholder for every member, ready for `--cli-input-json`; `yaml-input` prints the same request as commented YAML for `--cli-input-yaml`; `output` prints a sample response with member names as values.";

// Our own words for the pagination options (the AWS CLI's facts: what each sets, where it goes).
const PAGING_TEXT: Record<PagingSetting, string> = {
  StartingToken:
    "Where to resume: the `NextToken` that a truncated output printed. The paginator sets the operation's own token members from it.",
  PageSize:
    "How many results to ask the service for in each call. The output holds the same results either way; smaller pages mean more calls, each less likely to time out.",
  MaxItems:
    "The most results the output holds. When more are available, the output ends with a `NextToken`: pass it to `--starting-token` to continue (it is the AWS CLI's token, not the service's).",
};

/** The paragraph a paginated operation's description ends with. */
function pagingParagraph(operation: CliOperationDescription): string {
  const keys = operation.pagination?.resultKeys ?? [];
  const results =
    keys.length > 0
      ? ` With \`--output text\` and \`--query\`, the query must select from the results of these expressions: ${keys.map((k) => `\`${k}\``).join(", ")}.`
      : "";
  return `\`${operation.name}\` is paginated: the AWS CLI may call the service several times to collect every page of results, unless \`${NO_PAGINATE}\` asks for a single call.${results}`;
}

// Help pages print documentation as Markdown; HTML documentation (AWS models) is converted.
const memberDocumentation = (...args: Parameters<typeof rawMemberDocumentation>): string =>
  documentationMarkdown(rawMemberDocumentation(...args));
const shapeDocumentation = (...args: Parameters<typeof rawShapeDocumentation>): string =>
  documentationMarkdown(rawShapeDocumentation(...args));

/** The type word of a shape in help pages, as the AWS CLI prints it (`string` for enums). */
function typeWord(shape: CliShape): string {
  if (shape.type === "blob" && shape.streaming === true) return "streaming blob";
  return shape.type === "structure" && shape.union ? "tagged union structure" : shape.type;
}

/** Shapes whose options get syntax blocks (a document's is its JSON Syntax, `{...}`). */
function isStructured(shape: CliShape): boolean {
  return (
    shape.type === "structure" ||
    shape.type === "list" ||
    shape.type === "map" ||
    shape.type === "document"
  );
}

/** The AWS CLI's note on a streaming blob option (our words). */
const STREAMING_BLOB_NOTE =
  "This argument is of type: streaming blob. Its value must be the path to a file (e.g. path/to/file), not prefixed with file:// or fileb://.";

/** The AWS CLI's paragraph on an operation with document members anywhere in its input (our words). */
function documentTypesNote(name: string): string {
  return `\`${name}\` uses document type values. Document types follow the JSON data model, where valid values are strings, numbers, booleans, null, arrays and objects. Options and nested members of type \`document\` must be given as JSON: shorthand syntax does not support document types.`;
}

/** Whether the input reaches a document (the AWS CLI then adds a paragraph to the description). */
function inputUsesDocuments(operation: CliOperationDescription): boolean {
  if (operation.input === undefined) return false;
  const seen = new Set<string>();
  const pending = [operation.input];
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const shape = shapeOf(operation, key);
    if (shape.type === "document") return true;
    if (shape.type === "structure") for (const m of shape.members) pending.push(m.shape);
    else if (shape.type === "list") pending.push(shape.member);
    else if (shape.type === "map") pending.push(shape.key, shape.value);
  }
  return false;
}

/** The constraints field of an entry: spread into it, so that an entry without any has no field. */
function constraintsField(
  constraints: CliConstraints | undefined,
  required: boolean,
): { constraints?: HelpConstraints } {
  const all: HelpConstraints = { ...constraints, ...(required ? { required: true as const } : {}) };
  return Object.keys(all).length > 0 ? { constraints: all } : {};
}

/**
 * The member tree below a shape: its members, a list's item, a map's key and value, appended to
 * `out` (a tree can hold hundreds of thousands of entries: no array is spread into another).
 */
function memberTree(
  operation: CliOperationDescription,
  key: string,
  depth: number,
  stack: string[],
  budget: ExpansionBudget,
  out: MemberTreeEntry[] = [],
): MemberTreeEntry[] {
  const shape = shapeOf(operation, key);
  if (stack.includes(shape.name)) return out;
  budget.spend();
  stack.push(shape.name);
  if (shape.type === "structure") {
    for (const m of shape.members) {
      const target = shapeOf(operation, m.shape);
      out.push({
        name: m.name,
        type: typeWord(target),
        documentation: memberDocumentation(operation, key, m.name, m.shape),
        depth,
        ...constraintsField(
          memberConstraints(operation, key, m.name, m.shape),
          m.required === true,
        ),
      });
      memberTree(operation, m.shape, depth + 1, stack, budget, out);
    }
  } else if (shape.type === "list") {
    const item = shapeOf(operation, shape.member);
    out.push({
      type: typeWord(item),
      documentation: memberDocumentation(operation, key, "member", shape.member),
      depth,
      ...constraintsField(memberConstraints(operation, key, "member", shape.member), false),
    });
    memberTree(operation, shape.member, depth + 1, stack, budget, out);
  } else if (shape.type === "map") {
    const k = shapeOf(operation, shape.key);
    const v = shapeOf(operation, shape.value);
    out.push({
      name: "key",
      type: typeWord(k),
      documentation: shapeDocumentation(operation, shape.key),
      depth,
      ...constraintsField(memberConstraints(operation, key, "key", shape.key), false),
    });
    out.push({
      name: "value",
      type: typeWord(v),
      documentation: memberDocumentation(operation, key, "value", shape.value),
      depth,
      ...constraintsField(memberConstraints(operation, key, "value", shape.value), false),
    });
    memberTree(operation, shape.value, depth + 1, stack, budget, out);
  }
  stack.pop();
  return out;
}

/**
 * Builds the page. The syntax examples come from the shorthand package's `syntaxHelp` over the
 * description's shape table, unless `syntaxBlocks` supplies them. Throws `ShapesTooLargeError`
 * when the page would write out more shapes than `budget` allows (a hostile model).
 */
export function helpPage(
  operation: CliOperationDescription,
  syntaxBlocks?: SyntaxBlockProvider,
  budget: ExpansionBudget = new ExpansionBudget(`the help page of ${operation.name}`),
): HelpPage {
  const options: HelpOption[] = [];
  for (const spec of optionTable(operation)) {
    if (spec.paging) {
      options.push({
        names: [spec.name],
        type:
          spec.paging === "StartingToken" ? "string" : (operation.pagination?.type ?? "integer"),
        documentation: PAGING_TEXT[spec.paging],
        members: [],
        builtin: false,
      });
      continue;
    }
    if (spec.name === CLI_INPUT_JSON)
      options.push({
        names: [CLI_INPUT_JSON, CLI_INPUT_YAML],
        type: "string",
        documentation: CLI_INPUT_TEXT,
        members: [],
        builtin: true,
      });
    const option = spec.option;
    if (!option || option.negated || option.hidden) continue;
    const target = shapeOf(operation, option.shape);
    // No blocks for scalar options, as on the AWS CLI's pages.
    const syntax = isStructured(target)
      ? syntaxBlocks
        ? syntaxBlocks(option.name)
        : syntaxHelp(operation.shapes, option.shape, option, budget)
      : undefined;
    const values = "enum" in target ? target.enum : undefined;
    const documentation = operation.input
      ? memberDocumentation(operation, operation.input, option.member, option.shape)
      : "";
    const streaming = target.type === "blob" && target.streaming === true;
    options.push({
      names:
        spec.arity === "none" ? [option.name, negatedOptionName(operation, option)] : [option.name],
      // A JSON value header is `JSON` on the AWS CLI's pages.
      type: option.jsonValue === true ? "JSON" : typeWord(target),
      documentation: streaming
        ? [documentation, STREAMING_BLOB_NOTE].filter((t) => t !== "").join("\n\n")
        : documentation,
      ...(values && values.length > 0 ? { possibleValues: values } : {}),
      ...constraintsField(
        operation.input
          ? memberConstraints(operation, operation.input, option.member, option.shape)
          : shapeConstraints(operation, option.shape),
        option.required,
      ),
      members: memberTree(operation, option.shape, 0, [], budget),
      ...(syntax && (syntax.shorthand || syntax.json || syntax.syntax)
        ? { syntax: { shorthand: syntax.shorthand, json: syntax.json, syntax: syntax.syntax } }
        : {}),
      builtin: false,
    });
  }
  if (operation.streamingOutput !== undefined) {
    options.push({
      names: [OUTFILE],
      type: "string",
      documentation: OUTFILE_TEXT,
      members: [],
      builtin: true,
    });
  } else {
    options.push({
      names: [GENERATE_CLI_SKELETON],
      type: "string",
      documentation: GENERATE_SKELETON_TEXT,
      members: [],
      builtin: true,
    });
  }
  const description = [
    documentationMarkdown(operation.documentation?.operation ?? ""),
    ...(inputUsesDocuments(operation) ? [documentTypesNote(operation.name)] : []),
    ...(operation.pagination ? [pagingParagraph(operation)] : []),
  ]
    .filter((p) => p !== "")
    .join("\n\n");
  return {
    title: operation.name,
    description,
    synopsis: synopsis(operation),
    options,
    output: operation.output ? memberTree(operation, operation.output, 0, [], budget) : [],
  };
}
