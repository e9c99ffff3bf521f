// Errors about a value that holds what a file (or URL) held, said without quoting it. A
// credentials file given to the wrong option (`--tags file://~/.aws/credentials`) must not come
// back in an error message, a log or a chat reply: the message names the reference as the user
// typed it, and where in the contents the problem is (line and column), never the text. The
// original error, which quotes it, is not kept as `cause` either.

import { ArgumentError } from "./argument-error.js";
import { ShorthandError, ShorthandFileError } from "./shorthand-error.js";

/**
 * `error` (about a value whose `text` came from `source`, or which holds the contents of the
 * `reads` references) restated without any of the contents.
 */
export function contentsError(
  error: ArgumentError,
  option: string,
  source: string | undefined,
  text: string,
  reads: readonly string[],
): ArgumentError {
  const cause = error.cause;
  // Syntax errors quote the text that was parsed: only a problem when a file held that text.
  if (source === undefined && cause instanceof ShorthandError) return error;
  if (source !== undefined && cause instanceof ShorthandError) {
    const where = describe(lineColumn(cause.input, cause.offset));
    return new ArgumentError(
      cause instanceof ShorthandFileError
        ? `${source} holds a file reference that could not be read, at ${where} (the contents are not shown)`
        : `${source} does not hold valid shorthand syntax: the error is at ${where} (the contents are not shown)`,
      { option },
    );
  }
  if (source !== undefined && cause instanceof SyntaxError) {
    const position = /at position (\d+)/.exec(cause.message);
    const where = position ? ` at ${describe(lineColumn(text, Number(position[1])))}` : "";
    return new ArgumentError(
      `${source} does not hold valid JSON${where} (the contents are not shown)`,
      { option },
    );
  }
  const named = source !== undefined ? [source] : [...new Set(reads)];
  const at = error.path === "" ? "the value" : error.path;
  return new ArgumentError(
    `${at} is not valid for this option; it holds the contents of ${named.join(", ")}, which are not shown`,
    { option, path: error.path },
  );
}

function describe(where: { line: number; column: number }): string {
  return `line ${where.line}, column ${where.column}`;
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, end)].length + 1 };
}
