// Safe by default, end to end: every entry point of the committed generated packages, and
// `shapekit cli` called as a library, reads no file unless its caller passes `files`; the
// `file://` value is then an error that names the option. The bins (`shapekit-sagemaker`,
// `shapekit`) opt in and read files as the AWS CLI does — regular files only, `~` and `$VAR`
// expanded, a size limit — and no error of theirs holds a file's contents or a variable's value.
// Hostile cli-input documents (billion laughs, a merge of a scalar, megabytes, deep nesting)
// are error results and exit code 252, never an exception.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { localFiles } from "@shapekit/cli";
import { runShapekit } from "../generators/cli/test/run-shapekit.js";
import * as cliSkeleton from "@shapekit/sagemaker-cli-skeleton";
import * as cliSkeletonOperation from "@shapekit/sagemaker-cli-skeleton/operations/CreateEndpointConfig";
import * as shorthand from "@shapekit/sagemaker-shorthand";
import * as shorthandOperation from "@shapekit/sagemaker-shorthand/operations/CreateEndpointConfig";
import { beforeAll, describe, expect, it } from "vitest";

const SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY";
const dir = mkdtempSync(join(tmpdir(), "shapekit-file-safety-"));
const write = (name: string, contents: string): string => {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
};
const credentials = write("credentials", `[default]\naws_secret_access_key = ${SECRET}\n`);
const keyFile = write("key.txt", "alias/my-key");
const REQUIRED = [
  "--endpoint-config-name",
  "c",
  "--production-variants",
  "VariantName=v,ModelName=m",
];
const DISABLED = "pass the `files` option";

const LAUGHS = ["a: &a [x, x, x, x, x, x, x, x, x]"]
  .concat(
    ["b", "c", "d", "e", "f"].map(
      (k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcde"[i]}`).join(", ")}]`,
    ),
  )
  .join("\n");
const MERGE = "%YAML 1.1\n---\na: &a text\nb:\n  <<: *a\n";

describe("library entry points read no file without files", () => {
  const values = [`file://${keyFile}`, `fileb://${keyFile}`];

  it("parseArgument, at the root and per operation", () => {
    for (const value of values) {
      for (const result of [
        shorthand.parseArgument("create-endpoint-config", "--kms-key-id", [value]),
        shorthandOperation.parseArgument("--kms-key-id", [value]),
        shorthand.parseArgument("create-endpoint-config", "--tags", [`Key=k,Value@=${value}`]),
      ]) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toContain(DISABLED);
      }
    }
    const files = localFiles();
    expect(
      shorthand.parseArgument("create-endpoint-config", "--kms-key-id", [values[0]!], { files }),
    ).toEqual({
      ok: true,
      value: "alias/my-key",
    });
    expect(shorthandOperation.parseArgument("--kms-key-id", [values[0]!], { files })).toEqual({
      ok: true,
      value: "alias/my-key",
    });
  });

  it("parseCommandLine, at the root and per operation, options and cli-input documents", () => {
    const argvs = [
      [...REQUIRED, "--kms-key-id", values[0]!],
      [...REQUIRED, "--tags", `Key=k,Value@=${values[0]}`],
      [
        "--cli-input-json",
        `file://${write("request.json", '{"EndpointConfigName":"c","ProductionVariants":[{"VariantName":"v"}]}')}`,
      ],
      [
        "--cli-input-yaml",
        `file://${write("request.yaml", "EndpointConfigName: c\nProductionVariants:\n- VariantName: v\n")}`,
      ],
    ];
    for (const argv of argvs) {
      for (const result of [
        cliSkeleton.parseCommandLine("create-endpoint-config", argv),
        cliSkeletonOperation.parseCommandLine(argv),
      ]) {
        expect(result).toMatchObject({ ok: false, exitCode: 252 });
        if (!result.ok) expect(result.errors[0]!.message).toContain(DISABLED);
      }
      const files = localFiles();
      expect(cliSkeleton.parseCommandLine("create-endpoint-config", argv, { files }).ok).toBe(true);
      expect(cliSkeletonOperation.parseCommandLine(argv, { files }).ok).toBe(true);
    }
  });

  it("run, at the root and per operation", async () => {
    for (const run of [
      (argv: string[], o: Parameters<typeof cliSkeleton.run>[1]) =>
        cliSkeleton.run(["create-endpoint-config", ...argv], o),
      (argv: string[], o: Parameters<typeof cliSkeleton.run>[1]) =>
        cliSkeletonOperation.run(argv, o),
    ]) {
      let stdout = "";
      let stderr = "";
      const io = {
        stdout: (t: string) => void (stdout += t),
        stderr: (t: string) => void (stderr += t),
      };
      expect(await run([...REQUIRED, "--kms-key-id", `file://${credentials}`], { io })).toBe(252);
      expect(stderr).toContain(DISABLED);
      expect(stdout + stderr).not.toContain(SECRET);
      stdout = "";
      expect(
        await run([...REQUIRED, "--kms-key-id", `file://${keyFile}`], { io, files: localFiles() }),
      ).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ KmsKeyId: "alias/my-key" });
    }
  });
});

describe("errors never hold a file's contents", () => {
  it.each([
    ["a JSON option", ["--tags", `file://${credentials}`]],
    [
      "a string option the validators check",
      ["--endpoint-config-name", `file://${credentials}`, "--production-variants", "VariantName=v"],
    ],
    ["a key@= reference", ["--tags", `Key=k,Value@=file://${credentials}`]],
    ["a JSON document", ["--cli-input-json", `file://${credentials}`]],
    ["a YAML document", ["--cli-input-yaml", `file://${credentials}`]],
    [
      "an enum in a document",
      [
        "--cli-input-yaml",
        `file://${write("enum.yaml", `EndpointConfigName: c\nProductionVariants:\n- VariantName: v\n  InstanceType: ${SECRET}\n`)}`,
      ],
    ],
  ])("%s", (_, argv) => {
    const result = cliSkeleton.parseCommandLine(
      "create-endpoint-config",
      [
        ...(argv.includes("--endpoint-config-name") || argv[0]!.startsWith("--cli-input")
          ? []
          : REQUIRED),
        ...argv,
      ],
      {
        files: localFiles(),
      },
    );
    expect(result).toMatchObject({ ok: false, exitCode: 252 });
    if (!result.ok) {
      const text = result.errors.map((e) => e.message).join("\n");
      expect(text).toMatch(/file:\/\//);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("aws_secret_access_key");
    }
  });
});

describe("hostile cli-input documents are error results", () => {
  it.each([
    ["billion laughs", ["--cli-input-yaml", LAUGHS], /aliases expand to more than 100 nodes/],
    ["a merge of a scalar", ["--cli-input-yaml", MERGE], /a merge key \(<<\) must merge maps/],
    [
      "deep JSON",
      ["--cli-input-json", "[".repeat(100_000) + "]".repeat(100_000)],
      /nested deeper than 480 levels/,
    ],
    [
      "deep YAML",
      ["--cli-input-yaml", `a: ${"{".repeat(100_000)}`],
      /nested deeper than 480 levels/,
    ],
    [
      "2 MiB of YAML",
      ["--cli-input-yaml", `a: "${"x".repeat(2 * 1024 * 1024)}"`],
      /larger than 1048576 bytes/,
    ],
  ])("%s", (_, argv, message) => {
    for (const result of [
      cliSkeleton.parseCommandLine("create-endpoint-config", argv),
      cliSkeletonOperation.parseCommandLine(argv),
    ]) {
      expect(result).toMatchObject({
        ok: false,
        exitCode: 252,
        errors: [{ kind: "cli-input", message: expect.stringMatching(message) }],
      });
    }
  });
});

const sagemakerBin = fileURLToPath(
  new URL("../packages/sagemaker-cli-skeleton/bin/shapekit-sagemaker.js", import.meta.url),
);
const shapekitBin = fileURLToPath(new URL("../generators/cli/bin/shapekit.js", import.meta.url));
const model = fileURLToPath(new URL("../spec/", import.meta.url));

function spawn(bin: string, argv: string[], env: Record<string, string> = {}) {
  // The timeout only guards the test run against a hang; nothing is asserted about time.
  const r = spawnSync(process.execPath, [bin, ...argv], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.each([
  [
    "shapekit-sagemaker",
    (argv: string[], env?: Record<string, string>) =>
      spawn(sagemakerBin, ["create-endpoint-config", ...argv], env),
  ],
  [
    "shapekit cli",
    (argv: string[], env?: Record<string, string>) =>
      spawn(shapekitBin, ["cli", "--model", model, "--", "create-endpoint-config", ...argv], env),
  ],
])("the %s bin reads files as the AWS CLI does", (_, bin) => {
  const home = join(dir, "home");
  beforeAll(() => {
    mkdirSync(join(home, ".aws"), { recursive: true });
    writeFileSync(join(home, "key.txt"), "alias/home-key");
  });

  it("reads file://, expanding ~ and $VAR", () => {
    const cases: Array<[string, Record<string, string>, string]> = [
      [`file://${keyFile}`, {}, "alias/my-key"],
      ["file://~/key.txt", { HOME: home }, "alias/home-key"],
      ["file://$KEYDIR/key.txt", { KEYDIR: home }, "alias/home-key"],
    ];
    for (const [value, env, expected] of cases) {
      const r = bin([...REQUIRED, "--kms-key-id", value], env);
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toMatchObject({ KmsKeyId: expected });
    }
  });

  it("refuses devices and FIFOs with exit 252 instead of filling memory or blocking", () => {
    const fifo = join(dir, `fifo-${Math.random().toString(36).slice(2)}`);
    execFileSync("mkfifo", [fifo]);
    for (const path of ["/dev/zero", "/dev/stdin", fifo]) {
      const r = bin([...REQUIRED, "--tags", `file://${path}`]);
      expect(r.status).toBe(252);
      expect(r.stderr).toContain("only regular files are read");
    }
  });

  it("never prints a secret from a file or from a variable", () => {
    const fromFile = bin([...REQUIRED, "--tags", `file://${credentials}`]);
    expect(fromFile.status).toBe(252);
    expect(fromFile.stderr).not.toContain(SECRET);
    const fromVariable = bin([...REQUIRED, "--kms-key-id", "file://$TOKEN/x"], { TOKEN: SECRET });
    expect(fromVariable.status).toBe(252);
    expect(fromVariable.stderr).toContain("file://$TOKEN/x: No such file or directory");
    expect(fromVariable.stderr).not.toContain(SECRET);
  });

  it("exits 252 for hostile YAML documents", () => {
    const laughs = write("laughs.yaml", LAUGHS);
    for (const argv of [
      ["--cli-input-yaml", `file://${laughs}`],
      ["--cli-input-yaml", MERGE],
    ]) {
      const r = bin(argv);
      expect(r.status).toBe(252);
      expect(r.stderr).toMatch(/aliases expand|merge key/);
    }
  });
});

describe("shapekit cli as a library", () => {
  function shapekit(args: string[], files?: ReturnType<typeof localFiles>) {
    return runShapekit(
      ["cli", "--model", model, "--", "create-endpoint-config", ...args],
      files ? { files } : {},
    );
  }

  it("reads no file unless runCli is given files", async () => {
    const refused = await shapekit([...REQUIRED, "--kms-key-id", `file://${credentials}`]);
    expect(refused.code).toBe(252);
    expect(refused.stderr).toContain(DISABLED);
    expect(refused.stdout + refused.stderr).not.toContain(SECRET);
    const read = await shapekit([...REQUIRED, "--kms-key-id", `file://${keyFile}`], localFiles());
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ KmsKeyId: "alias/my-key" });
  });
});
