// A response as the AWS CLI prints it with `--output json`, `text` or `table` (and `--query`):
// what `runCommand` writes for `--send`, and `@shapekit/cli/output` for any program that has a
// response in hand. The response is read as its JSON (bytes as base64, dates as ISO 8601 text,
// as the JSON output shows them), its top-level `ResponseMetadata` dropped and `--query` applied
// as the AWS CLI does; JSON is then written as Python's `json.dumps(…, indent=4)` writes it
// (floats such as `1e-07`), text and tables with Python's `str()` of each value.
//
// `runCommand` loads this module only when it prints a response, so the command surface's
// import does not pay for the formatters and their width table.

import { jmespathLibrary } from "#cli-jmespath";
import { bytesAsBase64, nestsDeeperThan } from "@shapekit/shorthand";
// Through the package's root, which `runCommand` (the usual importer) has loaded anyway: what
// both use then stays in the root's file, rather than in a chunk the root would load too.
import { PythonFloat, pythonJson, type PythonJsonValue } from "./index.js";
import { OutputFormatError } from "./output-format-error.js";
import { isObject, isPythonInt, type JsonValue } from "./python-text.js";
import { tableOutput } from "./table-output.js";
import { textOutput } from "./text-output.js";

export { OutputFormatError } from "./output-format-error.js";
export { displayWidth } from "./table-output.js";

/** The AWS CLI's `--output` formats. */
export type OutputFormat = "json" | "text" | "table";

export interface FormatResponseOptions {
  /** `--output`; default `json`. */
  readonly output?: OutputFormat;
  /** The operation's CLI name (`create-endpoint-config`): the title of a table. */
  readonly command: string;
  /** `--query`: a JMESPath expression applied to the response first. */
  readonly query?: string;
  /** Columns of the terminal a table is laid out for; default 80 (the AWS CLI's without one). */
  readonly terminalWidth?: number;
  /** Colour a table's values and borders with ANSI codes (`--color on`); default off. */
  readonly color?: boolean;
}

/**
 * How deep a response may nest. The formatters recurse once per level, as the AWS CLI's do (its
 * Python stops near a thousand); past this a response is an error, not a stack overflow.
 */
export const MAX_RESPONSE_NESTING = 500;

/**
 * `response` as the AWS CLI prints it: every line ends with a line feed, and an empty response
 * (`{}`, or what it prints nothing for) is the empty string. Throws `OutputFormatError` for a
 * value the AWS CLI cannot print in that format either (a list mixing objects with other values
 * as text, say) and for one nested deeper than `MAX_RESPONSE_NESTING`.
 *
 * ```ts
 * formatResponse({ EndpointConfigArn: "arn:aws:sagemaker:…" }, { command: "create-endpoint-config", output: "text" });
 * // "arn:aws:sagemaker:…\n"
 * ```
 */
export function formatResponse(response: unknown, options: FormatResponseOptions): string {
  let value = responseValue(response);
  if (options.query !== undefined)
    value = jmespathLibrary().search(value, options.query) as JsonValue;
  switch (options.output ?? "json") {
    case "text":
      return textOutput(value);
    case "table":
      return tableOutput(value, {
        title: options.command,
        width: options.terminalWidth ?? 80,
        color: options.color ?? false,
      });
    default:
      return isObject(value) && Object.keys(value).length === 0
        ? ""
        : `${pythonJson(pythonValue(value), { ensureAscii: false })}\n`;
  }
}

/** The response as its JSON reads back, without the request's metadata. */
function responseValue(response: unknown): JsonValue {
  let text: string | undefined;
  try {
    text = JSON.stringify(response ?? {}, bytesAsBase64);
  } catch (e) {
    // A value too deep for JSON.stringify's own recursion (or one with a cycle, or a bigint).
    throw new OutputFormatError(`the response cannot be read as JSON: ${(e as Error).message}`);
  }
  if (text === undefined) throw new OutputFormatError("the response is not a JSON value");
  const value = JSON.parse(text) as JsonValue;
  if (nestsDeeperThan(value, MAX_RESPONSE_NESTING))
    throw new OutputFormatError(
      `the response nests more than ${MAX_RESPONSE_NESTING} levels deep; it is not printed`,
    );
  if (isObject(value)) delete value.ResponseMetadata;
  return value;
}

/** The value as Python's json module holds it: objects as maps, floats marked. */
function pythonValue(value: JsonValue): PythonJsonValue {
  if (typeof value === "number") return isPythonInt(value) ? value : new PythonFloat(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(pythonValue);
  return new Map(Object.keys(value).map((key) => [key, pythonValue(value[key]!)]));
}
