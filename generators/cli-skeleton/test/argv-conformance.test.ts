// The 150 recorded command lines of `aws sagemaker create-endpoint-config` (AWS CLI 1.45): with
// `{ validate: false }` we must accept exactly the ones it accepted, and build the same request.
import { describe, expect, it } from "vitest";
import { recordedCommandLines, specSurface } from "./spec-surface.js";

const cases = recordedCommandLines("argv-awscli.jsonl");

describe("argv conformance with the AWS CLI (argv-awscli.jsonl)", () => {
  const surface = specSurface();
  it("has the 150 recorded cases", () => expect(cases).toHaveLength(150));
  it.each(cases.map((c, i) => [i, c] as const))("case %i", (_, c) => {
    const result = surface.parseCommandLine("create-endpoint-config", c.argv, { validate: false });
    expect(result.ok, result.ok ? "" : JSON.stringify(result.errors)).toBe(c.expect.ok);
    if (result.ok && c.expect.ok) expect(result.request).toStrictEqual(c.expect.request);
  });
});
