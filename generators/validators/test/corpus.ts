// Test support: the labelled corpus of CreateEndpointConfig inputs (test/data), read once.

import { readFileSync } from "node:fs";

export interface CorpusCase {
  readonly line: number;
  readonly input: unknown;
  readonly expect: { readonly valid: boolean; readonly paths: readonly string[] };
}

let cache: CorpusCase[] | undefined;

export function corpus(): CorpusCase[] {
  cache ??= readFileSync(
    new URL("./data/validate-create-endpoint-config.jsonl", import.meta.url),
    "utf8",
  )
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => ({ line: i + 1, ...(JSON.parse(l) as Omit<CorpusCase, "line">) }));
  return cache;
}

/** The sorted, distinct paths of the errors (warnings left out). */
export function errorPaths(issues: readonly { path: string; severity: string }[]): string[] {
  return [...new Set(issues.filter((i) => i.severity === "error").map((i) => i.path))].sort();
}
