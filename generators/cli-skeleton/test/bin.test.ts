// The bin: dry run, skeletons, help, exit codes (0, 2, 252, 255), `--send` as an extension
// point; once through `runCommand` with captured output, once as a real process (the built bin of
// the generated package, run with node).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand } from "@shapekit/cli";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../../../test/support/json-documents.js";
import { specSurface } from "./spec-surface.js";

async function run(
  argv: string[],
  send?: Parameters<typeof runCommand>[2] extends infer O
    ? O extends { send?: infer S }
      ? S
      : never
    : never,
) {
  let stdout = "";
  let stderr = "";
  const code = await runCommand(specSurface(), argv, {
    io: { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
    ...(send ? { send } : {}),
  });
  return { code, stdout, stderr };
}

const OK = [
  "create-endpoint-config",
  "--endpoint-config-name",
  "c",
  "--production-variants",
  "VariantName=v,ModelName=m,InstanceType=ml.m5.large,InitialInstanceCount=1",
];

describe("shapekit-sagemaker", () => {
  it("prints the request as JSON by default (dry run)", async () => {
    const r = await run(OK);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      EndpointConfigName: "c",
      ProductionVariants: [
        { VariantName: "v", ModelName: "m", InstanceType: "ml.m5.large", InitialInstanceCount: 1 },
      ],
    });
    expect((await run([...OK, "--dry-run"])).stdout).toBe(r.stdout);
  });
  it("prints skeletons", async () => {
    expect((await run(["create-endpoint-config", "--generate-cli-skeleton"])).stdout).toBe(
      specSurface().generateCliSkeleton("create-endpoint-config", "input"),
    );
    expect(
      (await run(["create-endpoint-config", "--generate-cli-skeleton", "yaml-input"])).stdout,
    ).toMatch(/^EndpointConfigName: ''/);
  });
  it("prints help", async () => {
    expect((await run(["help", "create-endpoint-config"])).stdout).toMatch(
      /^CREATE-ENDPOINT-CONFIG\n/,
    );
    expect((await run(["create-endpoint-config", "help"])).stdout).toMatch(
      /^CREATE-ENDPOINT-CONFIG\n/,
    );
    expect((await run(["help", "create-endpoint-config", "--markdown"])).stdout).toMatch(
      /^# create-endpoint-config\n/,
    );
    expect(await run(["help"])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("create-endpoint-config"),
    });
  });
  it.each([
    [[], 2],
    [["create-endpoint-confg"], 2],
    [["create-endpoint-config", "--endpoint-config-name", "c"], 2],
    [[...OK, "--bogus"], 252],
    [
      [
        "create-endpoint-config",
        "--endpoint-config-name",
        "c",
        "--production-variants",
        "VariantName",
      ],
      252,
    ],
    [
      [
        "create-endpoint-config",
        "--endpoint-config-name",
        "bad name",
        "--production-variants",
        "VariantName=v",
      ],
      252,
    ],
    [["create-endpoint-config", "--cli-input-json", "{"], 252],
    [[...OK, "--send"], 255],
  ])("%j exits %i", async (argv, code) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    if (code !== 0) expect(r.stderr).not.toBe("");
  });
  it("--no-validate prints the request the AWS CLI would build, constraint violations and all", async () => {
    const bad = [
      "create-endpoint-config",
      "--endpoint-config-name",
      "bad name",
      "--production-variants",
      "VariantName=v",
    ];
    expect((await run(bad)).code).toBe(252);
    const r = await run([...bad, "--no-validate"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual({
      EndpointConfigName: "bad name",
      ProductionVariants: [{ VariantName: "v" }],
    });
    // Parse errors are not validation: they stay errors.
    expect(
      (
        await run([
          "create-endpoint-config",
          "--endpoint-config-name",
          "c",
          "--production-variants",
          "VariantName",
          "--no-validate",
        ])
      ).code,
    ).toBe(252);
  });
  it("suggests the operation meant", async () => {
    expect((await run(["create-endpoint-confg"])).stderr).toContain(
      "did you mean create-endpoint-config?",
    );
  });
  it("passes the validated request to a --send hook", async () => {
    const calls: unknown[] = [];
    const r = await run([...OK, "--send"], (req) => {
      calls.push(req);
      return Promise.resolve({ EndpointConfigArn: "arn" });
    });
    expect(r).toMatchObject({ code: 0 });
    expect(JSON.parse(r.stdout)).toEqual({ EndpointConfigArn: "arn" });
    expect(calls).toEqual([
      {
        operation: "create-endpoint-config",
        operationName: "CreateEndpointConfig",
        input: expect.objectContaining({ EndpointConfigName: "c" }),
      },
    ]);
    expect(
      await run([...OK, "--send"], async () => Promise.reject(new Error("throttled"))),
    ).toMatchObject({ code: 255, stderr: expect.stringContaining("throttled") });
  });
  it("prints what --query selects from the response, as the AWS CLI does", async () => {
    const response = { EndpointConfigArn: "arn:1", Tags: [{ Key: "k", Value: "v" }] };
    const send = () => Promise.resolve(response);
    const selected = await run([...OK, "--send", "--query", "Tags[?Key=='k'].Value"], send);
    expect(selected).toMatchObject({ code: 0 });
    expect(JSON.parse(selected.stdout)).toEqual(["v"]);
    const scalar = await run([...OK, "--query", "EndpointConfigArn", "--send"], send);
    expect(JSON.parse(scalar.stdout)).toBe("arn:1");
    // The dry run prints the request whatever --query says: the query is for the response.
    expect(JSON.parse((await run([...OK, "--query", "EndpointConfigArn"])).stdout)).toMatchObject({
      EndpointConfigName: "c",
    });
  });
  it("prints the response in the --output format, as the AWS CLI does", async () => {
    const response = { EndpointConfigArn: "arn:1", Tags: [{ Key: "k", Value: "v" }] };
    const send = () => Promise.resolve(response);
    expect((await run([...OK, "--send", "--output", "text"], send)).stdout).toBe(
      "arn:1\nTAGS\tk\tv\n",
    );
    // What AWS CLI 1.45 prints for that response with --output table.
    const table = await run([...OK, "--output", "table", "--send"], send);
    expect(table.stdout).toBe(
      [
        "--------------------------------",
        "|    create-endpoint-config    |",
        "+--------------------+---------+",
        "|  EndpointConfigArn |  arn:1  |",
        "+--------------------+---------+",
        "||            Tags            ||",
        "|+-----------+----------------+|",
        "||    Key    |     Value      ||",
        "|+-----------+----------------+|",
        "||  k        |  v             ||",
        "|+-----------+----------------+|",
        "",
      ].join("\n"),
    );
    // A library caller's output is no terminal: no colours unless --color on asks for them.
    expect(table.stdout).not.toContain("\x1b[");
    const coloured = await run([...OK, "--output", "table", "--color", "on", "--send"], send);
    expect(coloured.stdout).toContain("\x1b[1m\x1b[34marn:1\x1b[0m");
    // --query first, then the format; an empty response prints nothing, as the AWS CLI.
    expect(
      (await run([...OK, "--send", "--output", "text", "--query", "Tags[].Key"], send)).stdout,
    ).toBe("k\n");
    expect((await run([...OK, "--send"], () => Promise.resolve({}))).stdout).toBe("");
  });
  it("lays a table out for the terminal it is given", async () => {
    const send = () => Promise.resolve({ Alpha: "a".repeat(40), Beta: "b".repeat(40) });
    let stdout = "";
    const table = (columns: number, isTTY: boolean) =>
      runCommand(specSurface(), [...OK, "--output", "table", "--send"], {
        io: { stdout: (t) => (stdout = t), stderr: () => {} },
        send,
        terminal: { columns, isTTY },
      }).then(() => stdout);
    // Wider than 60 columns: one name-value row per member instead of a header and a row.
    expect((await table(200, true)).split("\n")[3]).toMatch(/^\|\s+Alpha\s+\|\s+Beta\s+\|$/);
    // The table without its colours: the escape sequences `ESC [ <n> m` taken out.
    const plain = (text: string) =>
      text
        .split("\x1b")
        .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9]+m/, "")))
        .join("");
    expect(plain(await table(60, true)).split("\n")[3]).toMatch(/^\|\s+Alpha\s*\|\s+a{40}\s+\|$/);
    // Not a terminal: 80 columns, whatever its width says; on one, --color auto colours.
    expect(await table(200, false)).toBe(plain(await table(80, true)));
    expect(await table(80, true)).toContain("\x1b[");
  });
  it("refuses a --query that is not JMESPath before sending anything (exit 252)", async () => {
    let sent = 0;
    const send = () => Promise.resolve((sent++, {}));
    for (const query of ["[[[", "foo bar", "", "Tags[?Key=="]) {
      const r = await run([...OK, "--send", "--query", query], send);
      expect(r).toMatchObject({ code: 252, stdout: "" });
      expect(r.stderr).toContain(
        `argument --query: ${JSON.stringify(query)} is not a JMESPath expression`,
      );
    }
    expect(sent).toBe(0);
  });
});

const bin = fileURLToPath(
  new URL("../../../packages/sagemaker-cli-skeleton/bin/shapekit-sagemaker.js", import.meta.url),
);
const dist = fileURLToPath(
  new URL("../../../packages/sagemaker-cli-skeleton/dist/bin.js", import.meta.url),
);

function shapekitSagemaker(argv: string[]) {
  const r = spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the generated shapekit-sagemaker bin as a process", () => {
  let dir = "";
  beforeAll(() => {
    if (!existsSync(dist)) {
      throw new Error(
        `${dist} is missing: build first with \`npx turbo run build\` (\`npm test\` does it)`,
      );
    }
    dir = mkdtempSync(join(tmpdir(), "shapekit-bin-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints the request as JSON (dry run by default) and exits 0", () => {
    const r = shapekitSagemaker(OK);
    expect(r).toEqual({
      status: 0,
      stderr: "",
      stdout: `${JSON.stringify({ EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v", ModelName: "m", InstanceType: "ml.m5.large", InitialInstanceCount: 1 }] }, null, 4)}\n`,
    });
    expect(shapekitSagemaker([...OK, "--dry-run"])).toEqual(r);
  });

  it("merges a --cli-input-json file with explicit options, which win", () => {
    const file = join(dir, "request.json");
    writeFileSync(
      file,
      JSON.stringify({
        EndpointConfigName: "from-file",
        ProductionVariants: [{ VariantName: "v" }],
        Tags: [{ Key: "team", Value: "search" }],
      }),
    );
    const r = shapekitSagemaker([
      "create-endpoint-config",
      "--cli-input-json",
      `file://${file}`,
      "--endpoint-config-name",
      "from-argv",
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      EndpointConfigName: "from-argv",
      ProductionVariants: [{ VariantName: "v" }],
      Tags: [{ Key: "team", Value: "search" }],
    });
  });

  it("prints warnings on stderr without failing", () => {
    const r = shapekitSagemaker([
      ...OK.slice(0, -1),
      `${OK.at(-1)},AcceleratorType=ml.eia1.medium`,
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      "warning: --production-variants (ProductionVariants[0].AcceleratorType): `AcceleratorType` is deprecated",
    );
  });

  it("--version prints the package's version, exit 0; an unknown word is a usage error on stderr, exit 2", () => {
    const manifest = readManifest(join(dist, "../../package.json"));
    expect(shapekitSagemaker(["--version"])).toEqual({
      status: 0,
      stderr: "",
      stdout: `shapekit-sagemaker ${manifest.version}\n`,
    });
    expect(shapekitSagemaker(["--versions"])).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringContaining("usage: shapekit-sagemaker"),
    });
    // As the AWS CLI's global --version: anywhere on the line (an unambiguous prefix too), even
    // in an option's value's place, before `--`; the line is not read further.
    const version = { status: 0, stderr: "", stdout: `shapekit-sagemaker ${manifest.version}\n` };
    expect(shapekitSagemaker(["create-endpoint-config", "--version"])).toEqual(version);
    expect(
      shapekitSagemaker(["create-endpoint-config", "--endpoint-config-name", "--vers"]),
    ).toEqual(version);
    expect(shapekitSagemaker(["no-such-operation", "--version"])).toEqual(version);
    expect(shapekitSagemaker([...OK, "--", "--version"]).status).not.toBe(0);
    expect(shapekitSagemaker([...OK, "--version=3"])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("argument --version: ignored explicit argument '3'"),
    });
  });

  it("prints help and skeletons, exit 0", () => {
    const help = shapekitSagemaker(["help", "create-endpoint-config"]);
    expect(help).toMatchObject({
      status: 0,
      stderr: "",
      stdout: expect.stringMatching(/^CREATE-ENDPOINT-CONFIG\n/),
    });
    expect(help.stdout).toContain("[--enable-network-isolation | --no-enable-network-isolation]");
    expect(shapekitSagemaker(["create-endpoint-config", "help"]).stdout).toBe(help.stdout);
    expect(shapekitSagemaker(["help", "create-endpoint-config", "--markdown"])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^# create-endpoint-config\n/),
    });
    expect(shapekitSagemaker(["help"])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(
        /^usage: shapekit-sagemaker <operation> \[options\]\n[\s\S]*create-endpoint-config/,
      ),
    });
    const skeleton = shapekitSagemaker(["create-endpoint-config", "--generate-cli-skeleton"]);
    expect(skeleton.status).toBe(0);
    expect(skeleton.stdout).toBe(
      specSurface().generateCliSkeleton("create-endpoint-config", "input"),
    );
  });

  it.each([
    ["no operation", [], 2, /^usage: shapekit-sagemaker/],
    [
      "a misspelt operation",
      ["create-endpoint-confg"],
      2,
      /unknown operation "create-endpoint-confg"; did you mean create-endpoint-config\?/,
    ],
    [
      "a missing required option",
      ["create-endpoint-config", "--endpoint-config-name", "c"],
      2,
      /error: the following arguments are required: --production-variants/,
    ],
    [
      "an option without its value",
      ["create-endpoint-config", "--endpoint-config-name"],
      2,
      /error: argument --endpoint-config-name: expected one argument/,
    ],
    ["an unknown option", [...OK, "--bogus"], 252, /error: unknown option --bogus/],
    [
      "a shorthand syntax error",
      [...OK, "--tags", "Key"],
      252,
      /error: Error parsing parameter '--tags': Expected: '=', received: 'EOF' for input:\nKey\n {3}\^\n/,
    ],
    [
      "an invalid value",
      [
        "create-endpoint-config",
        "--endpoint-config-name",
        "bad name",
        "--production-variants",
        "VariantName=v",
      ],
      252,
      /error: --endpoint-config-name \(EndpointConfigName\): "bad name" does not match the pattern/,
    ],
    [
      "a broken --cli-input-json",
      ["create-endpoint-config", "--cli-input-json", "{"],
      252,
      /cli-input-json/,
    ],
    ["--send without a sender", [...OK, "--send"], 255, /--send needs a sender/],
  ])("%s (%j) exits %i", (_what, argv, status, stderr) => {
    const r = shapekitSagemaker(argv);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status, stdout: "" });
    expect(r.stderr).toMatch(stderr);
  });
});
