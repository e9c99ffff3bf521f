// Diagnostics are values, never exceptions: every loader and the resolver collect them, and the
// command line prints them all at once, sorted, as `file:line:col: message` with a caret.

import { terminalText } from "@shapekit/shorthand";
import type { SourceLocation } from "./source-location.js";

export type DiagnosticSeverity = "error" | "warning";

/** One problem found in a model, with the place a user has to look at to fix it. */
export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** A short, stable identifier for the kind of problem (e.g. `syntax`, `unresolved-target`). */
  readonly code: string;
  readonly message: string;
  readonly location: SourceLocation;
}

export function error(code: string, message: string, location: SourceLocation): Diagnostic {
  return { severity: "error", code, message, location };
}

export function warning(code: string, message: string, location: SourceLocation): Diagnostic {
  return { severity: "warning", code, message, location };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** File, then line, then column, then message: the order a reader walks a file in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compareStrings(a.message, b.message),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Renders diagnostics for a terminal: `file:line:col: severity: message`, then the offending
 * source line and a caret under the column when the source text is known. The model is anyone's
 * text: a long line (a minified JSON AST is one line of megabytes) is shown as an excerpt
 * around the column, and control characters (a terminal's escape sequences, bidirectional
 * overrides that make a line read other than it is) are shown as U+FFFD, one for one, so the
 * caret stays in place.
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  sourceText: (file: string) => string | undefined,
): string {
  const lines: string[] = [];
  const cache = new Map<string, string[] | undefined>();
  for (const d of sortDiagnostics(diagnostics)) {
    const { file, line, column } = d.location;
    lines.push(terminalText(`${file}:${line}:${column}: ${d.severity}: ${d.message}`));
    if (!cache.has(file)) cache.set(file, sourceText(file)?.split(/\r?\n/));
    const text = cache.get(file)?.[line - 1];
    if (text !== undefined) {
      const shown = excerpt(text, column - 1);
      lines.push(`  ${terminalText(shown.text)}`);
      lines.push(`  ${caretPad(shown.text, shown.column)}^`);
    }
  }
  return lines.join("\n");
}

/** Code units shown before and after the column of a long line. */
const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 100;

/** The part of `text` a diagnostic shows, and where its column falls in it. */
function excerpt(text: string, column: number): { text: string; column: number } {
  if (text.length <= EXCERPT_BEFORE + EXCERPT_AFTER) return { text, column };
  let start = Math.max(0, column - EXCERPT_BEFORE);
  let end = Math.min(text.length, column + EXCERPT_AFTER);
  // Never cut a surrogate pair in two.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
  const head = start > 0 ? "…" : "";
  const tail = end < text.length ? "…" : "";
  return { text: head + text.slice(start, end) + tail, column: column - start + head.length };
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Spaces up to the column, keeping tabs so the caret lines up in a terminal. */
function caretPad(text: string, upTo: number): string {
  let pad = "";
  for (let i = 0; i < upTo && i < text.length; i++) pad += text[i] === "\t" ? "\t" : " ";
  return pad;
}
