// A large generated module is formatted statement by statement instead of in one prettier call.
// Prettier formats a module's top-level statements one at a time and keeps at most one blank
// line between them, so a module cut at blank lines between top-level statements comes out of
// prettier as its pieces do, joined by one blank line. Cutting it lets the pieces already in
// prettier's layout (the prettier-shape grammar) skip prettier, spreads the rest over the
// worker threads, and caches each piece: whole SageMaker's types module is 1.4 MB, one call of
// several seconds on one core, of which all but a few declarations need no formatting at all.
//
// The cut is made only where it cannot fall inside a statement: at one or more blank lines,
// after a line that starts in column 0 and ends a statement (`;` or `}`), before a line that
// starts one in column 0 (`export`, `import`, a doc comment, ...). A cut in the wrong place
// anyway (inside a template literal, say) leaves a piece that does not parse; the caller then
// formats the module whole. `SHAPEKIT_VERIFY_PREFORMATTED=1` compares with the whole call.

/** Modules at least this large are cut (smaller ones are batched several to a call instead). */
export const SEGMENTED_BYTES = 64 * 1024;

const STATEMENT_END = /^(?!\s).*[;}]$/;
const STATEMENT_START =
  /^(?:export |import |\/\*\*|\/\/ |const |let |var |function |async function |type |interface |declare |class |abstract class |enum )/;

/**
 * The top-level pieces of `text` (each ending in one newline, none with a blank first or last
 * line), or undefined when there is nothing to cut. `pieces.join("\n")` is `text` with the
 * blank lines at each cut reduced to one.
 */
export function topLevelSegments(text: string): string[] | undefined {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const segments: string[] = [];
  let start = 0;
  let lastCode = -1; // the last non-blank line seen
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    if (
      lastCode >= start &&
      lastCode < i - 1 &&
      STATEMENT_END.test(lines[lastCode]!) &&
      STATEMENT_START.test(line)
    ) {
      segments.push(`${lines.slice(start, lastCode + 1).join("\n")}\n`);
      start = i;
    }
    lastCode = i;
  }
  if (segments.length === 0 || lastCode < start) return undefined;
  segments.push(`${lines.slice(start, lastCode + 1).join("\n")}\n`);
  return segments;
}
