// The explain tool end to end on good and bad command lines (the built program, its output and
// exit code), the caret under the right character, and @shapekit/shorthand used with no model.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { commandWords } from "../src/command-words.js";
import { explainCommandLine } from "../src/explain.js";
import { readShorthand } from "../src/shorthand-alone.js";

const here = fileURLToPath(new URL("..", import.meta.url));

function tool(...args: string[]) {
  const r = spawnSync(process.execPath, ["dist/main.js", ...args], { cwd: here, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The column of the caret in a caret display (the line that is only spaces and `^`). */
function caretColumn(text: string): number {
  const line = text.split("\n").find((l) => /^ *\^$/.test(l));
  if (line === undefined) throw new Error(`no caret line in:\n${text}`);
  return line.length - 1;
}

const GOOD = `aws --region eu-west-1 sagemaker create-endpoint-config \\
  --endpoint-config-name recommender-config \\
  --production-variants 'VariantName=primary,ModelName=recommender-v7,InstanceType=ml.m5.large,InitialInstanceCount=2' \\
  --tags Key=team,Value=search "Key=cost center,Value=R+D 2025" \\
  --enable-network-isolation   # deploy step`;

describe("example: shorthand in another tool", () => {
  beforeAll(() => {
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url)), "-b"],
      { cwd: here },
    );
  });

  it("explains a good command line: the request the AWS CLI would send", () => {
    const r = tool("explain", GOOD);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      EndpointConfigName: "recommender-config",
      ProductionVariants: [
        {
          VariantName: "primary",
          ModelName: "recommender-v7",
          InstanceType: "ml.m5.large",
          InitialInstanceCount: 2,
        },
      ],
      Tags: [
        { Key: "team", Value: "search" },
        { Key: "cost center", Value: "R+D 2025" },
      ],
      EnableNetworkIsolation: true,
    });
  });

  it("reads the command line from standard input", () => {
    const r = spawnSync(process.execPath, ["dist/main.js", "explain"], {
      cwd: here,
      encoding: "utf8",
      input: `${GOOD}\n`,
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ EndpointConfigName: "recommender-config" });
  });

  it("shows a syntax error with the caret under the offending character", () => {
    const value = "VariantName=primary,ModelName=[m}";
    const r = tool(
      "explain",
      `aws sagemaker create-endpoint-config --endpoint-config-name c --production-variants '${value}'`,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        "error --production-variants: Error parsing parameter '--production-variants': Expected: ',', received: '}' for input:",
        value,
        `${" ".repeat(value.indexOf("}"))}^`,
        "",
      ].join("\n"),
    );

    const unclosed = "VariantName=v,ServerlessConfig={MemorySizeInMB=2048,MaxConcurrency=5";
    const eof = explainCommandLine(
      `aws sagemaker create-endpoint-config --endpoint-config-name c --production-variants '${unclosed}'`,
    );
    expect(eof.ok).toBe(false);
    expect(eof.findings).toHaveLength(1);
    expect(eof.findings[0]!.message).toContain("Expected: ',', received: 'EOF'");
    expect(caretColumn(eof.findings[0]!.message)).toBe(unclosed.length);
  });

  it("names the option of every validation issue and keeps warnings apart", () => {
    const r = tool(
      "explain",
      "aws sagemaker create-endpoint-config --endpoint-config-name 'bad name' --production-variants VariantName=v,ModelName=m,InstanceType=ml.m5.larg,InitialInstanceCount=0,AcceleratorType=ml.eia1.medium",
    );
    expect(r.status).toBe(1);
    expect(r.stdout.split("\n").filter((l) => /^(error|warning)/.test(l))).toEqual([
      'error --endpoint-config-name: EndpointConfigName: "bad name" does not match the pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$',
      "error --production-variants: ProductionVariants[0].InitialInstanceCount: 0 is below the minimum of 1",
      'error --production-variants: ProductionVariants[0].InstanceType: "ml.m5.larg" is not a value of ProductionVariantInstanceType; did you mean `ml.m5.large`?',
      "warning --production-variants: ProductionVariants[0].AcceleratorType: `AcceleratorType` is deprecated: Elastic Inference is discontinued, so there is no accelerator left to attach.",
    ]);
  });

  it.each([
    ["aws s3 ls", "this tool explains `aws sagemaker create-endpoint-config`; found `aws s3 ls`"],
    ["gcloud run deploy", "expected a command starting with `aws`, found `gcloud`"],
    [
      "aws sagemaker create-endpoint-config --endpoint-config-name c | jq .",
      "the line holds the shell operator `|`: give one command at a time",
    ],
    [
      "aws sagemaker create-endpoint-config --endpoint-config-name c --tags",
      "argument --tags: expected at least one argument",
    ],
    [
      "aws sagemaker create-endpoint-config --enable-network-isolation yes",
      "Error parsing parameter '--enable-network-isolation': takes no value, received: yes",
    ],
    [
      "aws sagemaker create-endpoint-config --tag Key=a,Value=b",
      "unknown option '--tag' of create-endpoint-config",
    ],
  ])("refuses %j", (line, message) => {
    const explanation = explainCommandLine(line);
    expect(explanation.ok).toBe(false);
    expect(explanation.findings.map((f) => f.message).join("\n")).toContain(message);
  });

  it("refuses file:// values by default, as a chat bot must, naming the option that reads them", () => {
    const r = tool(
      "explain",
      "aws sagemaker create-endpoint-config --endpoint-config-name c --kms-key-id file:///etc/passwd",
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "error --kms-key-id: Error parsing parameter '--kms-key-id': Unable to load paramfile file:///etc/passwd: reading files is off: pass the `files` option",
    );
    expect(r.stdout).not.toContain("root:");
  });

  it("reads them when a terminal user asks (--read-files), never echoing a file in an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "explain-"));
    writeFileSync(join(dir, "key.txt"), "alias/team-key");
    writeFileSync(join(dir, "credentials"), "[default]\naws_secret_access_key = wJalrXUtnFEMI\n");
    const base =
      "aws sagemaker create-endpoint-config --endpoint-config-name c --production-variants VariantName=v,ModelName=m,InstanceType=ml.m5.large";
    const read = tool(
      "explain",
      "--read-files",
      `${base} --kms-key-id file://${join(dir, "key.txt")}`,
    );
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({ KmsKeyId: "alias/team-key" });
    const wrong = tool(
      "explain",
      "--read-files",
      `${base} --tags file://${join(dir, "credentials")}`,
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain("does not hold valid JSON");
    expect(wrong.stdout).not.toContain("wJalrXUtnFEMI");
  });

  it("keeps shell variables as written and says so", () => {
    expect(commandWords("aws x --tags Key=team,Value=$TEAM 'Key=k,Value=$HOME'")).toEqual({
      ok: true,
      words: ["aws", "x", "--tags", "Key=team,Value=$TEAM", "Key=k,Value=$HOME"],
      variables: ["TEAM"],
    });
    const explanation = explainCommandLine(
      "aws sagemaker create-endpoint-config --endpoint-config-name $NAME",
    );
    expect(explanation.findings[0]).toEqual({
      severity: "warning",
      message:
        '$NAME is a shell variable: its value is unknown here, so it is read as the text "$NAME"',
    });
  });

  it("uses @shapekit/shorthand alone: structure, shortest form, caret", () => {
    expect(readShorthand("Key = team , Value=[a, 'b c'],Extra={x=\"1\"}")).toEqual({
      ok: true,
      value: { Key: "team", Value: ["a", "b c"], Extra: { x: "1" } },
      canonical: "Key=team,Value=[a,b c],Extra={x=1}",
    });
    const r = tool("shorthand", "Key=team,Value=[a");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      "error: Expected: ',', received: 'EOF' for input:\nKey=team,Value=[a\n                 ^\n",
    );
    expect(tool("shorthand", "a=b,c=[1,2]")).toMatchObject({
      status: 0,
      stdout: '{"a":"b","c":["1","2"]}\na=b,c=[1,2]\n',
    });
    expect(tool("lint")).toMatchObject({ status: 2 });
  });
});
