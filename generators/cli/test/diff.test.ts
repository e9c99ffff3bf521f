import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CommandIo } from "@shapekit/codegen";

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-diff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: dir,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const OLD = file(
  "old.smithy",
  `$version: "2"
namespace ns

/// A thing.
structure Thing {
    @length(max: 10)
    name: String
    size: Integer
}

enum Color { RED, GREEN }
`,
);
// The next version, in JSON AST form to show formats mix: a narrower @length and a removed enum
// value (breaking); a new optional member, a new enum value and new documentation (safe).
const NEW = file(
  "new.json",
  JSON.stringify({
    smithy: "2.0",
    shapes: {
      "ns#Thing": {
        type: "structure",
        traits: { "smithy.api#documentation": "A thing, better described." },
        members: {
          name: { target: "smithy.api#String", traits: { "smithy.api#length": { max: 5 } } },
          size: { target: "smithy.api#Integer" },
          colour: { target: "ns#Color" },
        },
      },
      "ns#Color": {
        type: "enum",
        members: { RED: { target: "smithy.api#Unit" }, BLUE: { target: "smithy.api#Unit" } },
      },
    },
  }),
);
const SAFE = file(
  "safe.smithy",
  `$version: "2"\nnamespace ns\n\n/// A thing.\nstructure Thing {\n    @length(max: 10)\n    name: String\n    size: Integer\n    extra: String\n}\n\nenum Color { RED, GREEN, BLUE }\n`,
);

describe("shapekit diff", () => {
  it("prints the changes grouped by severity and exits 1 when any is breaking", async () => {
    const { code, stdout, stderr } = await cli(["diff", OLD, NEW]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        "5 changes: 2 breaking, 0 dangerous, 3 safe",
        "",
        "BREAKING (2)",
        '  ns#Color$GREEN: Removed enum value "GREEN" (GREEN) [RemovedEnumValue]',
        "  ns#Thing$name: @length narrowed: max lowered from 10 to 5 [ChangedLengthTrait]",
        "",
        "SAFE (3)",
        '  ns#Color$BLUE: Added enum value "BLUE" [AddedEnumValue]',
        "  ns#Thing: Changed @documentation [ChangedDocumentation]",
        "  ns#Thing$colour: Added member colour (target ns#Color) [AddedMember]",
        "",
      ].join("\n"),
    );
  });

  it("--json prints { changes: [{ severity, shape, message, kind }] }", async () => {
    const { code, stdout } = await cli(["diff", "--json", OLD, NEW]);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { changes: Array<Record<string, string>> };
    expect(Object.keys(parsed)).toEqual(["changes"]);
    expect(Object.keys(parsed.changes[0]!)).toEqual(["severity", "shape", "message", "kind"]);
    expect(parsed.changes.map((c) => `${c.severity} ${c.shape}`)).toEqual([
      "safe ns#Color$BLUE",
      "breaking ns#Color$GREEN",
      "safe ns#Thing",
      "safe ns#Thing$colour",
      "breaking ns#Thing$name",
    ]);
  });

  it("exits 0 when nothing breaks, and for equal models prints No changes", async () => {
    const safe = await cli(["diff", OLD, SAFE]);
    expect(safe.code).toBe(0);
    expect(safe.stdout).toMatch(/^2 changes: 0 breaking, 0 dangerous, 2 safe\n/);
    const same = await cli(["diff", OLD, OLD]);
    expect([same.code, same.stdout]).toEqual([0, "No changes.\n"]);
    expect(JSON.parse((await cli(["diff", OLD, OLD, "--json"])).stdout)).toEqual({ changes: [] });
  });

  it("usage errors exit 2; a model that does not load exits 4 with its diagnostics", async () => {
    for (const args of [
      ["diff"],
      ["diff", OLD],
      ["diff", OLD, NEW, SAFE],
      ["diff", "--yaml", OLD, NEW],
    ]) {
      const result = await cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^shapekit diff: /);
    }
    const broken = file("broken.smithy", `$version: "2"\nnamespace ns\nstructure A { a: Nope }\n`);
    const result = await cli(["diff", broken, "missing.smithy"]);
    expect(result.code).toBe(4);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("the old model (broken.smithy) has errors");
    expect(result.stderr).toContain("Nope");
    expect(result.stderr).toContain("the new model (missing.smithy) has errors");
  });

  it("has help, and is listed in the main help", async () => {
    const help = await cli(["diff", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("4 a model could not be loaded");
    expect((await cli(["--help"])).stdout).toContain("shapekit diff [--json] <old> <new>");
  });
});
