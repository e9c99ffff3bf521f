// `generate --check` when nothing changed is answered from hashes, without loading the model
// (up-to-date.ts), and only then: an edited file, an edited model, a missing file or a project
// without the cache all take the full path, whose answer the fast one must always equal.

import { cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, readConfig } from "../src/index.js";
import { temporaryFolders } from "./temp-folders.js";

const fixture = fileURLToPath(new URL("./fixtures/weather", import.meta.url));
const tempDir = temporaryFolders("up-to-date");

/** A project (package.json and node_modules, as after `npm install`) with the weather spec. */
function project(options: { nodeModules?: boolean } = {}): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "package.json"), "{}\n");
  if (options.nodeModules !== false) mkdirSync(path.join(dir, "node_modules"));
  cpSync(fixture, path.join(dir, "spec"), { recursive: true });
  return dir;
}

async function run(dir: string, check: boolean) {
  const result = await generate({
    config: readConfig(path.join(dir, "spec", "shapekit.json")),
    check,
  });
  if (!result.ok) throw new Error(result.report);
  return {
    fast: "up-to-date" in result.timings,
    loaded: "load+resolve" in result.timings,
    drift: result.changes.filter((c) => c.kind !== "unchanged").map((c) => c.kind),
    packages: result.packages,
  };
}

const typesDir = (dir: string) => path.join(dir, "out", "weather-types");

describe("generate --check with nothing changed", () => {
  it("answers from hashes after a generation, as the full check would", async () => {
    const dir = project();
    await run(dir, false);
    const fast = await run(dir, true);
    expect(fast).toMatchObject({ fast: true, loaded: false, drift: [] });
    // The full answer, for comparison: the same packages, names, versions and counts.
    rmSync(path.join(dir, "node_modules"), { recursive: true });
    mkdirSync(path.join(dir, "node_modules"));
    const full = await run(dir, true);
    expect(full).toMatchObject({ fast: false, loaded: true, drift: [] });
    expect(fast.packages).toEqual(full.packages);
    // The full check found everything as generated and recorded it: fast again.
    expect(await run(dir, true)).toMatchObject({ fast: true, drift: [] });
  });

  it("takes the full path when a generated file was edited, and reports it", async () => {
    const dir = project();
    await run(dir, false);
    const file = path.join(typesDir(dir), "README.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}edited\n`);
    expect(await run(dir, true)).toMatchObject({ fast: false, drift: ["update"] });
  });

  it("takes the full path when a generated file is missing, and reports it", async () => {
    const dir = project();
    await run(dir, false);
    unlinkSync(path.join(typesDir(dir), "README.md"));
    expect(await run(dir, true)).toMatchObject({ fast: false, drift: ["create"] });
  });

  it("takes the full path when the model changed, even when the output does not", async () => {
    const dir = project();
    await run(dir, false);
    const model = path.join(dir, "spec", "weather.smithy");
    const text = readFileSync(model, "utf8");
    writeFileSync(model, `${text}\n// A comment changes no output.\n`);
    expect(await run(dir, true)).toMatchObject({ fast: false, loaded: true, drift: [] });
    writeFileSync(model, text.replace("@range(min: 1, max: 14)", "@range(min: 1, max: 7)"));
    const changed = await run(dir, true);
    expect(changed.fast).toBe(false);
    expect(changed.drift).toContain("update");
  });

  it("takes the full path when the configuration changed", async () => {
    const dir = project();
    await run(dir, false);
    const configFile = path.join(dir, "spec", "shapekit.json");
    const config = JSON.parse(readFileSync(configFile, "utf8")) as { version: string };
    writeFileSync(configFile, JSON.stringify({ ...config, version: "2.0.0" }));
    const changed = await run(dir, true);
    expect(changed.fast).toBe(false);
    expect(changed.drift).toContain("update");
  });

  it("finds folders named after the service ({service}) without loading the model", async () => {
    const dir = project();
    const configFile = path.join(dir, "spec", "shapekit.json");
    const config = JSON.parse(readFileSync(configFile, "utf8")) as object;
    writeFileSync(
      configFile,
      JSON.stringify({ ...config, packages: { types: "../out/{service}-types" } }),
    );
    await run(dir, false);
    const fast = await run(dir, true);
    expect(fast).toMatchObject({ fast: true, drift: [] });
    expect(fast.packages.map((p) => path.basename(p.outDir))).toEqual(["weather-types"]);
    unlinkSync(path.join(dir, "out", "weather-types", "README.md"));
    expect(await run(dir, true)).toMatchObject({ fast: false, drift: ["create"] });
  });

  it("never takes the fast path without the project's cache", async () => {
    const dir = project({ nodeModules: false });
    await run(dir, false);
    expect(await run(dir, true)).toMatchObject({ fast: false, drift: [] });
  });
});
