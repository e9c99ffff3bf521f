import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { addMember, copyProject, regenerate } from "../src/spec-edit.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("example: change the spec and regenerate", () => {
  it("a member added to the spec appears in the regenerated types, and nothing else changes", async () => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), "shapekit-regenerate-"));
    dirs.push(workDir);
    const configFile = copyProject(repoRoot, workDir);
    addMember(
      path.dirname(configFile),
      "CreateEndpointConfigInput",
      "CostCenter",
      "String",
      "The cost center billed for the endpoint.",
    );

    const { result, diff } = await regenerate(configFile);
    if (!result.ok) expect.fail(diff);
    const changed = result.changes.filter((c) => c.kind !== "unchanged");
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((c) => c.kind === "update")).toBe(true);
    expect(diff).toMatch(/^\+.*CostCenter\?: string/m);
    expect(diff).toMatch(/^\+.*The cost center billed for the endpoint\./m);
    for (const c of changed) expect(readFileSync(c.absolutePath, "utf8")).toBe(c.after);
    // A new optional member is an addition: a 0.x package gets a patch release and an entry.
    const types = result.packages.find((p) => p.kind === "types")!;
    expect(types.version).toBe(bumpPatch(types.previousVersion!));
    expect(diff).toMatch(
      /^\+- `com\.amazonaws\.sagemaker#CreateEndpointConfigInput\$CostCenter`: /m,
    );
  });

  it("regenerating an unchanged copy writes nothing", async () => {
    const workDir = mkdtempSync(path.join(os.tmpdir(), "shapekit-regenerate-"));
    dirs.push(workDir);
    const { result } = await regenerate(copyProject(repoRoot, workDir));
    expect(result.ok && result.changes.every((c) => c.kind === "unchanged")).toBe(true);
  });
});

function bumpPatch(version: string): string {
  const [major, minor, patch] = version.split(".").map(Number);
  return `${major}.${minor}.${patch! + 1}`;
}
