// A botocore model with shape names that differ only in case (as EC2, Backup, Glue and
// CloudFormation have): it generates packages that type-check, with a warning per renamed
// shape, and each member keeps its own shape's constraints on the command line.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";
import { typeCheckPackages } from "./type-check-packages.js";

const model = fileURLToPath(new URL("./fixtures/case-clashes/service-2.json", import.meta.url));
const scratch = mkdtempSync(join(os.tmpdir(), "shapekit-case-clashes-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("shape names that differ only in case, from service-2.json", () => {
  it("generate: exit 0, packages that type-check", async () => {
    const out = join(scratch, "out");
    const run = await runShapekit(["generate", "--model", model, "--out", out]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "caseclashes-cli-skeleton",
      "caseclashes-shorthand",
      "caseclashes-types",
      "caseclashes-validators",
      "package.json",
    ]);
    expect(typeCheckPackages([out])).toEqual([]);
  });

  it("ast: a warning at each renamed shape, with its line, column and JSON path", async () => {
    const run = await runShapekit(["ast", model]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /service-2\.json:\d+:\d+: warning: Shape boolean differs only in case from Boolean, .* named boolean2 .*\(at shapes\.boolean\)/,
    );
    expect(run.stderr).toMatch(/warning: Shape maxResults differs only in case from MaxResults/);
    expect(Object.keys((JSON.parse(run.stdout) as { shapes: object }).shapes)).toContain(
      "com.amazonaws.caseclashes#maxResults2",
    );
  });

  it("cli: each member is checked against its own shape, as botocore's model says", async () => {
    const ok = await runShapekit([
      "cli",
      "--model",
      model,
      "--",
      "list-things",
      "--max-results",
      "500",
      "--page-size",
      "5",
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ MaxResults: 500, PageSize: 5 });
    const tooBig = await runShapekit([
      "cli",
      "--model",
      model,
      "--",
      "list-things",
      "--page-size",
      "500",
    ]);
    expect(tooBig.code).not.toBe(0);
    expect(tooBig.stderr).toContain("--page-size");
  });
});
