// Whether an emitter's claim that a file is in prettier's layout can rest on its line lengths.
// The emitters measure a line by its UTF-16 length; prettier by its display width, where an East
// Asian wide character counts 2, a combining mark or a control character 0, and a character
// outside the Basic Multilingual Plane (two UTF-16 units) 1 or 2. The two agree on ASCII and on
// the Latin letters up to U+02FF; a code line with anything else may be broken where prettier
// keeps it whole, or kept whole where prettier breaks it (identitystore's address patterns hold
// a U+3000 IDEOGRAPHIC SPACE). A file with a code line on which the two measures may decide
// otherwise goes through prettier whole, whatever its emitter said. Comments do not count: prettier never breaks or joins them, whatever their width; nor
// does markdown prose, which prettier does not rewrap.

import { PRINT_WIDTH } from "@shapekit/generated-package/typescript-data";

/**
 * A character whose display width may not be its UTF-16 length: C1 controls, the soft hyphen,
 * and everything from U+0300 on (surrogates included; that range first: after another character,
 * its combining first character reads as a misleading class). A regular expression, not a loop of
 * `charCodeAt`: every generated file is tested (28 MB for whole SageMaker) and nearly all are
 * ASCII, which the expression engine scans several times faster.
 */
const MAY_DIFFER = /[\u0300-\uffff\x7f-\x9f\xad]/;
/** The same, for every occurrence. */
const MAY_DIFFER_ALL = new RegExp(MAY_DIFFER.source, "g");

/** Whether `text` holds a character whose display width may not be its UTF-16 length. */
function widthMayDiffer(text: string): boolean {
  return MAY_DIFFER.test(text);
}

/**
 * Characters prettier may count narrower than their UTF-16 length: marks, format and control
 * characters (0) and those outside the Basic Multilingual Plane (two units, 1 or 2 columns).
 * With one in a line, a break the emitter made by length may be a line prettier keeps whole.
 */
const NARROWER = /[\p{M}\p{Cf}\p{Cc}\u{10000}-\u{10ffff}]/u;

/**
 * Whether prettier decides on `line` as the emitter did: no character narrower than its length,
 * and the line on the same side of the print width when each other non-Latin character counts
 * 2 (East Asian wide) as when it counts 1. A line too long either way was too long for both.
 */
function lineWidthAgrees(line: string): boolean {
  if (!widthMayDiffer(line)) return true;
  if (NARROWER.test(line.replace(/[\t\r]/g, ""))) return false;
  if (line.length > PRINT_WIDTH) return true;
  let wide = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) >= 0x300) wide++;
  return line.length + wide <= PRINT_WIDTH;
}

/** A line prettier never breaks or joins by its width: a comment line. */
const COMMENT_LINE = /^\s*(?:\*|\/\*|\/\/)/;

/** A JSON object member with a string value: objects stay expanded, strings are never broken. */
const JSON_STRING_MEMBER = /^\s*"(?:[^"\\]|\\.)*": "/;

const SCRIPT = /\.[cm]?[jt]s$/;

/** Whether prettier measures every line of `text` that it could break or join as we do. */
export function widthsAgree(path: string, text: string): boolean {
  if (!widthMayDiffer(text)) return true;
  const skipped = SCRIPT.test(path)
    ? COMMENT_LINE
    : path.endsWith(".json")
      ? JSON_STRING_MEMBER
      : undefined;
  if (path.endsWith(".md")) return markdownWidthsAgree(text);
  if (skipped === undefined) return false;
  return suspectLines(text).every((line) => skipped.test(line) || lineWidthAgrees(line));
}

/**
 * The lines of `text` that hold a character whose width may differ: the others always agree,
 * and a generated file's documentation puts a few such characters (curly quotes, dashes) in
 * files of thousands of lines.
 */
function suspectLines(text: string): string[] {
  const suspect = MAY_DIFFER_ALL;
  suspect.lastIndex = 0;
  const lines: string[] = [];
  for (let match = suspect.exec(text); match !== null; match = suspect.exec(text)) {
    const start = text.lastIndexOf("\n", match.index) + 1;
    const newline = text.indexOf("\n", match.index);
    const end = newline === -1 ? text.length : newline;
    lines.push(text.slice(start, end));
    suspect.lastIndex = end;
  }
  return lines;
}

/**
 * Markdown: prettier keeps prose lines as they are (no rewrapping), so only the lines it lays
 * out by width count: those of fenced code blocks (formatted as code) and of tables (aligned).
 */
function markdownWidthsAgree(text: string): boolean {
  let inFence = false;
  for (const line of text.split("\n")) {
    const fence = /^\s*(?:```|~~~)/.test(line);
    if ((inFence || fence || /^\s*\|/.test(line)) && !lineWidthAgrees(line)) return false;
    if (fence) inFence = !inFence;
  }
  return true;
}
