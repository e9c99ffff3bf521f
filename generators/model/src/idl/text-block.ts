// Text blocks (`"""` … `"""`): incidental whitespace removal, then escapes, as the Smithy
// specification's "Incidental white space removal" section defines them.

import { decodeEscapes, type DecodeResult } from "./string-escapes.js";

/**
 * Turns the raw content of a text block (everything after the newline that follows the
 * opening `"""`, up to the closing `"""`) into its value.
 *
 * The common indentation of the lines is removed; blank lines do not count towards it,
 * except the last line: when the closing delimiter sits on its own line its indentation
 * does count, which lets the delimiter decide how much to strip. Trailing spaces are
 * removed from every line. Escapes are expanded only afterwards, so an escaped `\n` never
 * creates a line that takes part in the indentation computation.
 */
export function textBlockValue(raw: string): DecodeResult {
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const last = lines.length - 1;
  let common = Infinity;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    const indent = leadingWhitespace(line);
    if (indent === line.length && i !== last) continue; // blank line: not considered
    if (indent < common) common = indent;
  }
  if (common === Infinity) common = 0;
  const out: string[] = [];
  for (const line of lines) out.push(trimTrailingWhitespace(line.slice(common)));
  return decodeEscapes(out.join("\n"));
}

function leadingWhitespace(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) break;
    i++;
  }
  return i;
}

function trimTrailingWhitespace(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}
