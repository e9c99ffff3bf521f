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
  FileAccessError,
  MAX_NESTING,
  nestsDeeperThan,
  noFiles,
  type FileSource,
} from "@shapekit/shorthand";
import { visit } from "jsonc-parser";
import { CST, Lexer, parseDocument } from "yaml";

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

/** How many nodes YAML aliases may stand for in one document (the `yaml` package's count). */
export const MAX_YAML_ALIAS_COUNT = 100;

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
    parsed = kind === "JSON" ? parseJson(text) : parseYaml(text);
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
    if (typeof options === "function") return { ok: true, text: options(path) };
    const source = files ?? noFiles;
    if (prefix === "file://") return { ok: true, text: source.readText(path) };
    return { ok: true, text: new TextDecoder().decode(source.readBytes(path)) };
  } catch (e) {
    return { ok: false, reason: readFailure(e) };
  }
}

/** Why a read failed, without the path Node puts in its messages. */
function readFailure(e: unknown): string {
  if (e instanceof FileAccessError) return e.message;
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return String((e as Error | null)?.message ?? e);
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

/**
 * A parse: the value, or the error. `message` never quotes the document; `detail`, when set,
 * is the parser's own message, which may (used only for documents typed inline).
 */
type Parsed =
  | { ok: true; value: unknown }
  | { ok: false; message: string; detail?: string; line?: number; column?: number };

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
  visit(
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

function parseYaml(text: string): Parsed {
  const deep = yamlNestingOffset(text, MAX_NESTING);
  if (deep !== undefined) {
    return {
      ok: false,
      message: `nested deeper than ${MAX_NESTING} levels`,
      ...lineColumn(text, deep),
    };
  }
  // `logLevel: "error"`: the package would print warnings (quoting the document) on stderr.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, logLevel: "error" });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const detail = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    const message = YAML_ERRORS[error.code] ?? "not valid YAML";
    return pos
      ? { ok: false, message, detail, line: pos.line, column: pos.col }
      : { ok: false, message, detail };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }) };
  } catch (e) {
    // Aliases expanding past the limit, a merge (`<<`) of something that is not a map, an
    // alias before its anchor (the package's message names it: it quotes the document). Our
    // words say it better than the package's, for inline documents too.
    const detail = String((e as Error | null)?.message ?? e);
    const message = /alias count/i.test(detail)
      ? `aliases expand to more than ${MAX_YAML_ALIAS_COUNT} nodes`
      : /merge/i.test(detail)
        ? "a merge key (<<) must merge maps"
        : /unresolved alias/i.test(detail)
          ? YAML_ERRORS.BAD_ALIAS!
          : "the document could not be built";
    return { ok: false, message };
  }
}

/** What each of the `yaml` package's error codes means, in words that quote nothing. */
const YAML_ERRORS: Readonly<Record<string, string>> = {
  ALIAS_PROPS: "an alias cannot have an anchor or a tag",
  BAD_ALIAS: "an alias refers to no anchor",
  BAD_DIRECTIVE: "unknown directive",
  BAD_DQ_ESCAPE: "invalid escape sequence in a double-quoted string",
  BAD_INDENT: "bad indentation",
  BAD_PROP_ORDER: "anchors and tags must come before the value",
  BAD_SCALAR_START: "a plain value cannot start with this character",
  BLOCK_AS_IMPLICIT_KEY: "a block value cannot be a key",
  BLOCK_IN_FLOW: "a block value cannot be inside [ ] or { }",
  DUPLICATE_KEY: "a key is given twice",
  KEY_OVER_1024_CHARS: "an implicit key is longer than 1024 characters",
  MISSING_CHAR: "a closing character is missing",
  MULTILINE_IMPLICIT_KEY: "an implicit key must be on one line",
  MULTIPLE_ANCHORS: "a value has two anchors",
  MULTIPLE_DOCS: "more than one document",
  MULTIPLE_TAGS: "a value has two tags",
  NON_STRING_KEY: "a key is not a string",
  RESOURCE_EXHAUSTION: "the document is too complex",
  TAB_AS_INDENT: "tabs cannot indent",
  TAG_RESOLVE_FAILED: "unknown tag",
  UNEXPECTED_TOKEN: "unexpected character",
  BAD_COLLECTION_TYPE: "wrong collection type for its tag",
};

/**
 * The offset where a YAML text may nest deeper than `limit`, found with the package's lexer
 * (flat and fast) before its parser (which recurses, and slows down on deep input): flow
 * brackets open levels, and `-`, `?` and `:` indicators on one line may each open one more.
 * An upper bound: it may overcount, never undercount the cheap ways to nest.
 */
function yamlNestingOffset(text: string, limit: number): number | undefined {
  let offset = 0;
  let flow = 0;
  let onLine = 0;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (scalarNext) {
      // The source of a scalar: its characters are text, not indicators.
      scalarNext = false;
      offset += token.length;
      continue;
    }
    const type = CST.tokenType(token);
    // The lexer's control tokens mark a context and stand for no characters of the text.
    if (type !== "doc-mode" && type !== "flow-error-end" && type !== "scalar")
      offset += token.length;
    switch (type) {
      case "scalar":
        scalarNext = true;
        continue;
      case "flow-seq-start":
      case "flow-map-start":
        flow++;
        break;
      case "flow-seq-end":
      case "flow-map-end":
        if (flow > 0) flow--;
        continue;
      case "seq-item-ind":
      case "explicit-key-ind":
      case "map-value-ind":
        onLine++;
        break;
      case "newline":
        onLine = 0;
        continue;
      default:
        continue;
    }
    if (flow + onLine > limit) return start;
  }
  return undefined;
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
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
