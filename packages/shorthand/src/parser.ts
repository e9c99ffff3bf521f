// The shorthand parser: text → untyped value, accepting and rejecting exactly what the AWS CLI
// (1.x and 2.x share the grammar) does. No model is involved; numbers and booleans stay
// strings until `coerce` applies a shape.
//
// Grammar. `ws` is ASCII whitespace (space, \t, \n, \v, \f, \r), skipped only where written.
//
//   parameter      = keyval *( ws "," ws keyval )        ; a key may not repeat here
//   keyval         = key ws [ "@" ws ] "=" ws values      ; "@=": file references are read
//   key            = *( ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":" )   ; may be empty
//   values         = EOF → "" / explicit-list / hash-literal / csv-value
//   csv-value      = first-value ws [ "," ws second-value *( ws "," ws second-value ) ws ]
//                    ; one value is a string, several a list. When what follows a comma is
//                    ; not a value followed by "," or the end (`a=1,b=2`: "b" is followed by
//                    ; "="), the parser backs up to the nearest comma before that point —
//                    ; even one inside a quoted or escaped value, as the CLI does — and the
//                    ; list ends there.
//   explicit-list  = "[" ws [ explicit-value ws *( "," ws explicit-value ws ) [ "," ws ] ] "]"
//   hash-literal   = "{" ws *( key ws [ "@" ws ] "=" ws explicit-value ws [ "," ws ] ) "}"
//                    ; a repeated key overwrites
//   explicit-value = explicit-list / hash-literal / first-value
//   first-value    = single-quoted / double-quoted / first-word
//   second-value   = single-quoted / double-quoted / second-word
//   first-word     = [ ( "\," / START ) *( "\," / FIRST ) ]    ; may be empty
//   second-word    =   ( "\," / START ) *( "\," / SECOND )     ; may not
//                    ; in words "\," is a comma; trailing Python whitespace is dropped
//   single-quoted  = "'" *( "\'" / not-"'" ) "'"    ; then \' → ' and \\ → \
//   double-quoted  = DQUOTE *( "\"" / not-DQUOTE ) DQUOTE
//                    ; a quote after a backslash closes the value only when no later quote
//                    ; can (the CLI's regular expression backtracks to it)
//
// START, FIRST and SECOND are the CLI's character sets (see character-classes.ts): none holds
// quotes, ",", or code points above U+FFFF; START and SECOND exclude "=", START excludes "["
// and "{", FIRST excludes "]" and "}".
//
// Errors are `ShorthandSyntaxError`s at the offset the CLI reports; nothing else is thrown
// except a `ShorthandFileError` for an unreadable `@=` reference. Positions are UTF-16 offsets.

import {
  CHARACTER_FLAGS,
  FIRST_FOLLOW,
  KEY_CHAR,
  PYTHON_SPACE,
  SECOND_FOLLOW,
  TOKEN_SPACE,
  VALUE_START,
  pythonStripEnd,
  startsSurrogatePair,
} from "./character-classes.js";
import { fileReadFailure, noFiles, readFileReference, type FileSource } from "./file-references.js";
import { valueKind } from "./value-kind.js";
import { ShorthandFileError, ShorthandSyntaxError } from "./shorthand-error.js";
import {
  setOwnProperty,
  type ShorthandList,
  type ShorthandObject,
  type ShorthandValue,
} from "./value.js";

/** Options of `parseShorthand`. */
export interface ParseShorthandOptions {
  /**
   * Reads `key@=file://path` references. By default nothing is read: a reference is a
   * `ShorthandFileError` that names this option. `localFiles()` reads the local disk as the
   * AWS CLI does.
   */
  readonly files?: FileSource;
}

const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const EQUALS = 0x3d;
const AT = 0x40;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Deepest nesting of `[...]` and `{...}`. The AWS CLI's recursive parser runs out of Python
 * stack near 490 levels and fails; we refuse at the same depth, with a syntax error rather
 * than a crash.
 */
export const MAX_NESTING = 480;

/** Recently seen keys, by a hash of their characters (see `key()`); a power of two long. */
const KNOWN_KEYS: string[] = new Array<string>(1024).fill("");

/** A second value that did not parse (the caller backs up instead of failing). */
const NO_VALUE = Symbol("no value");

class Parser {
  text: string;
  length: number;
  files: FileSource;
  pos = 0;
  depth = 0;
  /** Whether the last word scanned by `wordEnd` held an escaped comma. */
  escapedComma = false;
  /** Set by each `@=` key, cleared by each plain key, nested ones included (as in the CLI). */
  readFiles = false;

  constructor(text: string, files: FileSource) {
    this.text = text;
    this.length = text.length;
    this.files = files;
  }

  reset(text: string, files: FileSource): void {
    this.text = text;
    this.length = text.length;
    this.files = files;
    this.pos = 0;
    this.depth = 0;
    this.readFiles = false;
    this.escapedComma = false;
  }

  // parameter = keyval *( ws "," ws keyval )
  parameter(): ShorthandObject {
    const params: ShorthandObject = {};
    let key = this.key();
    setOwnProperty(params, key, this.keyvalValue());
    let lastEnd = this.pos;
    while (this.pos < this.length) {
      this.expect(COMMA, true);
      key = this.key();
      const value = this.keyvalValue();
      if (Object.hasOwn(params, key))
        throw ShorthandSyntaxError.duplicateKey(this.text, lastEnd + 1, key);
      setOwnProperty(params, key, value);
      lastEnd = this.pos;
    }
    return params;
  }

  // keyval = key ws [ "@" ws ] "=" ws values   (the key itself is read by the caller)
  keyvalValue(): ShorthandValue {
    this.fileMarker();
    this.expect(EQUALS, true);
    return this.values();
  }

  /** `ws [ "@" ws ]`: an "@" before "=" turns file reading on for this key. */
  fileMarker(): void {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === AT) {
      this.pos++;
      this.skipSpace();
      this.readFiles = true;
    } else {
      this.readFiles = false;
    }
  }

  // key = *( ALPHA / DIGIT / "-" / "_" / "." / "#" / "/" / ":" )
  key(): string {
    const text = this.text;
    const start = this.pos;
    let i = start;
    let hash = 0;
    for (; i < this.length; i++) {
      const c = text.charCodeAt(i);
      if (!(CHARACTER_FLAGS[c]! & KEY_CHAR)) break;
      hash = (hash * 31 + c) | 0;
    }
    this.pos = i;
    const n = i - start;
    if (n === 0) return "";
    // Keys repeat (`VariantName`, `Key`). Handing back the copy seen before — which the engine
    // has already internalized as a property name — makes storing the property several times
    // cheaper than with a fresh slice, which the engine must look up in its string table.
    const slot = (hash ^ (n << 7)) & (KNOWN_KEYS.length - 1);
    const known = KNOWN_KEYS[slot]!;
    if (known.length === n && text.startsWith(known, start)) return known;
    const key = text.slice(start, i);
    KNOWN_KEYS[slot] = key;
    return key;
  }

  // values = EOF / explicit-list / hash-literal / csv-value
  values(): ShorthandValue {
    if (this.pos >= this.length) return "";
    const c = this.text.charCodeAt(this.pos);
    if (c === OPEN_BRACKET) return this.explicitList();
    if (c === OPEN_BRACE) return this.hashLiteral();
    return this.csvValue();
  }

  // csv-value = first-value ws [ "," ws second-value *( ws "," ws second-value ) ws ]
  csvValue(): ShorthandValue {
    const first = this.firstValue();
    this.skipSpace();
    if (this.pos >= this.length || this.text.charCodeAt(this.pos) !== COMMA) return first;
    this.pos++;
    this.skipSpace();
    const list: ShorthandList = [first];
    for (;;) {
      // Where the second value ends, without building it yet: most of the time what follows
      // the comma is the next key (`a=1,b=2`), and the value is dropped.
      const start = this.pos;
      const c = this.text.charCodeAt(start);
      const quote = c === SINGLE_QUOTE || c === DOUBLE_QUOTE ? c : 0;
      const end = quote ? this.quotedEnd(quote) : this.wordEnd(SECOND_FOLLOW);
      if (end !== -1) {
        this.pos = end;
        this.skipSpace();
        const atEnd = this.pos >= this.length;
        if (atEnd || this.text.charCodeAt(this.pos) === COMMA) {
          const next = this.pos;
          let value: ShorthandValue | typeof NO_VALUE;
          if (quote) {
            this.pos = start;
            value = this.quoted(quote);
          } else {
            value = this.wordValue(start, end);
          }
          this.pos = next;
          list.push(value as ShorthandValue);
          if (atEnd) break;
          this.pos++;
          this.skipSpace();
          continue;
        }
      } else if (this.pos >= this.length) {
        throw this.syntaxError("<second>", "<none>");
      }
      // After `@=`, the CLI reads a `file://` word it scanned as a list item even when that
      // word turns out to be the next key (`a@=x,file://k=1`): an unreadable one is its error.
      if (this.readFiles && end !== -1) {
        const resume = this.pos;
        this.pos = start;
        if (quote) this.quoted(quote);
        else this.wordValue(start, end);
        this.pos = resume;
      }
      // Not a list item after all (`a=1,b=2`): back up to the nearest comma before this
      // point — usually the one just consumed, but it may be an escaped or quoted one since.
      while (this.text.charCodeAt(this.pos) !== COMMA) this.pos--;
      break;
    }
    return list.length === 1 ? first : list;
  }

  // explicit-list = "[" ws [ explicit-value ws *( "," ws explicit-value ws ) [ "," ws ] ] "]"
  explicitList(): ShorthandList {
    this.enter();
    this.expect(OPEN_BRACKET, true);
    const values: ShorthandList = [];
    while (this.text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
      values.push(this.explicitValue());
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
        this.expect(COMMA, false);
        this.skipSpace();
      }
    }
    this.expect(CLOSE_BRACKET, false);
    this.depth--;
    return values;
  }

  // hash-literal = "{" ws *( key ws [ "@" ws ] "=" ws explicit-value ws [ "," ws ] ) "}"
  hashLiteral(): ShorthandObject {
    this.enter();
    this.expect(OPEN_BRACE, true);
    const object: ShorthandObject = {};
    while (this.text.charCodeAt(this.pos) !== CLOSE_BRACE) {
      const key = this.key();
      this.fileMarker();
      this.expect(EQUALS, true);
      const value = this.explicitValue();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== CLOSE_BRACE) {
        this.expect(COMMA, false);
        this.skipSpace();
      }
      setOwnProperty(object, key, value);
    }
    this.expect(CLOSE_BRACE, false);
    this.depth--;
    return object;
  }

  enter(): void {
    if (++this.depth > MAX_NESTING)
      throw this.syntaxError(`at most ${MAX_NESTING} nested lists and objects`, "one more");
  }

  // explicit-value = explicit-list / hash-literal / first-value
  explicitValue(): ShorthandValue {
    const c = this.text.charCodeAt(this.pos);
    if (c === OPEN_BRACKET) return this.explicitList();
    if (c === OPEN_BRACE) return this.hashLiteral();
    return this.firstValue();
  }

  // first-value = single-quoted / double-quoted / first-word
  firstValue(): ShorthandValue {
    const c = this.text.charCodeAt(this.pos);
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
      const value = this.quoted(c);
      if (value === NO_VALUE)
        throw this.syntaxError(
          c === SINGLE_QUOTE ? "<singled quoted>" : "<double quoted>",
          "<none>",
        );
      return value;
    }
    return this.word(FIRST_FOLLOW, false);
  }

  // first-word / second-word: ( "\," / START ) *( "\," / follow ), "\," read as ",", trailing
  // Python whitespace dropped. An absent first-word is "", an absent second-word NO_VALUE.
  word(follow: number, required: true): ShorthandValue | typeof NO_VALUE;
  word(follow: number, required: false): ShorthandValue;
  word(follow: number, required: boolean): ShorthandValue | typeof NO_VALUE {
    const start = this.pos;
    const end = this.wordEnd(follow);
    if (end === -1) return required ? NO_VALUE : "";
    return this.wordValue(start, end);
  }

  /** The value of the word between `start` and `end` (as scanned by `wordEnd`, just before). */
  wordValue(start: number, end: number): ShorthandValue {
    this.pos = end;
    let raw = this.text.slice(start, end);
    if (this.escapedComma) raw = raw.replaceAll("\\,", ",");
    if (CHARACTER_FLAGS[raw.charCodeAt(raw.length - 1)]! & PYTHON_SPACE) raw = pythonStripEnd(raw);
    return this.readFiles ? this.resolve(raw, start) : raw;
  }

  /** Where a word starting at `pos` ends, or -1 when none starts there. */
  wordEnd(follow: number): number {
    const text = this.text;
    const length = this.length;
    let i = this.pos;
    let flag = VALUE_START;
    this.escapedComma = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH && text.charCodeAt(i + 1) === COMMA) {
        this.escapedComma = true;
        i += 2;
      } else if (
        i < length &&
        CHARACTER_FLAGS[c]! & flag &&
        !(c >= 0xd800 && c <= 0xdbff && startsSurrogatePair(text, i))
      ) {
        i++;
      } else {
        break;
      }
      flag = follow;
    }
    return i === this.pos ? -1 : i;
  }

  // single-quoted / double-quoted
  quoted(quote: number): ShorthandValue | typeof NO_VALUE {
    const start = this.pos;
    const end = this.quotedEnd(quote);
    if (end === -1) return NO_VALUE;
    this.pos = end;
    let content = this.text.slice(start + 1, end - 1);
    if (content.includes("\\")) {
      const q = quote === SINGLE_QUOTE ? "'" : '"';
      content = content.replaceAll(`\\${q}`, q).replaceAll("\\\\", "\\");
    }
    return this.resolve(content, start);
  }

  /**
   * Where a quoted value starting at `pos` ends (after its closing quote), or -1. The closing
   * quote is the first one not taken by a preceding backslash; failing that (end of input), the
   * quote of the last `\'` pair — where the CLI's regular expression backtracks to.
   */
  quotedEnd(quote: number): number {
    const text = this.text;
    let i = this.pos + 1;
    let lastEscapedQuote = -1;
    while (i < this.length) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH && text.charCodeAt(i + 1) === quote) {
        lastEscapedQuote = i + 1;
        i += 2;
      } else if (c === quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return lastEscapedQuote === -1 ? -1 : lastEscapedQuote + 1;
  }

  /** Reads a file reference when the key was written `@=`. */
  resolve(value: string, offset: number): ShorthandValue {
    if (!this.readFiles || !value.startsWith("file")) return value;
    try {
      return readFileReference(value, this.files) ?? value;
    } catch (e) {
      throw new ShorthandFileError(this.text, offset, value, fileReadFailure(e));
    }
  }

  expect(code: number, skipSpace: boolean): void {
    if (skipSpace) this.skipSpace();
    if (this.pos >= this.length) throw this.syntaxError(String.fromCharCode(code), "EOF");
    if (this.text.charCodeAt(this.pos) !== code) {
      throw this.syntaxError(
        String.fromCharCode(code),
        String.fromCodePoint(this.text.codePointAt(this.pos)!),
      );
    }
    this.pos++;
    if (skipSpace) this.skipSpace();
  }

  skipSpace(): void {
    while (this.pos < this.length && CHARACTER_FLAGS[this.text.charCodeAt(this.pos)]! & TOKEN_SPACE)
      this.pos++;
  }

  syntaxError(expected: string, received: string): ShorthandSyntaxError {
    return new ShorthandSyntaxError(this.text, this.pos, expected, received);
  }
}

/**
 * Parses AWS CLI shorthand syntax into an untyped value, exactly as the AWS CLI's parser does
 * (before the model converts numbers and booleans: see `coerce`).
 *
 * ```ts
 * parseShorthand("a=b,c=[1,2],d={e=f}"); // { a: "b", c: ["1", "2"], d: { e: "f" } }
 * parseShorthand("a=b,c");               // { a: ["b", "c"] }
 * ```
 *
 * @throws ShorthandSyntaxError when the text is not shorthand (with the offset and a caret
 *   display); ShorthandFileError when a `key@=file://path` reference cannot be read;
 *   TypeError when `text` is no string.
 */
export function parseShorthand(text: string, options?: ParseShorthandOptions): ShorthandObject {
  if (typeof text !== "string")
    throw new TypeError(`parseShorthand takes a string, not ${valueKind(text)}`);
  // One parser serves every call; a call made while it is busy (from a file source) gets its own.
  const parser = idle ?? new Parser("", noFiles);
  idle = undefined;
  parser.reset(text, options?.files ?? noFiles);
  try {
    return parser.parameter();
  } finally {
    parser.reset("", noFiles);
    idle = parser;
  }
}

let idle: Parser | undefined = new Parser("", noFiles);
