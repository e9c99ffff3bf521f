// Small models for the diff tests, written as Smithy IDL and resolved like any model.

import { expect } from "vitest";
import { parseIdl } from "../../src/idl/index.js";
import type { Model } from "../../src/model.js";
import { resolveModel } from "../../src/resolve.js";
import { diffModels } from "../../src/diff/index.js";

/** Resolves an IDL 2.0 body (namespace `ns`), failing the test on any error. */
export function model(body: string): Model {
  const text = body.startsWith("$version") ? body : `$version: "2"\nnamespace ns\n\n${body}`;
  const parsed = parseIdl(text, "model.smithy");
  expect(parsed.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual(
    [],
  );
  const resolved = resolveModel([parsed.loaded!]);
  expect(resolved.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual(
    [],
  );
  return resolved.model!;
}

/** `severity shape kind` of every change from `before` to `after`, in the diff's order. */
export function changes(before: string, after: string): string[] {
  return diffModels(model(before), model(after)).map((c) => `${c.severity} ${c.shape} ${c.kind}`);
}

/** The full changes, for message assertions. */
export function fullChanges(before: string, after: string) {
  return diffModels(model(before), model(after));
}
