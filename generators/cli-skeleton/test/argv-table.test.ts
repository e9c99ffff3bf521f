// Table-driven argv handling: precedence of options over cli-input documents, `file://` errors
// with line and column, repeated options, `--no-` booleans, empty values, abbreviations, unknown
// options with "did you mean", required options, validation issues with option and path.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localFiles } from "@shapekit/cli";
import { describe, expect, it } from "vitest";
import { specSurface } from "./spec-surface.js";

const dir = mkdtempSync(join(tmpdir(), "shapekit-cli-skeleton-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return `file://${path}`;
};
const surface = specSurface();
// As the bin does: files are read only when asked (the default reads none; see file-safety.test.ts).
const parse = (argv: string[], validate = false) =>
  surface.parseCommandLine("create-endpoint-config", argv, { validate, files: localFiles() });
const REQUIRED = ["--endpoint-config-name", "c", "--production-variants", "VariantName=v"];
const request = (argv: string[]) => {
  const r = parse(argv);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.request;
};

describe("accepted command lines", () => {
  it.each([
    [
      "options override the JSON document, member by member",
      [
        "--cli-input-json",
        '{"EndpointConfigName":"json","KmsKeyId":"k"}',
        "--endpoint-config-name",
        "cli",
      ],
      { EndpointConfigName: "cli", KmsKeyId: "k" },
    ],
    [
      "the document may supply required members",
      ["--cli-input-json", '{"EndpointConfigName":"j","ProductionVariants":[{"VariantName":"v"}]}'],
      { EndpointConfigName: "j", ProductionVariants: [{ VariantName: "v" }] },
    ],
    [
      "a list option replaces the document's list whole",
      [
        ...REQUIRED,
        "--cli-input-json",
        '{"ProductionVariants":[{"VariantName":"a"},{"VariantName":"b"}]}',
      ],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }] },
    ],
    [
      "YAML documents work the same",
      ["--cli-input-yaml", "EndpointConfigName: y\nKmsKeyId: k\n", "--kms-key-id", "cli"],
      { EndpointConfigName: "y", KmsKeyId: "cli" },
    ],
    [
      "a repeated option: the last wins",
      [...REQUIRED, "--kms-key-id", "a", "--kms-key-id", "b"],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }], KmsKeyId: "b" },
    ],
    [
      "a repeated list option: the last occurrence's words",
      [...REQUIRED, "--production-variants", "VariantName=x", "VariantName=y"],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "x" }, { VariantName: "y" }] },
    ],
    [
      "--x then --no-x: false",
      [...REQUIRED, "--enable-network-isolation", "--no-enable-network-isolation"],
      {
        EndpointConfigName: "c",
        ProductionVariants: [{ VariantName: "v" }],
        EnableNetworkIsolation: false,
      },
    ],
    [
      "--no-x then --x: true",
      [...REQUIRED, "--no-enable-network-isolation", "--enable-network-isolation"],
      {
        EndpointConfigName: "c",
        ProductionVariants: [{ VariantName: "v" }],
        EnableNetworkIsolation: true,
      },
    ],
    [
      "--no-x overrides the document's true",
      [
        ...REQUIRED,
        "--cli-input-json",
        '{"EnableNetworkIsolation":true}',
        "--no-enable-network-isolation",
      ],
      {
        EndpointConfigName: "c",
        ProductionVariants: [{ VariantName: "v" }],
        EnableNetworkIsolation: false,
      },
    ],
    [
      "an empty value is an empty string",
      [...REQUIRED, "--kms-key-id", ""],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }], KmsKeyId: "" },
    ],
    [
      "--opt=value",
      ["--endpoint-config-name=c", "--production-variants=VariantName=v"],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }] },
    ],
    [
      "--opt= (empty)",
      [...REQUIRED, "--kms-key-id="],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }], KmsKeyId: "" },
    ],
    [
      "an unambiguous prefix names an option",
      ["--endpoint-config-n", "c", "--production-variant", "VariantName=v"],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }] },
    ],
    [
      "a negative number is a value",
      [...REQUIRED, "--kms-key-id", "-1"],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }], KmsKeyId: "-1" },
    ],
    [
      "a word with a space is a value",
      [...REQUIRED, "--kms-key-id", "-a b"],
      { EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v" }], KmsKeyId: "-a b" },
    ],
    [
      "__proto__ in a document is an ordinary member",
      ["--cli-input-json", '{"__proto__":{"x":1},"EndpointConfigName":"c"}'],
      JSON.parse('{"__proto__":{"x":1},"EndpointConfigName":"c"}'),
    ],
  ])("%s", (_, argv, expected) => {
    expect(request(argv)).toStrictEqual(expected);
  });

  it("reads file:// documents", () => {
    expect(request(["--cli-input-json", file("ok.json", '{"EndpointConfigName":"f"}')])).toEqual({
      EndpointConfigName: "f",
    });
    expect(request(["--cli-input-yaml", file("ok.yaml", "EndpointConfigName: f\n")])).toEqual({
      EndpointConfigName: "f",
    });
  });

  it("does not pollute prototypes", () => {
    request(["--cli-input-json", '{"__proto__":{"polluted":1}}']);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

// argparse's `nargs="*"`: the AWS CLI 1.45.11 builds `ProductionVariants: []` from a list option
// without words (recorded with scripts/conformance/record-awscli-commands.py); botocore's
// validation, like ours, then refuses the empty list by its length.
describe("a list option without words", () => {
  it("is an empty list, refused by validation only", () => {
    const argv = ["--endpoint-config-name", "c", "--production-variants"];
    expect(parse(argv)).toMatchObject({
      ok: true,
      request: { EndpointConfigName: "c", ProductionVariants: [] },
    });
    const validated = parse(argv, true);
    expect(validated.ok).toBe(false);
    if (!validated.ok)
      expect(validated.errors[0]).toMatchObject({
        kind: "validation",
        option: "--production-variants",
        path: "ProductionVariants",
      });
  });
});

describe("refused command lines", () => {
  it.each([
    [
      "a missing required option",
      ["--endpoint-config-name", "c"],
      "usage",
      2,
      /required: --production-variants/,
    ],
    [
      "an option without its value",
      [...REQUIRED, "--kms-key-id"],
      "usage",
      2,
      /--kms-key-id: expected one argument/,
    ],
    [
      "a value that looks like an option",
      [...REQUIRED, "--kms-key-id", "-x"],
      "usage",
      2,
      /expected one argument/,
    ],
    [
      "an ambiguous abbreviation",
      [...REQUIRED, "--ex", "x"],
      "usage",
      2,
      /ambiguous option: --ex could match --(execution-role-arn|explainer-config), --(execution-role-arn|explainer-config)/,
    ],
    [
      "a value given to a flag",
      [...REQUIRED, "--enable-network-isolation=yes"],
      "usage",
      2,
      /ignored explicit argument 'yes'/,
    ],
    [
      "an invalid skeleton kind",
      ["--generate-cli-skeleton", "xml"],
      "usage",
      2,
      /invalid choice: 'xml'/,
    ],
    [
      "both cli-input options",
      ["--cli-input-json", "{}", "--cli-input-yaml", "{}"],
      "usage",
      2,
      /cannot be used together/,
    ],
    [
      "an unknown option, with a suggestion",
      [...REQUIRED, "--kms-keyid", "k"],
      "unknown-option",
      252,
      /unknown option --kms-keyid; did you mean --kms-key-id\?/,
    ],
    [
      "a stray word",
      [...REQUIRED, "--enable-network-isolation", "yes"],
      "unknown-option",
      252,
      /unexpected word "yes"/,
    ],
    [
      "bad shorthand",
      ["--endpoint-config-name", "c", "--production-variants", "VariantName"],
      "syntax",
      252,
      /Error parsing parameter '--production-variants': /,
    ],
    [
      "bad JSON, with line and column",
      ["--cli-input-json", '{\n  "EndpointConfigName": "c",\n}'],
      "cli-input",
      252,
      /invalid JSON in the value at line 3, column 1: /,
    ],
    [
      "a missing file",
      ["--cli-input-json", "file://" + join(dir, "missing.json")],
      "cli-input",
      252,
      /cannot read file:\/\/.*missing\.json: No such file or directory/,
    ],
    [
      "bad YAML, with line and column",
      ["--cli-input-yaml", "EndpointConfigName: [a\nKmsKeyId: k"],
      "cli-input",
      252,
      /invalid YAML in the value at line \d+, column \d+/,
    ],
    [
      "a document that is not an object",
      ["--cli-input-json", "[1]"],
      "cli-input",
      252,
      /must hold an object of request members, found an array/,
    ],
  ])("%s", (_, argv, kind, exitCode, message) => {
    const r = parse(argv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.kind).toBe(kind);
    expect(r.exitCode).toBe(exitCode);
    expect(r.errors.map((e) => e.message).join("\n")).toMatch(message);
  });

  it("locates a JSON error in a file by line and column, without quoting the file", () => {
    const r = parse([
      "--cli-input-json",
      file("bad.json", '{\n  "EndpointConfigName": "c"\n  "KmsKeyId": "k"\n}\n'),
    ]);
    expect(!r.ok && r.errors[0]).toMatchObject({
      kind: "cli-input",
      option: "--cli-input-json",
      line: 3,
      column: 3,
    });
    expect(!r.ok && r.errors[0]!.message).toMatch(
      /^--cli-input-json: invalid JSON in file:\/\/.*bad\.json at line 3, column 3: Expected ',' or '}' after property value$/,
    );
  });

  it("shows the line and a caret for a document typed inline", () => {
    const r = parse(["--cli-input-json", '{\n  "EndpointConfigName": "c"\n  "KmsKeyId": "k"\n}\n']);
    expect(!r.ok && r.errors[0]!.message).toContain('\n    "KmsKeyId": "k"\n    ^');
  });

  it("reports every bad option value, not just the first", () => {
    const r = parse([
      "--endpoint-config-name",
      "c",
      "--production-variants",
      "VariantName",
      "--tags",
      "Key",
    ]);
    expect(!r.ok && r.errors.map((e) => e.option)).toEqual(["--production-variants", "--tags"]);
  });
});

describe("validation", () => {
  it("reports every issue with its option and path", () => {
    const r = parse(
      [
        "--endpoint-config-name",
        "bad name",
        "--production-variants",
        "VariantName=v,InstanceType=ml.nope",
        "VariantName=w,InitialInstanceCount=0",
      ],
      true,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.exitCode).toBe(252);
    const located = r.errors.map((e) => [e.option, e.path, e.kind]);
    expect(located).toContainEqual(["--endpoint-config-name", "EndpointConfigName", "validation"]);
    expect(located).toContainEqual([
      "--production-variants",
      "ProductionVariants[0].InstanceType",
      "validation",
    ]);
  });

  it("attributes members from the document to the cli-input option", () => {
    const r = parse(
      [
        "--cli-input-json",
        '{"EndpointConfigName":"c","ProductionVariants":[{"VariantName":"v","Bogus":1}]}',
      ],
      true,
    );
    expect(!r.ok && r.errors[0]).toMatchObject({
      option: "--cli-input-json",
      path: "ProductionVariants[0].Bogus",
      code: "unknown",
    });
  });

  it("leaves a member missing from the document to validation", () => {
    const r = parse(["--cli-input-json", '{"EndpointConfigName":"c"}'], true);
    expect(!r.ok && r.errors[0]).toMatchObject({
      kind: "validation",
      path: "ProductionVariants",
      code: "required",
    });
  });

  it("accepts a valid request", () => {
    const r = parse(
      [
        "--endpoint-config-name",
        "c",
        "--production-variants",
        "VariantName=v,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1",
      ],
      true,
    );
    expect(r.ok).toBe(true);
  });
});

describe("--generate-cli-skeleton in argv", () => {
  it.each([
    [["--generate-cli-skeleton"], "input"],
    [["--generate-cli-skeleton", "yaml-input"], "yaml-input"],
    [["--generate-cli-skeleton", "output"], "output"],
  ])("%j needs no required option", (argv, kind) => {
    const r = parse(argv);
    expect(r.ok && r.skeleton).toBe(kind);
  });
});

describe("never throws", () => {
  it("on an unknown operation or odd argv", () => {
    expect(surface.parseCommandLine("create-endpoint-confg", [])).toMatchObject({
      ok: false,
      exitCode: 2,
    });
    expect(
      surface.parseCommandLine("create-endpoint-config", "x" as unknown as string[]),
    ).toMatchObject({ ok: false });
    expect(surface.parseCommandLine("create-endpoint-config", ["--", "x", ""])).toMatchObject({
      ok: false,
    });
  });
});
