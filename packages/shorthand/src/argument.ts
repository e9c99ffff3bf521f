// From the words after an option to the value the AWS CLI sends, following its decisions in
// order:
//   1. the command line (argparse): a boolean is a flag (`--x` true, `--no-x` false) and takes
//      no word; a list takes any number of words, one item each; anything else exactly one
//      word; a word that looks like an option (`-x`, `--y`; not `-1`, not `-`, not with a
//      space) is refused; a last word `--` is dropped, words after a `--` are refused;
//   2. a whole value (or a list's only word) `file://p` / `fileb://p` is replaced by the file,
//      when the caller passed a `files` source (none by default: then it is an error); a
//      streaming blob's word is a path instead, read as a file (`fileb://` is no path);
//   3. text that starts (after whitespace) with `{` or `[` is JSON, taken as it is;
//   4. structures, maps and lists of those are shorthand (each word of a list parsed on its
//      own), then coerced by the model (`coerce`);
//   5. the rest: scalars by type (Python `int()`/`float()`), a list of scalars item by item,
//      a document as JSON; a structure or map that is neither JSON nor shorthand is refused.
// A JSON value header (`jsonValue`) skips 3 to 5: its text is JSON, whatever it looks like.
// Never throws on bad input: the result says what was wrong. When any part of the value was
// read from a file, errors describe it without quoting it (file-contents-error.ts).

import { ArgumentError } from "./argument-error.js";
import {
  CHARACTER_FLAGS,
  PYTHON_SPACE,
  pythonStrip,
  pythonStripStart,
} from "./character-classes.js";
import {
  isScalar,
  shapeOf,
  type CliOption,
  type CliShape,
  type CliShapeTable,
} from "./cli-shape.js";
import { coerce } from "./coerce.js";
import { contentsError } from "./file-contents-error.js";
import {
  checkedBytes,
  fileReadFailure,
  isFilesDisabled,
  noFiles,
  readFileReference,
  recordReads,
  type FileSource,
} from "./file-references.js";
import { nestsDeeperThan } from "./nesting.js";
import { MAX_NESTING, parseShorthand } from "./parser.js";
import { NumberSyntaxError, pythonFloat, pythonInt } from "./python-numbers.js";
import { shapeNode, type ShapeNode } from "./shape-graph.js";
import { ShorthandError } from "./shorthand-error.js";
import { parseShorthandTyped, typedShapeOf } from "./typed-parser.js";
import type { ArgumentValue } from "./value.js";
import { valueKind } from "./value-kind.js";
import { readWordList } from "./word-list.js";

/** What `parseArgumentWords` returns: the value, or the reason it was refused. */
export type ArgumentResult<T = ArgumentValue> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ArgumentError };

/** Options of `parseArgumentWords`. */
export interface ParseArgumentOptions {
  /**
   * Reads `file://` and `fileb://` values and `key@=file://…` references. By default nothing is
   * read: such a value is an error that names this option. Pass `localFiles()` to read the local
   * disk as the AWS CLI does (the bins do), or your own source (a sandbox, a browser upload).
   */
  readonly files?: FileSource;
  /**
   * Fetches `http://` and `https://` values, which the AWS CLI (v1, by default) downloads.
   * Without it such values are refused, as they are by a CLI without network access.
   */
  readonly fetchUrl?: (url: string) => string;
}

const NEGATIVE_NUMBER = /^-\p{Nd}+$|^-\p{Nd}*\.\p{Nd}+$/u;

/** Whether argparse would take the word for an option rather than a value. */
export function looksLikeOption(word: string): boolean {
  return word.length > 1 && word[0] === "-" && !NEGATIVE_NUMBER.test(word) && !word.includes(" ");
}

function jsonValue(text: string, option: string): ArgumentValue {
  let value: ArgumentValue;
  try {
    value = JSON.parse(text) as ArgumentValue;
  } catch (e) {
    throw new ArgumentError(`Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`, {
      option,
      cause: e,
    });
  }
  // What walks the value later (printing it, say) recurses: refuse where the parser would.
  if (nestsDeeperThan(value, MAX_NESTING))
    throw new ArgumentError(`Invalid JSON: nested deeper than ${MAX_NESTING} levels`, { option });
  return value;
}

/** Python's `text.strip().startswith(("[", "{"))`. */
function startsJsonLike(text: string): boolean {
  const stripped = pythonStripStart(text);
  const c = stripped.length > 0 ? stripped.charCodeAt(0) : 0;
  return c === 0x5b || c === 0x7b;
}

function startsJson(text: string, open: "{" | "["): boolean {
  return pythonStripStart(text)[0] === open;
}

/** `unpack_cli_arg`: everything that is not shorthand. */
function unpack(
  table: CliShapeTable,
  shape: CliShape,
  value: unknown,
  option: string,
  files: FileSource,
): ArgumentValue {
  if (shape.type === "document") {
    if (typeof value !== "string")
      throw new ArgumentError("a document must be given as JSON", { option });
    return jsonValue(value, option);
  }
  if (isScalar(shape))
    return unpackScalar(shape.type, shape.streaming === true, value, option, files);
  if (shape.type === "structure" || shape.type === "map") {
    if (typeof value !== "string" || !startsJson(value, "{")) {
      throw new ArgumentError(`Invalid JSON:\n${String(value)}`, { option });
    }
    return jsonValue(value, option);
  }
  const member = shapeOf(table, shape.member);
  if (typeof value === "string") {
    if (pythonStripStart(value) === "") throw new ArgumentError("expected a value", { option });
    if (startsJson(value, "[")) return jsonValue(value, option);
    // The CLI iterates over the text: one item per character.
    return [...value].map((ch) => unpack(table, member, ch, option, files));
  }
  if (!Array.isArray(value)) throw new ArgumentError("expected a list", { option });
  if (value.length === 1 && typeof value[0] === "string") {
    const single = pythonStrip(value[0]);
    if (single !== "" && single[0] === "[") return jsonValue(value[0], option);
  }
  return value.map((word) => unpack(table, member, word, option, files));
}

function unpackScalar(
  type: string,
  streaming: boolean,
  value: unknown,
  option: string,
  files: FileSource,
): ArgumentValue {
  if (value instanceof Uint8Array) return value;
  if (typeof value !== "string") throw new ArgumentError("expected a single value", { option });
  try {
    switch (type) {
      case "integer":
      case "long":
        return pythonInt(value);
      case "float":
      case "double":
        return pythonFloat(value);
      case "boolean":
        return value.toLowerCase() === "false" ? false : value !== "";
      case "blob":
        if (!streaming) return value;
        try {
          return checkedBytes(files.readBytes(value));
        } catch (e) {
          if (isFilesDisabled(e))
            throw new ArgumentError((e as Error).message, { option, cause: e });
          throw new ArgumentError("Blob values must be a path to a file.", { option });
        }
      default:
        return value;
    }
  } catch (e) {
    if (e instanceof NumberSyntaxError) throw new ArgumentError(e.message, { option, cause: e });
    throw e;
  }
}

/** Step 2: a whole value that names a file (or URL) becomes its contents. */
function readParamFile(
  value: string,
  option: string,
  files: FileSource,
  options: ParseArgumentOptions | undefined,
): string | Uint8Array | undefined {
  try {
    const contents = readFileReference(value, files);
    if (contents !== undefined) return contents;
  } catch (e) {
    throw new ArgumentError(`Unable to load paramfile ${value}: ${fileReadFailure(e)}`, {
      option,
      cause: e,
    });
  }
  if (value.startsWith("http://") || value.startsWith("https://")) {
    if (!options?.fetchUrl)
      throw new ArgumentError(`Unable to retrieve ${value}: fetching URLs is not enabled`, {
        option,
      });
    let text: unknown;
    try {
      text = options.fetchUrl(value);
    } catch (e) {
      const reason = e instanceof Error ? e.message : `fetchUrl threw ${valueKind(e)}`;
      throw new ArgumentError(`Unable to retrieve ${value}: ${reason}`, { option, cause: e });
    }
    if (typeof text !== "string")
      throw new ArgumentError(
        `Unable to retrieve ${value}: fetchUrl returned ${valueKind(text)}, not text`,
        { option },
      );
    return text;
  }
  return undefined;
}

/** The reads of a call without a file source: always none (frozen: nothing may add one). */
const NO_READS: string[] = Object.freeze([]) as unknown as string[];

function parseWords(
  table: CliShapeTable,
  option: CliOption,
  node: ShapeNode,
  words: readonly string[],
  options: ParseArgumentOptions | undefined,
): ArgumentValue {
  const name = option.name;
  const shape = node.shape;
  // Every reference read, so that errors about the value can avoid quoting what came from one.
  // Without a file source nothing can be read: nothing to record (and nothing made per call).
  const given = options?.files;
  const reads: string[] = given === undefined ? NO_READS : [];
  const files = given === undefined ? noFiles : recordReads(given, reads);

  // 1. The command line. A `--` ends the command line: as the last word it is dropped, and
  // words after it are never the option's (the CLI reports them as unknown). Both it and
  // option-like words start with `-`: one look at the first unit passes over the rest.
  let endOfOptions = -1;
  let optionLike: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length < 2 || word.charCodeAt(0) !== 0x2d) continue;
    if (word === "--") {
      endOfOptions = i;
      break;
    }
    if (optionLike === undefined && looksLikeOption(word)) optionLike = word;
  }
  if (endOfOptions !== -1 && endOfOptions < words.length - 1) {
    throw new ArgumentError(`Unknown options: ${words.slice(endOfOptions + 1).join(", ")}`, {
      option: name,
    });
  }
  const values = endOfOptions === -1 ? words : words.slice(0, endOfOptions);
  if (shape.type === "boolean") {
    if (values.length > 0)
      throw new ArgumentError(`takes no value, received: ${values.join(" ")}`, { option: name });
    return option.negated !== true;
  }
  if (optionLike !== undefined)
    throw new ArgumentError(`expected a value, received the option-like word '${optionLike}'`, {
      option: name,
    });
  const isList = shape.type === "list";
  if (!isList && values.length !== 1) {
    throw new ArgumentError(
      values.length === 0
        ? "expected one argument"
        : `expected one argument, received ${values.length}`,
      { option: name },
    );
  }
  let value: string | Uint8Array | readonly string[] = isList ? values : values[0]!;

  // 2. Files and URLs. Not for a streaming blob: its word is a plain path, and the AWS CLI
  // refuses `fileb://p` there as a path to no file.
  let source: string | undefined;
  const streamingBlob = shape.type === "blob" && shape.streaming === true;
  if (option.paramFile !== false && !streamingBlob) {
    const single = isWordList(value) ? (value.length === 1 ? value[0]! : undefined) : value;
    // `file…` / `http…`: most values start with neither, and need no prefix compared.
    const c = typeof single === "string" && single.length > 0 ? single.charCodeAt(0) : 0;
    if (typeof single === "string" && (c === 0x66 || c === 0x68)) {
      const contents = readParamFile(single, name, files, options);
      if (contents !== undefined) {
        value = contents;
        source = single;
      }
    }
  }
  try {
    if (option.jsonValue === true) return jsonValueHeader(value, name);
    return parseValue(table, option, node, value, files);
  } catch (e) {
    if (e instanceof ArgumentError && (source !== undefined || reads.length > 0))
      throw contentsError(e, name, source, typeof value === "string" ? value : "", reads);
    throw e;
  }
}

/** A JSON value header: whatever the text (or a file) holds must be JSON; no shorthand. */
function jsonValueHeader(
  value: string | Uint8Array | readonly string[],
  option: string,
): ArgumentValue {
  const text =
    value instanceof Uint8Array
      ? new TextDecoder().decode(value)
      : typeof value === "string"
        ? value
        : value.join(" ");
  return jsonValue(text, option);
}

/** Steps 3 to 5, on the words or on what a file held. */
function parseValue(
  table: CliShapeTable,
  option: CliOption,
  node: ShapeNode,
  value: string | Uint8Array | readonly string[],
  files: FileSource,
): ArgumentValue {
  const name = option.name;
  const shape = node.shape;
  // Text and words (nearly every call) are told apart before the dearer `instanceof`.
  if (typeof value !== "string" && !isWordList(value) && value instanceof Uint8Array) {
    if (isScalar(shape)) return value;
    throw new ArgumentError("binary file contents (fileb://) cannot be parsed as a value", {
      option: name,
    });
  }

  // 3 and 4. JSON or shorthand.
  const first = isWordList(value) ? value[0] : value;
  if (!(first !== undefined && startsJsonLike(first)) && node.shorthand) {
    const wordList = option.singleMemberList;
    if (wordList !== undefined && shape.type === "list") {
      // Each word is the member's value as typed (computed keys make own properties, even
      // `__proto__`); coercion then converts it as it would a shorthand value.
      const words = typeof value === "string" ? [value] : value;
      const items = words.map((word) => ({ [wordList.member]: word }));
      return coerce(table, option.shape, items) as ArgumentValue;
    }
    if (
      shape.type === "structure" &&
      typeof value === "string" &&
      !value.includes("=") &&
      isValueWrapper(table, shape)
    ) {
      return { Value: value };
    }
    const typed = parseTyped(node, value);
    if (typed !== undefined) return typed as ArgumentValue;
    try {
      const parseOptions = { files };
      let parsed: unknown;
      if (typeof value === "string") {
        parsed = parseShorthand(value, parseOptions);
      } else {
        const items: unknown[] = (parsed = new Array(value.length));
        for (let i = 0; i < value.length; i++) items[i] = parseShorthand(value[i]!, parseOptions);
      }
      return coerce(table, option.shape, parsed) as ArgumentValue;
    } catch (e) {
      if (e instanceof ShorthandError)
        throw new ArgumentError(e.message, { option: name, cause: e });
      if (e instanceof ArgumentError)
        throw new ArgumentError(e.message, { option: name, path: e.path, cause: e });
      throw e;
    }
  }

  // 5. Everything else.
  return unpack(table, shape, value, name, files);
}

/** The compiled shape of an option and its lane, remembered for the last table it was used with. */
const optionNodes = new WeakMap<
  CliOption,
  { table: CliShapeTable; node: ShapeNode; lane: ArgumentLane | undefined }
>();

function optionEntry(
  table: CliShapeTable,
  option: CliOption,
): { node: ShapeNode; lane: ArgumentLane | undefined } {
  const known = optionNodes.get(option);
  if (known !== undefined && known.table === table) return known;
  const node = shapeNode(table, option.shape);
  const entry = { table, node, lane: argumentLane(table, option, node) };
  optionNodes.set(option, entry);
  return entry;
}

/**
 * The common case, decided once per option: a structure or map (or a list of them, one word
 * each) read as shorthand, with no flag that changes the steps (`jsonValue`, a word list, a
 * `Value` wrapper). Its words then go straight to the typed parser (`laneValue`), unless a word
 * needs any of the other steps.
 */
export interface ArgumentLane {
  /** The shape of each word's object. */
  readonly item: ShapeNode;
  /** Whether the option is a list (any number of words, one item each). */
  readonly list: boolean;
}

/** The lane of an option, or `undefined` when its words always take the full steps. */
export function argumentLane(
  table: CliShapeTable,
  option: CliOption,
  node: ShapeNode,
): ArgumentLane | undefined {
  if (option.jsonValue === true || option.singleMemberList !== undefined || !node.shorthand)
    return undefined;
  const shape = node.shape;
  if (shape.type === "list") {
    const item = node.item;
    return item !== undefined && typedShapeOf(item) ? { item, list: true } : undefined;
  }
  if (shape.type === "structure" && isValueWrapper(table, shape)) return undefined;
  return typedShapeOf(node) ? { item: node, list: false } : undefined;
}

/**
 * The value of `words` in the lane, or `undefined` when a word needs more than the typed parser
 * (an option-like word or `--`, a file or URL, JSON, no word or too many) or it gives up: the
 * full steps then decide, and produce the value or the error.
 */
function laneValue(lane: ArgumentLane, words: readonly string[]): unknown {
  const n = words.length;
  if (n !== 1 && (n === 0 || !lane.list)) return undefined;
  const first = words[0]!;
  if (first.length === 0) return undefined;
  const c = first.charCodeAt(0);
  // JSON (after any white space) and `file://…`, `http…` values: steps 2 and 3.
  if (c === 0x7b || c === 0x5b || CHARACTER_FLAGS[c]! & PYTHON_SPACE) return undefined;
  if (n === 1 && (c === 0x66 || c === 0x68) && isParamFile(first)) return undefined;
  if (!lane.list)
    return c === 0x2d && first.length > 1 ? undefined : parseShorthandTyped(first, lane.item);
  const items: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    // `-x`, `--`: step 1 decides.
    if (word.length > 1 && word.charCodeAt(0) === 0x2d) return undefined;
    const item = parseShorthandTyped(word, lane.item);
    if (item === undefined) return undefined;
    items[i] = item;
  }
  return items;
}

/** Whether step 2 would read the word as a file or URL. */
function isParamFile(word: string): boolean {
  return (
    word.startsWith("file://") ||
    word.startsWith("fileb://") ||
    word.startsWith("http://") ||
    word.startsWith("https://")
  );
}

/**
 * The fast path of step 4 (typed-parser.ts): the coerced value of the words, or `undefined`
 * when it gives up and the reference parser and coercion must decide.
 */
function parseTyped(node: ShapeNode, value: string | readonly string[]): unknown {
  if (typeof value === "string") return parseShorthandTyped(value, node);
  const item = node.item;
  if (node.type !== "list" || item === undefined || !typedShapeOf(item)) return undefined;
  const items: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    const parsed = parseShorthandTyped(value[i]!, item);
    if (parsed === undefined) return undefined;
    items.push(parsed);
  }
  return items;
}

/** A structure whose only member is a string called `Value`: `--x abc` means `{ Value: "abc" }`. */
function isValueWrapper(table: CliShapeTable, shape: CliShape & { type: "structure" }): boolean {
  const only = shape.members.length === 1 ? shape.members[0] : undefined;
  return (
    only !== undefined && only.name === "Value" && shapeOf(table, only.shape).type === "string"
  );
}

/**
 * The value the AWS CLI builds from the words that follow `option` on its command line.
 *
 * ```ts
 * parseArgumentWords(table, productionVariants, ["VariantName=a,InitialInstanceCount=1"]);
 * // { ok: true, value: [{ VariantName: "a", InitialInstanceCount: 1 }] }
 * ```
 *
 * Never throws for any words; `{ ok: false, error }` carries an `ArgumentError` (its `cause` the
 * `ShorthandSyntaxError`, if that was the problem).
 */
export function parseArgumentWords(
  table: CliShapeTable,
  option: CliOption,
  words: readonly string[],
  options?: ParseArgumentOptions,
): ArgumentResult {
  const entry = optionEntry(table, option);
  return parseArgumentWordsAt(table, option, entry.node, words, options, entry.lane);
}

/**
 * `parseArgumentWords` with the option's compiled shape given (`shapeNode(table, option.shape)`)
 * and its lane (`argumentLane`), for callers that keep them with the option (`CliCommands`)
 * rather than look them up on each call.
 */
export function parseArgumentWordsAt(
  table: CliShapeTable,
  option: CliOption,
  node: ShapeNode,
  words: readonly string[],
  options?: ParseArgumentOptions,
  lane?: ArgumentLane,
): ArgumentResult {
  const read = readWordList(words, "words");
  if (!read.ok)
    return { ok: false, error: new ArgumentError(read.problem, { option: option.name }) };
  try {
    if (lane !== undefined) {
      const value = laneValue(lane, read.words);
      if (value !== undefined) return { ok: true, value: value as ArgumentValue };
    }
    return { ok: true, value: parseWords(table, option, node, read.words, options) };
  } catch (e) {
    if (e instanceof ArgumentError) return { ok: false, error: e };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: new ArgumentError(message, { option: option.name, cause: e }) };
  }
}

/** `Array.isArray` for the words of a list option (the built-in guard narrows them to `any[]`). */
function isWordList(value: string | Uint8Array | readonly string[]): value is readonly string[] {
  return Array.isArray(value);
}
