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

/** Whether `text` holds a character whose display width may not be its UTF-16 length. */
function widthMayDiffer(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit >= 0x7f && unit <= 0x9f) || unit === 0xad || unit >= 0x300) return true;
  }
  return false;
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
  return text.split("\n").every((line) => skipped.test(line) || lineWidthAgrees(line));
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
