// The fast path of parse + coerce: one pass over the text that builds the coerced value
// directly, knowing from the shape where it is (which member, which type). It is an
// optimisation of `coerce(parseShorthand(text))`, never a second definition of the grammar:
// the rules it applies are parser.ts's (quotes, escapes, backing up in comma lists, trailing
// Python whitespace) and coerce.ts's (conversions, wrapping lone values in lists), and
// whenever the text holds something it leaves alone — `@=` file references, nesting deeper
// than 64, a repeated or inherited top-level key, `__proto__` — or anything that would be an
// error (syntax, or a conversion), it gives up (`undefined`) and the caller runs the reference
// parser and coercion, which then produce the value or the error (messages and offsets are
// theirs alone). A differential test (corpus and random text) and the fuzzer run both.
//
// Why it is faster: no substring is cut for a key the shape declares (the member's own name is
// matched in place, by its first character, and stored), scalars are converted as they are
// read, no value is visited a second time, the common "next key after a comma" is seen without
// backing up (and the key found there is not scanned again), and a repeated key is found with
// a bit set rather than a property lookup. The scanners read the text's code units from a typed
// array ending in a 0 (code-units.ts) rather than with `charCodeAt`, and never past the end;
// each shape's objects come from a constructor of their own, sized by V8 to their members.

import {
  CHARACTER_FLAGS,
  FIRST_FOLLOW,
  KEY_CHAR,
  PYTHON_SPACE,
  SECOND_FOLLOW,
  TOKEN_SPACE,
  VALUE_START,
  pythonStripEnd,
} from "./character-classes.js";
import { codeUnits } from "./code-units.js";
import { NumberSyntaxError, pythonFloat, pythonInt } from "./python-numbers.js";
import type { ShapeNode } from "./shape-graph.js";

const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const EQUALS = 0x3d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Nesting beyond this is left to the reference parser (which has its own limit). */
const MAX_FAST_DEPTH = 64;

// What coercion does to a value at a node, by kind (see coerce.ts `visit`).
/** Nothing: strings, blobs, timestamps, unknown keys, and values of the wrong kind. */
const KIND_NONE = 0;
const KIND_STRUCTURE = 1;
const KIND_MAP = 2;
const KIND_LIST = 3;
const KIND_INTEGER = 4;
const KIND_FLOAT = 5;
const KIND_BOOLEAN = 6;
/** Always refused (shorthand cannot type a document). */
const KIND_DOCUMENT = 7;

/** A shape node prepared for the fast path. */
interface FastNode {
  kind: number;
  /** List element or map value. */
  item: FastNode;
  /** Structure members: names, their characters, nodes. */
  names: string[];
  codes: Uint16Array[];
  nodes: FastNode[];
  /** Members whose name starts with each ASCII character (indexes into the arrays above). */
  byFirst: Int32Array[];
  /** Makes the (empty) objects of this node. */
  make: ObjectMaker;
}

type ObjectMaker = new () => ObjectValue;

/**
 * A constructor of plain objects (their prototype is `Object.prototype`, as for `{}`), one per
 * node: V8 then sizes the objects of each shape to the members they are given, and stores the
 * members inside them, rather than in a second array that grows as they are added.
 */
function objectMaker(): ObjectMaker {
  const make = function () {} as unknown as ObjectMaker;
  make.prototype = Object.prototype;
  return make;
}

const NO_MEMBERS = new Int32Array(0);

function emptyNode(kind: number): FastNode {
  const node: FastNode = {
    kind,
    item: undefined as unknown as FastNode,
    names: [],
    codes: [],
    nodes: [],
    byFirst: new Array<Int32Array>(128).fill(NO_MEMBERS),
    make: objectMaker(),
  };
  node.item = node;
  return node;
}

/** The node for values no coercion touches (parsed as the untyped parser would). */
const UNTYPED: FastNode = emptyNode(KIND_NONE);

function kindOf(type: ShapeNode["type"]): number {
  switch (type) {
    case "structure":
      return KIND_STRUCTURE;
    case "map":
      return KIND_MAP;
    case "list":
      return KIND_LIST;
    case "integer":
    case "long":
      return KIND_INTEGER;
    case "float":
    case "double":
      return KIND_FLOAT;
    case "boolean":
      return KIND_BOOLEAN;
    case "document":
      return KIND_DOCUMENT;
    default:
      return KIND_NONE;
  }
}

function prepare(shape: ShapeNode): FastNode {
  // Kept on the shape node itself: a field read, where a WeakMap would hash on every call.
  const existing = shape.fast as FastNode | undefined;
  if (existing !== undefined) return existing;
  const node = emptyNode(kindOf(shape.type));
  shape.fast = node; // before linking: recursive shapes refer to themselves
  if (node.kind === KIND_LIST || node.kind === KIND_MAP) node.item = prepare(shape.item!);
  if (node.kind === KIND_STRUCTURE) {
    const byFirst: number[][] = [];
    shape.members.forEach((member) => {
      const name = member.name;
      // Only a name the key rule can read is ever matched; `__proto__` would need a defined
      // property: both are left to the reference parser.
      if (name === "" || name === "__proto__") return;
      const codes = new Uint16Array(name.length);
      for (let i = 0; i < name.length; i++) {
        codes[i] = name.charCodeAt(i);
        if (!(CHARACTER_FLAGS[codes[i]!]! & KEY_CHAR)) return;
      }
      const index = node.names.length;
      node.names.push(name);
      node.codes.push(codes);
      node.nodes.push(prepare(member.node));
      (byFirst[codes[0]!] ??= []).push(index);
    });
    byFirst.forEach((indexes, c) => (node.byFirst[c] = Int32Array.from(indexes)));
  }
  return node;
}

/**
 * Thrown (never escapes this module) when the fast path gives up. Made once: throwing it costs
 * no stack capture, and the catch tells it apart by identity.
 */
const GIVE_UP = new Error("the typed parser gave up");

type Value = unknown;
type ObjectValue = Record<string, unknown>;

class FastParser {
  text = "";
  /** The code units of `text`, then a 0 (code-units.ts): what the scanners read. */
  units: Uint16Array = new Uint16Array(1);
  length = 0;
  pos = 0;
  depth = 0;

  // parameter = keyval *( ws "," ws keyval ), the object coerced by `node`.
  parameter(node: FastNode): ObjectValue {
    const object = new node.make();
    const kind = node.kind;
    let seen = 0; // members given so far, by index (the first 31)
    for (;;) {
      const member = this.key(kind === KIND_STRUCTURE ? node : UNTYPED);
      const name = this.keyName;
      const index = this.keyIndex;
      // A repeated key is an error; an inherited name (`constructor`) reads as one here too,
      // and the reference parser sorts the two out.
      if (index >= 0 && index < 31) {
        if (seen & (1 << index)) throw GIVE_UP;
        seen |= 1 << index;
      } else if (object[name] !== undefined) {
        throw GIVE_UP;
      }
      this.equals();
      object[name] = this.values(kind === KIND_MAP ? node.item : member);
      if (this.pos >= this.length) return object;
      this.skipSpace();
      if (this.at(this.pos) !== COMMA) throw GIVE_UP;
      this.pos++;
      this.skipSpace();
    }
  }

  /** The key of the last `key()`. */
  keyName = "";
  /** Where the key found by `scanKey` ends, and its member's index (-1: not a member). */
  keyEnd = 0;
  keyIndex = -1;
  /** The keys of the top-level object (`UNTYPED` for a map's). */
  topKeys: FastNode = UNTYPED;
  /**
   * A top-level key already found by `csvValue` (looking past a comma for the next key), so
   * that it is not scanned twice: where it starts (-1: none), ends, its index and node.
   */
  pendingKey = -1;
  pendingEnd = 0;
  pendingIndex = -1;
  pendingMember: FastNode = UNTYPED;

  /**
   * Reads a key; sets `keyName` and `keyIndex` and returns the member's node (UNTYPED for an
   * undeclared key). A declared name is matched in place and the member's own string stored.
   */
  key(node: FastNode): FastNode {
    const start = this.pos;
    let member: FastNode;
    if (start === this.pendingKey) {
      this.pendingKey = -1;
      this.keyEnd = this.pendingEnd;
      this.keyIndex = this.pendingIndex;
      member = this.pendingMember;
    } else {
      member = this.scanKey(node, start);
    }
    const end = this.keyEnd;
    const index = this.keyIndex;
    this.pos = end;
    if (index >= 0) {
      this.keyName = node.names[index]!;
      return member;
    }
    const name = this.text.slice(start, end);
    if (name === "__proto__") throw GIVE_UP;
    this.keyName = name;
    return member;
  }

  /**
   * Finds the key that starts at `start` (without reading past it): sets `keyEnd` and
   * `keyIndex`, and returns the member's node (UNTYPED for an undeclared key).
   */
  scanKey(node: FastNode, start: number): FastNode {
    const units = this.units;
    const length = this.length;
    const first = units[start]!;
    if (first < 128) {
      const candidates = node.byFirst[first]!;
      for (let k = 0; k < candidates.length; k++) {
        const index = candidates[k]!;
        const codes = node.codes[index]!;
        const end = start + codes.length;
        // A key of another length is refused by one read (where this name would end), before
        // any unit is compared: most names that share a first letter differ in length.
        if (end > length || CHARACTER_FLAGS[units[end]!]! & KEY_CHAR) continue;
        let i = start + 1;
        while (i < end && units[i] === codes[i - start]) i++;
        if (i === end) {
          this.keyEnd = end;
          this.keyIndex = index;
          return node.nodes[index]!;
        }
      }
    }
    let i = start;
    while (CHARACTER_FLAGS[units[i]!]! & KEY_CHAR) i++;
    this.keyEnd = i;
    this.keyIndex = -1;
    return UNTYPED;
  }

  /** `ws "=" ws` after a key (`@=` is left to the reference parser). */
  equals(): void {
    this.skipSpace();
    if (this.at(this.pos) !== EQUALS) throw GIVE_UP;
    this.pos++;
    this.skipSpace();
  }

  // values = EOF / explicit-list / hash-literal / csv-value
  values(node: FastNode): Value {
    if (this.pos >= this.length) return scalar("", node);
    const c = this.at(this.pos);
    if (c === OPEN_BRACKET) return this.explicitList(node);
    if (c === OPEN_BRACE) return this.hashLiteral(node);
    return this.csvValue(node);
  }

  // csv-value = first-value ws [ "," ws second-value *( ws "," ws second-value ) ws ]
  csvValue(node: FastNode): Value {
    const first = this.firstValue();
    this.skipSpace();
    if (this.pos >= this.length || this.at(this.pos) !== COMMA) {
      return scalar(first, node);
    }
    let list: string[] | undefined;
    let comma = this.pos;
    for (;;) {
      this.pos = comma + 1;
      this.skipSpace();
      const start = this.pos;
      const c = this.at(start);
      let value: string;
      if (CHARACTER_FLAGS[c]! & KEY_CHAR) {
        // Most often the next key (`a=1,b=2`): then the list ends at this comma, and the key
        // found is kept for `key()`.
        const member = this.scanKey(this.topKeys, start);
        if (this.at(this.keyEnd) === EQUALS) {
          this.pendingKey = start;
          this.pendingEnd = this.keyEnd;
          this.pendingIndex = this.keyIndex;
          this.pendingMember = member;
          break;
        }
      }
      if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
        value = this.quoted(c);
      } else {
        const end = this.wordEnd(SECOND_FOLLOW);
        // No value here: the end is an error, anything else the next key (back up to the
        // comma, which is this one when there are two in a row).
        if (end === start) {
          if (end >= this.length) throw GIVE_UP;
          if (c === COMMA) comma = start;
          break;
        }
        value = this.wordText(start, end);
      }
      this.skipSpace();
      if (this.pos < this.length && this.at(this.pos) !== COMMA) {
        // The next key (`a=1,b=2`): back up to the nearest comma, which may be one inside
        // the quoted or escaped value just read (as in the CLI).
        if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE || this.escapedComma) {
          comma = this.pos;
          while (this.at(comma) !== COMMA) comma--;
        }
        break;
      }
      if (list === undefined) list = [first];
      list.push(value);
      if (this.pos >= this.length) return listOfScalars(list, node);
      comma = this.pos;
    }
    this.pos = comma;
    return list === undefined ? scalar(first, node) : listOfScalars(list, node);
  }

  // explicit-list = "[" ws [ explicit-value ws *( "," ws explicit-value ws ) [ "," ws ] ] "]"
  explicitList(node: FastNode): Value {
    if (++this.depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const kind = node.kind;
    if (kind >= KIND_INTEGER) throw GIVE_UP; // a number, boolean or document given a list
    const item = kind === KIND_LIST ? node.item : UNTYPED;
    this.pos++;
    this.skipSpace();
    const values: Value[] = [];
    while (this.at(this.pos) !== CLOSE_BRACKET) {
      values.push(this.explicitValue(item));
      this.skipSpace();
      const c = this.at(this.pos);
      if (c !== CLOSE_BRACKET) {
        if (c !== COMMA) throw GIVE_UP;
        this.pos++;
        this.skipSpace();
      }
    }
    this.pos++;
    this.depth--;
    return values;
  }

  // hash-literal = "{" ws *( key ws [ "@" ws ] "=" ws explicit-value ws [ "," ws ] ) "}"
  hashLiteral(node: FastNode): Value {
    if (++this.depth > MAX_FAST_DEPTH) throw GIVE_UP;
    const kind = node.kind;
    if (kind >= KIND_INTEGER) throw GIVE_UP;
    this.pos++;
    this.skipSpace();
    const object = new node.make();
    // A list member given one object wraps it, and does not look inside.
    const keys = kind === KIND_STRUCTURE ? node : UNTYPED;
    while (this.at(this.pos) !== CLOSE_BRACE) {
      if (this.pos >= this.length) throw GIVE_UP;
      const member = this.key(keys);
      const name = this.keyName;
      this.equals();
      const value = this.explicitValue(kind === KIND_MAP ? node.item : member);
      this.skipSpace();
      const c = this.at(this.pos);
      if (c !== CLOSE_BRACE) {
        if (c !== COMMA) throw GIVE_UP;
        this.pos++;
        this.skipSpace();
      }
      object[name] = value;
    }
    this.pos++;
    this.depth--;
    return kind === KIND_LIST ? [object] : object;
  }

  // explicit-value = explicit-list / hash-literal / first-value
  explicitValue(node: FastNode): Value {
    const c = this.at(this.pos);
    if (c === OPEN_BRACKET) return this.explicitList(node);
    if (c === OPEN_BRACE) return this.hashLiteral(node);
    return scalar(this.firstValue(), node);
  }

  // first-value = single-quoted / double-quoted / first-word
  firstValue(): string {
    const start = this.pos;
    const c = this.at(start);
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) return this.quoted(c);
    const end = this.wordEnd(FIRST_FOLLOW);
    return end === start ? "" : this.wordText(start, end);
  }

  /** Whether the last word scanned by `wordEnd` held an escaped comma. */
  escapedComma = false;

  /** Where the word at `pos` ends (`pos` itself when none starts there); see parser.ts. */
  wordEnd(follow: number): number {
    const units = this.units;
    let i = this.pos;
    let flag = VALUE_START;
    this.escapedComma = false;
    for (;;) {
      const c = units[i]!;
      if (c === BACKSLASH && units[i + 1] === COMMA) {
        this.escapedComma = true;
        i += 2;
      } else if (
        CHARACTER_FLAGS[c]! & flag &&
        // A surrogate pair (a code point above U+FFFF) is in no set.
        !(c >= 0xd800 && c <= 0xdbff && units[i + 1]! >= 0xdc00 && units[i + 1]! <= 0xdfff)
      ) {
        i++;
      } else {
        return i;
      }
      flag = follow;
    }
  }

  /** The word between `start` and `end`: `\,` read as `,`, Python whitespace trimmed from its end. */
  wordText(start: number, end: number): string {
    const text = this.text;
    this.pos = end;
    if (this.escapedComma) return pythonStripEnd(text.slice(start, end).replaceAll("\\,", ","));
    const units = this.units;
    let last = end;
    while (last > start && CHARACTER_FLAGS[units[last - 1]!]! & PYTHON_SPACE) last--;
    return text.slice(start, last);
  }

  /**
   * A quoted value: up to the first quote not taken by a backslash, or failing that the quote
   * of the last escaped one; `\q` read as the quote and `\\` as `\` (see parser.ts).
   */
  quoted(quote: number): string {
    const text = this.text;
    const units = this.units;
    const start = this.pos + 1;
    let i = start;
    let escapes = false;
    let lastEscapedQuote = -1;
    for (;;) {
      if (i >= this.length) {
        if (lastEscapedQuote === -1) throw GIVE_UP; // unterminated: an error
        i = lastEscapedQuote;
        break;
      }
      const c = units[i]!;
      if (c === quote) break;
      if (c === BACKSLASH) {
        escapes = true;
        if (units[i + 1] === quote) {
          lastEscapedQuote = i + 1;
          i++;
        }
      }
      i++;
    }
    this.pos = i + 1;
    const content = text.slice(start, i);
    if (!escapes) return content;
    const q = quote === SINGLE_QUOTE ? "'" : '"';
    return content.replaceAll(`\\${q}`, q).replaceAll("\\\\", "\\");
  }

  /** The code unit at `i` (at most `length`: the 0 after the text, in no character set). */
  at(i: number): number {
    return this.units[i]!;
  }

  skipSpace(): void {
    const units = this.units;
    let pos = this.pos;
    // Token space is all at or below U+0020: most of the time one comparison decides.
    if (units[pos]! > 0x20) return;
    while (CHARACTER_FLAGS[units[pos]!]! & TOKEN_SPACE) pos++;
    this.pos = pos;
  }
}

/** A text value at `node`, as `visit` converts it. */
function scalar(text: string, node: FastNode): Value {
  switch (node.kind) {
    case KIND_INTEGER:
      return integer(text);
    case KIND_FLOAT:
      return float(text);
    case KIND_BOOLEAN: {
      if (text.length !== 4 && text.length !== 5) return text;
      const lower = text.toLowerCase();
      return lower === "true" ? true : lower === "false" ? false : text;
    }
    case KIND_LIST:
      return [text];
    case KIND_DOCUMENT:
      throw GIVE_UP;
    default:
      return text;
  }
}

/** A comma-separated list of texts at `node`. */
function listOfScalars(list: string[], node: FastNode): Value {
  const kind = node.kind;
  if (kind === KIND_LIST) {
    const item = node.item;
    if (item.kind !== KIND_NONE && item.kind !== KIND_STRUCTURE && item.kind !== KIND_MAP) {
      const values: Value[] = list;
      for (let i = 0; i < list.length; i++) values[i] = scalar(list[i]!, item);
    }
    return list;
  }
  if (kind >= KIND_INTEGER) throw GIVE_UP;
  return list;
}

/** Python's `int()`: a sign and 1–15 ASCII digits inline (exact in a double); the rest through `pythonInt`. */
function integer(text: string): number {
  const n = text.length;
  if (n === 0) return converted(pythonInt, text);
  const sign = text.charCodeAt(0);
  let i = sign === 0x2d || sign === 0x2b ? 1 : 0;
  if (n > i && n - i <= 15) {
    let value = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (i === n) return sign === 0x2d && value !== 0 ? -value : value;
  }
  return converted(pythonInt, text);
}

function float(text: string): number {
  return converted(pythonFloat, text);
}

function converted(convert: (text: string) => number, text: string): number {
  try {
    return convert(text);
  } catch (e) {
    if (e instanceof NumberSyntaxError) throw GIVE_UP;
    throw e;
  }
}

// One parser serves every call: the fast path calls no code that could call back into it.
const parser = new FastParser();

/**
 * `coerce(shape, parseShorthand(text))` for one word, or `undefined` when the fast path gives up
 * (the caller then runs the reference parser and coercion). `shape` is the shape of the
 * parsed object: a structure or map node (for others the answer is always `undefined`).
 */
export function parseShorthandTyped(text: string, shape: ShapeNode): unknown {
  const node = prepare(shape);
  if (node.kind !== KIND_STRUCTURE && node.kind !== KIND_MAP) return undefined;
  parser.text = text;
  parser.units = codeUnits(text);
  parser.length = text.length;
  parser.pos = 0;
  parser.depth = 0;
  parser.topKeys = node.kind === KIND_STRUCTURE ? node : UNTYPED;
  parser.pendingKey = -1;
  try {
    return parser.parameter(node);
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

/** Whether the fast path can take a value of this shape (the top of a word). */
export function typedShapeOf(shape: ShapeNode): boolean {
  const kind = prepare(shape).kind;
  return kind === KIND_STRUCTURE || kind === KIND_MAP;
}
