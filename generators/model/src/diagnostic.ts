// Diagnostics are values, never exceptions: every loader and the resolver collect them, and the
// command line prints them all at once, sorted, as `file:line:col: message` with a caret.

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
 * source line and a caret under the column when the source text is known.
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  sourceText: (file: string) => string | undefined,
): string {
  const lines: string[] = [];
  const cache = new Map<string, string[] | undefined>();
  for (const d of sortDiagnostics(diagnostics)) {
    const { file, line, column } = d.location;
    lines.push(`${file}:${line}:${column}: ${d.severity}: ${d.message}`);
    if (!cache.has(file)) cache.set(file, sourceText(file)?.split(/\r?\n/));
    const text = cache.get(file)?.[line - 1];
    if (text !== undefined) {
      lines.push(`  ${text}`);
      lines.push(`  ${caretPad(text, column - 1)}^`);
    }
  }
  return lines.join("\n");
}

/** Spaces up to the column, keeping tabs so the caret lines up in a terminal. */
function caretPad(text: string, upTo: number): string {
  let pad = "";
  for (let i = 0; i < upTo && i < text.length; i++) pad += text[i] === "\t" ? "\t" : " ";
  return pad;
}
