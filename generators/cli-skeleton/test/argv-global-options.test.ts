// The AWS CLI's global options on `aws sagemaker create-endpoint-config` command lines: 53
// lines recorded with AWS CLI 1.45 (record-awscli.py --argv), where global options appear
// after the operation, abbreviated, with bad values, between a list option's words and after
// `--`. With `{ validate: false }` we must accept exactly the ones it accepted, and build the
// same request; the options themselves are reported in `globals`.
import { describe, expect, it } from "vitest";
import { recordedCommandLines, specSurface } from "./spec-surface.js";

const cases = recordedCommandLines("argv-global-options-awscli.jsonl");

const surface = specSurface();
const BASE = ["--endpoint-config-name", "a", "--production-variants", "VariantName=v"];
const parse = (argv: string[]) =>
  surface.parseCommandLine("create-endpoint-config", argv, { validate: false });

describe("global options, as the AWS CLI reads them (argv-global-options-awscli.jsonl)", () => {
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(40));
  it.each(cases.map((c, i) => [i, c] as const))("case %i", (_, c) => {
    const result = parse(c.argv);
    expect(result.ok, result.ok ? "" : JSON.stringify(result.errors)).toBe(c.expect.ok);
    if (result.ok && c.expect.ok) expect(result.request).toStrictEqual(c.expect.request);
  });
});

describe("globals", () => {
  it("reports the global options given, by setting, converted", () => {
    const result = parse([
      "--reg=eu-west-1",
      ...BASE,
      "--output",
      "text",
      "--debug",
      "--no-verify-ssl",
      "--cli-read-timeout",
      " 1_0 ",
      "--endpoint",
      "http://localhost:4566",
      "--query",
      "EndpointConfigArn",
      "--profile",
      "dev",
    ]);
    expect(result.ok && result.globals).toStrictEqual({
      region: "eu-west-1",
      output: "text",
      debug: true,
      verifySsl: false,
      readTimeout: 10,
      endpointUrl: "http://localhost:4566",
      query: "EndpointConfigArn",
      profile: "dev",
    });
  });

  it("has none on a line without global options", () => {
    const result = parse(BASE);
    expect(result.ok && "globals" in result).toBe(false);
  });

  it("takes a global option out of a list option's words", () => {
    const result = parse([...BASE, "--region", "us-east-1", "VariantName=w"]);
    expect(result.ok && result.request["ProductionVariants"]).toStrictEqual([
      { VariantName: "v" },
      { VariantName: "w" },
    ]);
  });

  it("names the option and the reason for a bad value or an ambiguous prefix", () => {
    const errors = (argv: string[]) => {
      const result = parse([...BASE, ...argv]);
      return result.ok ? [] : result.errors.map((e) => `${e.kind} ${e.option} ${e.message}`);
    };
    expect(errors(["--output", "yaml"])).toEqual([
      'usage --output argument --output: invalid choice: "yaml" (choose from json, text, table)',
    ]);
    expect(errors(["--region", "a_b"])).toEqual([
      'syntax --region argument --region: "a_b" is not a region name (letters, digits and inner hyphens, such as us-east-1)',
    ]);
    expect(errors(["--cli-connect-timeout", "1.5"])).toEqual([
      'syntax --cli-connect-timeout argument --cli-connect-timeout: invalid whole number "1.5"',
    ]);
    expect(errors(["--endpoint-url", "localhost"])[0]).toContain("has no scheme");
    expect(errors(["--no-"])[0]).toContain(
      "ambiguous option: --no- could match --no-verify-ssl, --no-paginate, --no-sign-request",
    );
  });

  it("leaves what follows `--` to the operation", () => {
    const result = parse([...BASE, "--", "--region", "x"]);
    expect(result.ok).toBe(false);
  });
});
