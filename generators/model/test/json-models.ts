// Test fixtures as code: JSON AST documents written inline in a test, turned into loaded files
// (through the real JSON AST loader, so locations are real) and resolved.
import type { AstModel } from "../src/ast.js";
import type { Diagnostic } from "../src/diagnostic.js";
import { loadJsonAst } from "../src/json-ast-loader.js";
import type { LoadedFile } from "../src/loaded-file.js";
import { resolveModel, type ResolveResult } from "../src/resolve.js";

/** Pretty-printed like a hand-written file, so that line numbers in assertions are predictable. */
export function jsonText(doc: AstModel | Record<string, unknown>): string {
  return JSON.stringify(doc, null, 2);
}

export function loadDoc(doc: AstModel | Record<string, unknown>, file = "model.json"): LoadedFile {
  const result = loadJsonAst(jsonText(doc), file);
  if (!result.loaded || result.diagnostics.length > 0) {
    throw new Error(`fixture ${file} does not load: ${JSON.stringify(result.diagnostics)}`);
  }
  return result.loaded;
}

/** Resolves documents named `a.json`, `b.json`, … in that order. */
export function resolveDocs(...docs: Array<AstModel | Record<string, unknown>>): ResolveResult {
  return resolveModel(docs.map((d, i) => loadDoc(d, `${String.fromCharCode(97 + i)}.json`)));
}

export function errors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === "error");
}

/** `file:line:col message` lines, for readable assertions. */
export function describeDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.severity} ${d.message}`,
  );
}
