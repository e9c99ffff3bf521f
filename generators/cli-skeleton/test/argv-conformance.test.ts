// The 150 recorded command lines of `aws sagemaker create-endpoint-config` (AWS CLI 1.45): with
// `{ validate: false }` we must accept exactly the ones it accepted, and build the same request.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, specSurface } from "./spec-surface.js";

interface Case {
  readonly argv: string[];
  readonly expect: { ok: true; request: unknown } | { ok: false; message: string };
}

const cases: Case[] = readFileSync(join(DATA_DIR, "argv-awscli.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Case);

describe("argv conformance with the AWS CLI (argv-awscli.jsonl)", () => {
  const surface = specSurface();
  it("has the 150 recorded cases", () => expect(cases).toHaveLength(150));
  it.each(cases.map((c, i) => [i, c] as const))("case %i", (_, c) => {
    const result = surface.parseCommandLine("create-endpoint-config", c.argv, { validate: false });
    expect(result.ok, result.ok ? "" : JSON.stringify(result.errors)).toBe(c.expect.ok);
    if (result.ok && c.expect.ok) expect(result.request).toStrictEqual(c.expect.request);
  });
});
