// Regenerating after a spec change is a release: version bump by semver from the model diff,
// a CHANGELOG entry, and nothing at all when the model did not change.
import { createHash } from "node:crypto";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { planRelease, SnapshotModels } from "../src/release.js";
import { readManifest } from "../../../test/support/json-documents.js";
import { runCli, type CommandIo } from "@shapekit/codegen";
import type { AstModel } from "@shapekit/model";
import { temporaryFolders } from "./temp-folders.js";

const fixture = fileURLToPath(new URL("./fixtures/weather", import.meta.url));
const tempDir = temporaryFolders("release");

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
    const dir = tempDir();
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
    const dir = tempDir();
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

  it("keeps a digest of each documentation text, and reads a snapshot that kept the text as the same model", async () => {
    const dir = tempDir();
    cpSync(fixture, path.join(dir, "spec"), { recursive: true });
    expect((await cli(["generate"], dir)).code).toBe(0);
    const snapshotFile = path.join(dir, "out", "weather-types", "shapekit-model.json");
    const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8")) as AstModel;
    const docs = Object.values(snapshot.shapes)
      .map((shape) => shape.traits?.["smithy.api#documentation"])
      .filter((doc) => doc !== undefined);
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(doc).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(readFileSync(snapshotFile, "utf8")).not.toContain("How many days ahead.");

    // A snapshot from before the digests (the text itself) is the same model: no release.
    const textual = JSON.parse(readFileSync(snapshotFile, "utf8")) as AstModel;
    const withText = Object.entries(textual.shapes).find(
      ([, shape]) => shape.traits?.["smithy.api#documentation"] !== undefined,
    );
    expect(withText).toBeDefined();
    const ast = await cli(["ast", "spec"], dir);
    const text = (JSON.parse(ast.stdout) as AstModel).shapes[withText![0]]?.traits?.[
      "smithy.api#documentation"
    ];
    if (typeof text !== "string") throw new Error("the fixture's shape has no documentation text");
    withText![1].traits!["smithy.api#documentation"] = text;
    writeFileSync(snapshotFile, `${JSON.stringify(textual, null, 2)}\n`);
    const again = await cli(["generate"], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain("→");
    expect(readManifest(path.join(dir, "out", "weather-types", "package.json")).version).toBe(
      "1.0.0",
    );
  });

  it("keeps the model once per generation: the other packages refer to it by digest and still follow its diff", async () => {
    const dir = tempDir();
    cpSync(fixture, path.join(dir, "spec"), { recursive: true });
    const config = path.join(dir, "spec", "shapekit.json");
    const kinds = ["types", "validators", "shorthand", "cli-skeleton"];
    writeFileSync(
      config,
      JSON.stringify({
        ...(JSON.parse(readFileSync(config, "utf8")) as object),
        packages: Object.fromEntries(kinds.map((k) => [k, `../out/weather-${k}`])),
      }),
    );
    const kept = (kind: string) =>
      readFileSync(path.join(dir, "out", `weather-${kind}`, "shapekit-model.json"), "utf8");
    const version = (kind: string) =>
      readManifest(path.join(dir, "out", `weather-${kind}`, "package.json")).version;
    expect((await cli(["generate"], dir)).code).toBe(0);

    // The package written last keeps the model; the others name it and its digest.
    const model = JSON.parse(kept("cli-skeleton")) as AstModel;
    expect(model.shapes["example.weather#Day"]?.type).toBe("structure");
    const digest = createHash("sha256").update(kept("cli-skeleton")).digest("hex");
    for (const kind of kinds.slice(0, -1))
      expect(JSON.parse(kept(kind))).toMatchObject({
        snapshot: "../weather-cli-skeleton/shapekit-model.json",
        sha256: digest,
      });

    const modelFile = path.join(dir, "spec", "weather.smithy");
    const edit = (from: string, to: string) =>
      writeFileSync(modelFile, readFileSync(modelFile, "utf8").replace(from, to));
    edit("    Sky: Sky\n", "    Sky: Sky\n\n    Wind: Integer\n");
    expect((await cli(["generate"], dir)).code).toBe(0);
    for (const kind of kinds) expect(version(kind)).toBe("1.1.0");

    // A reference to a model that is not the holder's: the history is lost, not guessed.
    const validators = path.join(dir, "out", "weather-validators", "shapekit-model.json");
    writeFileSync(
      validators,
      kept("validators").replace(/"sha256": "[0-9a-f]+"/, `"sha256": "${"0".repeat(64)}"`),
    );
    edit("    Wind: Integer\n", "");
    const removed = await cli(["generate", "--force"], dir);
    expect(removed.code).toBe(0);
    expect(version("types")).toBe("2.0.0");
    expect(version("cli-skeleton")).toBe("2.0.0");
    expect(version("validators")).toBe("1.1.0");
  });
});

describe("a new package's changelog", () => {
  it("skips prettier when its text is plain, and prettier would print it as it is", async () => {
    const dir = tempDir();
    const plain = fc.stringMatching(
      /^[A-Za-z0-9][A-Za-z0-9.,/:-]{0,30}(?: [A-Za-z0-9.,/:-]{1,10}){0,3}$/,
    );
    const versions = fc.constantFrom("0.1.0", "1.2.3", "2.0.0-beta.1");
    for (const [version, source] of fc.sample(fc.tuple(versions, plain), {
      seed: 14,
      numRuns: 60,
    })) {
      const release = planRelease(
        dir,
        { text: "{}\n", preformatted: true },
        version,
        source,
        new SnapshotModels(),
      );
      const changelog = release.files.find((f) => f.path === "CHANGELOG.md")!;
      expect(changelog.preformatted, source).toBe(true);
      expect(await prettier.format(changelog.contents, { filepath: "CHANGELOG.md" })).toBe(
        changelog.contents,
      );
    }
    for (const source of ["my_model.json", "spec/*", "a  b", "[x](y)", "# x"]) {
      const release = planRelease(
        dir,
        { text: "{}\n", preformatted: true },
        "0.1.0",
        source,
        new SnapshotModels(),
      );
      expect(
        release.files.find((f) => f.path === "CHANGELOG.md")!.preformatted,
        source,
      ).toBeUndefined();
    }
  });
});
