// The small text scanners of the layout pass (layout.ts, constant-layout.ts): lines are one
// statement or block header each, written by the `code` templates, so brackets and string
// literals are all there is to skip.

import { PRINT_WIDTH } from "@shapekit/generated-package";

/** The index just past the bracket that closes the one at `open`, skipping strings. */
export function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      i = stringEnd(text, i) - 1;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function stringEnd(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** `text` split at `separator` where it is outside brackets and strings. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      i = stringEnd(text, i) - 1;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Whether `text` fits on a line at `indent` levels (two spaces each). */
export function fits(indent: number, text: string): boolean {
  return indent * 2 + text.length <= PRINT_WIDTH;
}

export const pad = (indent: number): string => "  ".repeat(indent);

/** A string literal, in the quotes prettier chose for it (layout.ts normalizes them first). */
export const STRING_LITERAL = /^"(?:[^"\\]|\\.)*"$|^'(?:[^'\\]|\\.)*'$/;
