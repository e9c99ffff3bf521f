// Regenerating after a spec change is a release: version bump by semver from the model diff,
// a CHANGELOG entry, and nothing at all when the model did not change.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readManifest } from "../../../test/support/json-documents.js";
import { runCli, type CommandIo } from "@shapekit/codegen";

const fixture = fileURLToPath(new URL("./fixtures/weather", import.meta.url));
const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function cli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
  };
  return { code: await runCli(args, io), stdout, stderr };
}

describe("releases: version and CHANGELOG follow the model diff", () => {
  it("first version, then minor for an addition, patch for docs, major for a removal, nothing for no change", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-release-"));
    temps.push(dir);
    cpSync(fixture, path.join(dir, "spec"), { recursive: true });
    const model = path.join(dir, "spec", "weather.smithy");
    const pkgDir = path.join(dir, "out", "weather-types");
    const version = () => readManifest(path.join(pkgDir, "package.json")).version;
    const changelog = () => readFileSync(path.join(pkgDir, "CHANGELOG.md"), "utf8");
    const edit = (from: string, to: string) =>
      writeFileSync(model, readFileSync(model, "utf8").replace(from, to));

    expect((await cli(["generate"], dir)).code).toBe(0);
    expect(version()).toBe("1.0.0");
    expect(changelog()).toBe("# Changelog\n\n## 1.0.0\n\nFirst version, generated from spec/.\n");

    edit("    Sky: Sky\n", "    Sky: Sky\n\n    /// Wind speed in km/h.\n    Wind: Integer\n");
    const added = await cli(["generate"], dir);
    expect(added.stdout).toContain("1.0.0 → 1.1.0");
    expect(added.stdout).toMatch(/safe: example\.weather#Day\$Wind: /);
    expect(version()).toBe("1.1.0");
    expect(changelog()).toMatch(
      /^# Changelog\n\n## 1\.1\.0\n\n### Additions\n\n- `example\.weather#Day\$Wind`: .+\n\n## 1\.0\.0\n/,
    );

    edit("/// Wind speed in km/h.", "/// Wind speed, in kilometres per hour.");
    await cli(["generate"], dir);
    expect(version()).toBe("1.1.1");

    edit('    CLOUDY = "cloudy"\n', "");
    const removed = await cli(["generate"], dir);
    expect(removed.stdout).toContain("1.1.1 → 2.0.0");
    expect(version()).toBe("2.0.0");
    expect(changelog()).toMatch(
      /^# Changelog\n\n## 2\.0\.0\n\nThis release contains breaking changes[\s\S]*### Breaking changes\n\n- `example\.weather#Sky\$CLOUDY`/,
    );
    expect(changelog()).toContain("## 1.1.1");
    expect(changelog()).toContain("## 1.0.0");

    const again = await cli(["generate"], dir);
    expect(again.stdout).toMatch(/0 created, 0 updated, 0 deleted, \d+ unchanged\n/);
    expect(again.stdout).not.toContain("→");
  });

  it("a corrupted snapshot is a clear error, and nothing is written", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-release-"));
    temps.push(dir);
    cpSync(fixture, path.join(dir, "spec"), { recursive: true });
    await cli(["generate"], dir);
    const snapshot = path.join(dir, "out", "weather-types", "shapekit-model.json");
    writeFileSync(snapshot, "{ not json");
    const model = path.join(dir, "spec", "weather.smithy");
    writeFileSync(
      model,
      readFileSync(model, "utf8").replace("How many days ahead.", "Days ahead."),
    );
    const result = await cli(["generate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("shapekit-model.json: not a model snapshot ShapeKit can read");
    expect(readFileSync(snapshot, "utf8")).toBe("{ not json");
  });
});
