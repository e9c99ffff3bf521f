// 303 command lines of `aws sagemaker create-endpoint-config` made by mutating the 150 recorded
// ones (options abbreviated, dropped, swapped and repeated, shorthand values from the shorthand
// corpus spliced in, stray words, `--`, cli-input documents), each recorded with AWS CLI 1.45
// (record-awscli.py --argv). With `{ validate: false }` we must accept exactly the ones it
// accepted, and build the same request. Lines with `--profile` (or a prefix of it) are left out:
// the AWS CLI reads the user's configuration for them, a library call does not.
import { describe, expect, it } from "vitest";
import { recordedCommandLines, specSurface } from "./spec-surface.js";

const cases = recordedCommandLines("argv-mutated-awscli.jsonl");

describe("mutated command lines, as the AWS CLI reads them (argv-mutated-awscli.jsonl)", () => {
  const surface = specSurface();
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(300));
  it.each(cases.map((c, i) => [i, c] as const))("case %i", (_, c) => {
    const result = surface.parseCommandLine("create-endpoint-config", c.argv, { validate: false });
    expect(result.ok, result.ok ? "" : JSON.stringify(result.errors)).toBe(c.expect.ok);
    if (result.ok && c.expect.ok) expect(result.request).toStrictEqual(c.expect.request);
  });

  it("reads --cli-input as --cli-input-json, which AWS CLI v1 has alone", () => {
    const result = surface.parseCommandLine(
      "create-endpoint-config",
      ["--endpoint-config-name", "a", "--production-variants", "VariantName=v"].concat([
        "--cli-input",
        '{"KmsKeyId": "k"}',
      ]),
      { validate: false },
    );
    expect(result.ok && result.request).toStrictEqual({
      EndpointConfigName: "a",
      ProductionVariants: [{ VariantName: "v" }],
      KmsKeyId: "k",
    });
  });
});
