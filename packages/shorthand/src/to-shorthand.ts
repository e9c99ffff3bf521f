// Value → shorthand text that parses back to the same value, quoting only where a bare value
// would read differently. Top-level members are `key=value` pairs, nested objects `{...}`,
// lists `[...]`. A bare value must start with a START character and hold only FIRST
// characters (see character-classes.ts) or commas (written `\,`), must not end in whitespace
// (the parser trims it), and gets a space after a final backslash (so `\` and the next `,` do
// not read as `\,`). Otherwise the value is quoted with whichever quote needs fewer escapes;
// empty values inside `[...]` and `{...}` are quoted (`''`), bare they would vanish.
//
// Some values have no shorthand: a top level that is not a non-empty object, keys outside
// `[A-Za-z0-9_.#/:-]`, bytes, and (rarely) a quoted string ending in a backslash followed later
// by the same quote. The result is checked by parsing it back; those throw a
// `ShorthandEncodeError` (JSON can always express them). So does what no text carries (a Date,
// `undefined`, a cycle, a getter that throws: unwritable-value.ts), with where it stands.

import {
  CHARACTER_FLAGS,
  FIRST_FOLLOW,
  PYTHON_SPACE,
  VALUE_START,
  startsSurrogatePair,
} from "./character-classes.js";
import { nestsDeeperThan } from "./nesting.js";
import { MAX_NESTING, parseShorthand } from "./parser.js";
import { readCallerValue } from "./unwritable-value.js";
import { isPlainObject, sameValue, type ShorthandObject, type ShorthandValue } from "./value.js";

/** The value cannot be written as shorthand (it can as JSON). */
export class ShorthandEncodeError extends Error {
  override name = "ShorthandEncodeError";
}

const KEY = /^[A-Za-z0-9_.#/:-]*$/;

/** Whether a text can be written unquoted, its commas escaped as `\,`. */
function isBare(text: string): boolean {
  if (text === "") return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) continue;
    if (c >= 0xd800 && c <= 0xdbff && startsSurrogatePair(text, i)) return false;
    if (!(CHARACTER_FLAGS[c]! & (i === 0 ? VALUE_START : FIRST_FOLLOW))) return false;
  }
  return !(CHARACTER_FLAGS[text.charCodeAt(text.length - 1)]! & PYTHON_SPACE);
}

function quote(text: string): string {
  const singles = text.split("'").length;
  const doubles = text.split('"').length;
  const q = singles <= doubles ? "'" : '"';
  return q + text.replaceAll("\\", "\\\\").replaceAll(q, `\\${q}`) + q;
}

/**
 * Bare when it can be. Commas are quoted (`'a,b'` reads better than `a\,b`), except in a text
 * ending with a backslash, which only reads back bare (see the module comment).
 */
function scalarText(text: string): string {
  if (!isBare(text)) return quote(text);
  const hasComma = text.includes(",");
  if (hasComma && !text.endsWith("\\")) return quote(text);
  const bare = hasComma ? text.replaceAll(",", "\\,") : text;
  return bare.endsWith("\\") ? `${bare} ` : bare;
}

function key(name: string): string {
  if (!KEY.test(name))
    throw new ShorthandEncodeError(
      `the key ${JSON.stringify(name)} has characters shorthand keys cannot hold`,
    );
  return name;
}

/**
 * Text of a value inside `[...]` or `{...}`, where an empty bare value would read as none
 * (`[a,]`) or swallow the `}` (`{a=}`), and a list item starting with `]` would end the list.
 */
function nestedText(value: ShorthandValue): string {
  if (value === "") return "''";
  if (typeof value === "string" && value.startsWith("]")) return quote(value);
  return valueText(value);
}

function valueText(value: ShorthandValue): string {
  if (typeof value === "string") return scalarText(value);
  if (Array.isArray(value)) return `[${value.map(nestedText).join(",")}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value)
      .map((k) => `${key(k)}=${nestedText(value[k]!)}`)
      .join(",")}}`;
  }
  throw new ShorthandEncodeError(
    `shorthand cannot express ${value instanceof Uint8Array ? "bytes" : value === null ? "null" : typeof value}`,
  );
}

/**
 * Shorthand text for a value: `toShorthand({ a: "b", c: ["1", "x y"] })` → `a=b,c=[1,x y]`.
 * `parseShorthand(toShorthand(v))` deep-equals `v`.
 *
 * @throws ShorthandEncodeError for values shorthand cannot express (see the module comment).
 */
export function toShorthand(value: ShorthandObject): string {
  // A caller's object may hold what only looks like an object (a Date or a Map has no own keys,
  // so it would read as `{}`) or run code when read (a getter): it is read once, into plain data
  // that the text is written from and compared with.
  const read = readCallerValue(value);
  if (!read.ok) {
    const { path, reason } = read.problem;
    throw new ShorthandEncodeError(path === "" ? reason : `${path}: ${reason}`);
  }
  const data = read.value;
  if (!isPlainObject(data))
    throw new ShorthandEncodeError("shorthand text is a list of key=value pairs: pass an object");
  const keys = Object.keys(data);
  if (keys.length === 0)
    throw new ShorthandEncodeError("shorthand cannot express an empty object at the top level");
  // The writer recurses once per level, and the parser reads at most MAX_NESTING levels back:
  // a value deeper than that has no shorthand (the read-back below decides the levels near it).
  if (nestsDeeperThan(data, MAX_NESTING + 1))
    throw new ShorthandEncodeError(`shorthand reads at most ${MAX_NESTING} levels of nesting`);
  const text = keys.map((k) => `${key(k)}=${valueText(data[k] as ShorthandValue)}`).join(",");
  let back: unknown;
  try {
    back = parseShorthand(text, { files: NO_FILES });
  } catch {
    back = undefined;
  }
  if (!sameValue(back, data))
    throw new ShorthandEncodeError(
      "this value has no shorthand that reads back the same (a quoted value ends in a backslash)",
    );
  return text;
}

const NO_FILES = {
  readText(): string {
    throw new Error("no files");
  },
  readBytes(): Uint8Array {
    throw new Error("no files");
  },
};
