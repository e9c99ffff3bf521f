// How deep a model's JSON (a JSON AST, a service-2.json) may nest arrays and objects. jsonc-parser
// builds its syntax tree by recursion, and so do the readers after it: a hostile file of a
// million `[` would exhaust the stack. So the text is measured first, in one pass, and refused
// with its place when it nests too deep. Real models stay far below the limit (an IDL node value
// may nest 256 levels, and a JSON AST adds a few for the shape around it).

import { error, type Diagnostic } from "./diagnostic.js";
import type { TextPositions } from "./text-position.js";

export const MAX_JSON_DEPTH = 512;

/** The error for JSON text nested deeper than `MAX_JSON_DEPTH`, at the bracket past it; else undefined. */
export function jsonNestingError(text: string, positions: TextPositions): Diagnostic | undefined {
  const offset = nestingPast(text, MAX_JSON_DEPTH);
  return offset === undefined
    ? undefined
    : error(
        "json-syntax",
        `JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
        positions.at(offset),
      );
}

/** The offset of the bracket that nests past `limit` levels, or undefined (strings skipped). */
export function nestingPast(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: on to its closing quote, past escaped characters.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++)
        if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}
