// Which characters may appear where in shorthand text. The sets are the AWS CLI's, recorded by
// testing every code point against its parser (Python regular expressions over code points):
// they are not a tidy grammar (`}` may start a value, `]` may not follow one), and matching
// them exactly is what makes us accept and reject the same inputs.
//
// Lookups go through one table of flags per UTF-16 code unit, built once at module load; a
// surrogate pair (a code point above U+FFFF, such as an emoji) belongs to no set, because the
// CLI's classes end at U+FFFF. A lone surrogate counts as the code unit it is.

/** May start an unquoted value. */
export const VALUE_START = 1;
/** May continue an unquoted value at the top level, in `[...]` and in `{...}`. */
export const FIRST_FOLLOW = 2;
/** May continue an unquoted value after a comma in a top-level comma-separated list. */
export const SECOND_FOLLOW = 4;
/** Python's `str.isspace()` (and regex `\s`): trimmed from the end of unquoted values. */
export const PYTHON_SPACE = 8;
/** Python's `string.whitespace` (ASCII only): skipped between tokens. */
export const TOKEN_SPACE = 16;
/** May appear in a key: ASCII letters, digits, `- _ . # / :`. */
export const KEY_CHAR = 32;

type Ranges = ReadonlyArray<readonly [number, number]>;

// prettier-ignore
const VALUE_START_RANGES: Ranges = [[0x21, 0x21], [0x23, 0x26], [0x28, 0x2b], [0x2d, 0x3c], [0x3e, 0x5a], [0x5c, 0x7a], [0x7c, 0xffff]];
// prettier-ignore
const FIRST_FOLLOW_RANGES: Ranges = [[0x09, 0x0d], [0x1c, 0x21], [0x23, 0x26], [0x28, 0x2b], [0x2d, 0x5c], [0x5e, 0x7c], [0x7e, 0xffff]];
// prettier-ignore
const SECOND_FOLLOW_RANGES: Ranges = [[0x09, 0x0d], [0x1c, 0x21], [0x23, 0x26], [0x28, 0x2b], [0x2d, 0x3c], [0x3e, 0xffff]];
// prettier-ignore
const PYTHON_SPACE_RANGES: Ranges = [[0x09, 0x0d], [0x1c, 0x20], [0x85, 0x85], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
const TOKEN_SPACE_RANGES: Ranges = [
  [0x09, 0x0d],
  [0x20, 0x20],
];
// prettier-ignore
const KEY_RANGES: Ranges = [[0x23, 0x23], [0x2d, 0x3a], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];

// Built by segments rather than code unit by code unit: the sets cover most of the 65,536 code
// units, and a per-unit loop ran for ~8 ms of interpreted code at every import (the cost of the
// whole shorthand runtime's load, twice over). Between two consecutive range ends every set
// either holds all code units or none, so each segment is one native `fill`.
/** Each flag with the code-unit ranges (inclusive) it holds. */
export const FLAG_RANGES: ReadonlyArray<readonly [number, Ranges]> = [
  [VALUE_START, VALUE_START_RANGES],
  [FIRST_FOLLOW, FIRST_FOLLOW_RANGES],
  [SECOND_FOLLOW, SECOND_FOLLOW_RANGES],
  [PYTHON_SPACE, PYTHON_SPACE_RANGES],
  [TOKEN_SPACE, TOKEN_SPACE_RANGES],
  [KEY_CHAR, KEY_RANGES],
];

function flagsOf(unit: number): number {
  let flags = 0;
  for (const [flag, ranges] of FLAG_RANGES)
    if (ranges.some(([from, to]) => unit >= from && unit <= to)) flags |= flag;
  return flags;
}

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const ends = new Set([0, 0x10000]);
  for (const [, ranges] of FLAG_RANGES) for (const [from, to] of ranges) ends.add(from).add(to + 1);
  const sorted = [...ends].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i++)
    table.fill(flagsOf(sorted[i]!), sorted[i], sorted[i + 1]);
  return table;
}

/** Flags of each UTF-16 code unit. */
export const CHARACTER_FLAGS: Uint8Array = buildTable();

/** True when the code unit at `index` starts a surrogate pair (a code point above U+FFFF). */
export function startsSurrogatePair(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** The flags of the character at `index` (0 for a surrogate pair: it is in no set). */
export function flagsAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && startsSurrogatePair(text, index)) return 0;
  return CHARACTER_FLAGS[unit]!;
}

/** Python's `str.strip()`: removes `PYTHON_SPACE` characters from both ends. */
export function pythonStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && CHARACTER_FLAGS[text.charCodeAt(start)]! & PYTHON_SPACE) start++;
  while (end > start && CHARACTER_FLAGS[text.charCodeAt(end - 1)]! & PYTHON_SPACE) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Python's `str.rstrip()`. */
export function pythonStripEnd(text: string): string {
  let end = text.length;
  while (end > 0 && CHARACTER_FLAGS[text.charCodeAt(end - 1)]! & PYTHON_SPACE) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Python's `str.lstrip()`. */
export function pythonStripStart(text: string): string {
  let start = 0;
  while (start < text.length && CHARACTER_FLAGS[text.charCodeAt(start)]! & PYTHON_SPACE) start++;
  return start === 0 ? text : text.slice(start);
}
