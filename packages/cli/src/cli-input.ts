// `--cli-input-json` and `--cli-input-yaml`: the whole request (or part of it) as one document,
// inline or from `file://path` (`fileb://` too, read as UTF-8). Errors say where the document
// is broken — line and column, and for a document typed inline the line itself and a caret —
// because a skeleton file is long and "invalid JSON" alone sends the user hunting. A document
// read from a file is never quoted back: its errors give the line and column only.
//
// Limits, each a clean error rather than a long stall, a crash or an exception: a document
// larger than `maxBytes` (1 MiB by default) is refused before it is parsed; YAML aliases may
// expand to at most `MAX_YAML_ALIAS_COUNT` nodes (billion laughs); arrays and objects may nest
// `MAX_NESTING` levels deep (a YAML text is scanned for that before the parser sees it).

import {
  MAX_NESTING,
  checkedBytes,
  checkedText,
  fileReadFailure,
  nestsDeeperThan,
  noFiles,
  type FileSource,
} from "@shapekit/shorthand";
import { jsoncLibrary } from "#cli-jsonc";
import { parseYamlDocument } from "#cli-yaml";
import { lineColumn } from "./line-column.js";
import {
  YAML_NOT_LOADED,
  registeredYamlParser,
  type ParsedDocument as Parsed,
} from "./yaml-support.js";

export { lineColumn } from "./line-column.js";
export { MAX_YAML_ALIAS_COUNT } from "./yaml-support.js";

/** A problem with a cli-input document. `line`/`column` are 1-based, columns in code points. */
export interface CliInputError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type CliInputResult =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly error: CliInputError };

/**
 * Reads the text of a `file://` document.
 * @deprecated Pass a `FileSource` as the `files` option instead; a function is still taken as
 *   the reader of both `file://` and `fileb://` documents.
 */
export type ReadTextFile = (path: string) => string;

/** The largest cli-input document accepted unless told otherwise: 1 MiB of UTF-8. */
export const DEFAULT_MAX_CLI_INPUT_BYTES = 1024 * 1024;

/** Options of `loadCliInput`. */
export interface LoadCliInputOptions {
  /**
   * Reads `file://` and `fileb://` documents. By default nothing is read: such a value is an
   * error that names this option. `localFiles()` (from `@shapekit/shorthand`) reads the disk.
   */
  readonly files?: FileSource;
  /** Larger documents (in UTF-8 bytes) are refused. Default `DEFAULT_MAX_CLI_INPUT_BYTES`. */
  readonly maxBytes?: number;
}

const FILE_PREFIXES = ["file://", "fileb://"] as const;

/**
 * The document a `--cli-input-json` / `--cli-input-yaml` value stands for, parsed. The value is
 * the document itself, or `file://path` (read through `options.files`). Never throws.
 */
export function loadCliInput(
  option: "--cli-input-json" | "--cli-input-yaml",
  value: string,
  options?: LoadCliInputOptions | ReadTextFile,
): CliInputResult {
  const settings: LoadCliInputOptions = typeof options === "function" ? {} : (options ?? {});
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_CLI_INPUT_BYTES;
  const fail = (message: string): CliInputResult => ({ ok: false, error: { message } });
  // YAML is parsed by the parser `@shapekit/cli/yaml` registered, else by the one this build
  // holds: none in a browser bundle, where the `yaml` library would be a fifth of the size.
  const parseYaml =
    option === "--cli-input-yaml" ? (registeredYamlParser() ?? parseYamlDocument) : undefined;
  if (option === "--cli-input-yaml" && !parseYaml) return fail(`${option}: ${YAML_NOT_LOADED}`);
  let text = value;
  let source: string | undefined;
  const prefix = FILE_PREFIXES.find((p) => value.startsWith(p));
  if (prefix) {
    source = value;
    const read = readDocument(value.slice(prefix.length), prefix, options, settings.files);
    if (!read.ok) return fail(`${option}: cannot read ${value}: ${read.reason}`);
    text = read.text;
  }
  const where = source ?? "the value";
  if (utf8ExceedsLength(text, maxBytes)) {
    return fail(
      `${option}: ${where} is larger than ${maxBytes} bytes, the limit for cli-input documents`,
    );
  }
  const kind = option === "--cli-input-json" ? "JSON" : "YAML";
  let parsed: Parsed;
  try {
    parsed = parseYaml ? parseYaml(text) : parseJson(text);
  } catch (e) {
    // The parsers report their own errors; anything thrown is a limit they ran into.
    parsed = { ok: false, message: "the document could not be parsed", detail: String(e) };
  }
  if (parsed.ok && nestsDeeperThan(parsed.value, MAX_NESTING)) {
    parsed = { ok: false, message: `nested deeper than ${MAX_NESTING} levels` };
  }
  if (!parsed.ok) {
    const at = parsed.line !== undefined ? ` at line ${parsed.line}, column ${parsed.column}` : "";
    // Quoting the document helps with what the user typed, never with what a file held.
    const shown = source === undefined ? (parsed.detail ?? parsed.message) : parsed.message;
    const excerpt =
      source === undefined && parsed.line !== undefined
        ? `\n${caretExcerpt(text, parsed.line, parsed.column!)}`
        : "";
    return {
      ok: false,
      error: {
        message: `${option}: invalid ${kind} in ${where}${at}: ${shown}${excerpt}`,
        ...(parsed.line !== undefined ? { line: parsed.line, column: parsed.column! } : {}),
      },
    };
  }
  const doc = parsed.value;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    const found = doc === null ? "null" : Array.isArray(doc) ? "an array" : `a ${typeof doc}`;
    return fail(`${option}: ${where} must hold an object of request members, found ${found}`);
  }
  return { ok: true, value: doc as Record<string, unknown> };
}

type Read = { ok: true; text: string } | { ok: false; reason: string };

function readDocument(
  path: string,
  prefix: "file://" | "fileb://",
  options: LoadCliInputOptions | ReadTextFile | undefined,
  files: FileSource | undefined,
): Read {
  try {
    if (typeof options === "function") return { ok: true, text: checkedText(options(path)) };
    const source = files ?? noFiles;
    if (prefix === "file://") return { ok: true, text: checkedText(source.readText(path)) };
    return { ok: true, text: new TextDecoder().decode(checkedBytes(source.readBytes(path))) };
  } catch (e) {
    return { ok: false, reason: fileReadFailure(e) };
  }
}

/** Whether `text` takes more than `limit` bytes as UTF-8, counted without encoding it. */
function utf8ExceedsLength(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = String((e as Error).message);
    // V8 names the offset of most errors ("… in JSON at position 34 (line 1 column 35)");
    // recompute the line and column so they count code points. Its "Unexpected token" errors
    // quote the text instead of an offset: a JSON scanner finds the offset then.
    const position = /at position (\d+)/.exec(raw);
    const offset = position
      ? Number(position[1])
      : raw.includes("end of JSON input")
        ? text.length
        : firstJsonErrorOffset(text);
    const detail =
      raw
        .replace(/,? *(?:in JSON )?at position \d+.*$/, "")
        .replace(/ in JSON$/, "")
        .trim() || "not valid JSON";
    // V8's messages quote the text only in double quotes ("Unexpected token 'x', "…" is not
    // valid JSON"); those become a description that quotes nothing.
    const message = /["]/.test(detail) ? "unexpected character" : detail;
    if (offset === undefined) return { ok: false, message, detail };
    return { ok: false, message, detail, ...lineColumn(text, offset) };
  }
}

/** The offset of the first JSON syntax error jsonc-parser finds, if it finds one. */
function firstJsonErrorOffset(text: string): number | undefined {
  let offset: number | undefined;
  jsoncLibrary().visit(
    text,
    {
      onError(_code, at) {
        offset ??= at;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return offset;
}

/** The line of `text` at `line` with a caret under `column`. */
function caretExcerpt(text: string, line: number, column: number): string {
  const content = text.split(/\r\n|\r|\n/)[line - 1] ?? "";
  const shown = [...content];
  if (shown.length > 200) {
    // Keep the excerpt readable for a one-line file of megabytes: a window around the column.
    const start = Math.max(0, column - 100);
    return `  ${shown.slice(start, start + 200).join("")}\n  ${" ".repeat(column - 1 - start)}^`;
  }
  return `  ${content}\n  ${" ".repeat(Math.max(0, column - 1))}^`;
}
