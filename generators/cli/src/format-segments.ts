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
// An emitter that knows which of its statements it wrote in prettier's layout says so with
// `GeneratedFile.pieces`; those runs skip prettier whatever the grammar says.

import { appendAll, type GeneratedFile } from "@shapekit/model";
import { isPrettierShaped } from "@shapekit/generated-package/prettier-shape";

/** A run of whole top-level statements of a module, formatted on its own. */
export interface Run {
  readonly text: string;
  /** Already in prettier's layout (said by the emitter, or passing the prettier-shape grammar). */
  readonly laidOut: boolean;
  /** Set off from the run before it by one blank line. */
  readonly blankBefore: boolean;
}

/**
 * The runs `file` is formatted in, or undefined to format it whole: the emitter's pieces when it
 * gave them (large ones not laid out cut further), else a large module cut at statements.
 */
export function formatRuns(file: GeneratedFile): Run[] | undefined {
  if (!SEGMENTED.test(file.path) || file.preformatted) return undefined;
  // Small modules are batched several to a prettier call instead (format-pool.ts), unless the
  // emitter laid out most of one: then prettier sees only the rest (a small service's shorthand
  // commands module, say, is its three laid-out interfaces and a few short declarations).
  const small = file.contents.length < SEGMENTED_BYTES;
  if (small && (file.pieces === undefined || !mostlyLaidOut(file.pieces))) return undefined;
  if (file.pieces === undefined) return cutRuns(file.contents, false);
  const runs: Run[] = [];
  for (const piece of file.pieces) {
    const text = piece.text.replace(/^\n+/, "");
    if (text === "") continue;
    const blankBefore = text !== piece.text;
    if (piece.laidOut) runs.push({ text, laidOut: true, blankBefore });
    else if (text.length >= SEGMENTED_BYTES) appendAll(runs, cutRuns(text, blankBefore) ?? []);
    else runs.push({ text, laidOut: shaped(text), blankBefore });
  }
  return runs;
}

/** Whether the laid-out pieces hold at least half of the module's text. */
function mostlyLaidOut(pieces: NonNullable<GeneratedFile["pieces"]>): boolean {
  let laidOut = 0;
  let total = 0;
  for (const piece of pieces) {
    total += piece.text.length;
    if (piece.laidOut) laidOut += piece.text.length;
  }
  return laidOut * 2 >= total;
}

/** `text` cut at statements, each run checked against the grammar. */
function cutRuns(text: string, blankBefore: boolean): Run[] | undefined {
  const segments = topLevelSegments(text) ?? [text];
  if (segments.length < 2 && !blankBefore) return undefined;
  return segments.map((segment, i) => ({
    text: segment,
    laidOut: shaped(segment),
    blankBefore: i > 0 || blankBefore,
  }));
}

/** Whether a run passes the prettier-shape grammar (which wants a one-line banner first). */
function shaped(text: string): boolean {
  return isPrettierShaped(text.startsWith("// ") ? text : `// \n${text}`);
}

const SEGMENTED = /\.[cm]?ts$/;

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
