// Hostile models for the commands that write an operation's shapes out as a tree (`shapekit
// cli` skeletons and help, `shapekit docs`): one that reuses its shapes at every level, so that
// the tree doubles with each of 40 levels, and issue 9's 2,000 nested structures. Each command
// ends with a clear error naming the operation, and writes nothing; generation, which writes
// each shape once, is not limited.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";

const LEVELS = 40;
const scratch = mkdtempSync(join(tmpdir(), "shapekit-hostile-repeated-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `S0` has `A` and `B` of `S1`, `S1` has `A` and `B` of `S2`, … : 2^40 shapes written out. */
function doublingModel(): string {
  const lines = [
    `$version: "2.0"`,
    `namespace example.dag`,
    `service Dag { version: "2024-01-01", operations: [PutDag] }`,
    `operation PutDag { input := { Top: S0 } }`,
  ];
  for (let i = 0; i < LEVELS; i++) lines.push(`structure S${i} { A: S${i + 1}, B: S${i + 1} }`);
  lines.push(`string S${LEVELS}`);
  const file = join(scratch, "dag.smithy");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

const dag = doublingModel();
const deep = fileURLToPath(
  new URL("./fixtures/hostile-names/deep/deep-nesting.smithy", import.meta.url),
);
const tooLarge = "would write out more than 500,000 shapes";

describe("a model whose shapes double at every level", () => {
  it("gets a skeleton and help error from shapekit cli, exit 255", async () => {
    const skeleton = await runShapekit([
      "cli",
      "--model",
      dag,
      "--",
      "put-dag",
      "--generate-cli-skeleton",
    ]);
    expect(skeleton).toEqual({
      code: 255,
      stdout: "",
      stderr: `shapekit-dag: error: The input skeleton of put-dag ${tooLarge} (the model reuses its shapes at every level), more than can be shown\n`,
    });
    const help = await runShapekit(["cli", "--model", dag, "--", "put-dag", "help"]);
    expect(help.code).toBe(255);
    expect(help.stderr).toContain(`The help page of put-dag ${tooLarge}`);
  });

  it("still parses a command line", async () => {
    const run = await runShapekit(["cli", "--model", dag, "--", "put-dag", "--top", "A={B={}}"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ Top: { A: { B: {} } } });
  });

  it("gets an error from shapekit docs, exit 1, and no site", async () => {
    const out = join(scratch, "dag-site");
    const run = await runShapekit(["docs", "--model", dag, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `shapekit docs: The help page of put-dag ${tooLarge} (the model reuses its shapes at every level), more than can be shown; nothing written.\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("generates its packages: each shape is written once", async () => {
    const run = await runShapekit(["generate", "--model", dag, "--out", join(scratch, "dag")]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  });
});

describe("2,000 nested structures", () => {
  it("get an error from shapekit docs, exit 1, and no site", async () => {
    const out = join(scratch, "deep-site");
    const run = await runShapekit(["docs", "--model", deep, "--out", out]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "shapekit docs: The shapes of put-deep nest 2002 levels deep, more than the 1000 its skeletons, help page and command line can walk; nothing written.\n",
    });
    expect(existsSync(out)).toBe(false);
  });
});
