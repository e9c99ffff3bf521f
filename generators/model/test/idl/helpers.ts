// Shared by the IDL parser tests: parse and fail loudly, or parse and list the errors.

import { expect } from "vitest";
import type { LoadedFile } from "../../src/loaded-file.js";
import { parseIdl } from "../../src/idl/index.js";

/** Parses `text`, expects no diagnostics, returns the loaded file. */
export function parseOk(text: string): LoadedFile {
  const result = parseIdl(text, "test.smithy");
  expect(
    result.diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.message}`),
  ).toEqual([]);
  expect(result.loaded).toBeDefined();
  return result.loaded!;
}

/** `line:column message` of every error, sorted by position. */
export function errorsOf(text: string): string[] {
  const result = parseIdl(text, "test.smithy");
  return result.diagnostics
    .filter((d) => d.severity === "error")
    .sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)
    .map((d) => `${d.location.line}:${d.location.column} ${d.message}`);
}

/** The position (`line:column`) of the first error. */
export function firstErrorAt(text: string): string {
  const first = errorsOf(text)[0];
  expect(first, "expected a syntax error").toBeDefined();
  return first!.split(" ")[0]!;
}

/** Plain JSON copy (drops null prototypes) for deep equality. */
export function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** Resolves every pending reference as the prelude would for the given names, else in place. */
export function resolveNaively(file: LoadedFile, prelude: readonly string[] = []): void {
  for (const ref of file.pendingReferences) {
    if (ref.role === "elided") continue;
    const root = ref.name.split("$")[0]!;
    ref.resolve(prelude.includes(root) ? `smithy.api#${ref.name}` : `${ref.namespace}#${ref.name}`);
  }
}
