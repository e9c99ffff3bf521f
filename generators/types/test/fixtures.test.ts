// Fixture models pin the emitter's behaviour on edge cases: each `fixtures/<case>/*.smithy`
// is emitted, formatted with prettier as the orchestrator would, and compared with the files
// under `fixtures/<case>/expected/`. `UPDATE_FIXTURES=1 npx vitest run generators/types`
// rewrites the expected files. Every case's output must also type-check, strict, in memory, and
// every file marked `preformatted` must be exactly prettier's output.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emitTypes } from "@shapekit/emit-types";
import { type GeneratedFile } from "@shapekit/model";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitContextFor, fixtureModel } from "./fixture-model.js";
import { typeCheck } from "./in-memory-type-check.js";

const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const update = process.env.UPDATE_FIXTURES === "1";
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function formatted(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (f) => ({
      path: f.path,
      contents: await prettier.format(f.contents, { ...GENERATED_CODE_STYLE, filepath: f.path }),
    })),
  );
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

describe.each(cases)("fixture %s", (name) => {
  const dir = join(fixturesDir, name);
  const expectedDir = join(dir, "expected");
  const files = emitTypes(emitContextFor(fixtureModel(dir)));

  it("matches the expected files", async () => {
    const actual = await formatted(files);
    if (update) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const f of actual) {
        mkdirSync(dirname(join(expectedDir, f.path)), { recursive: true });
        writeFileSync(join(expectedDir, f.path), f.contents);
      }
    }
    expect(
      actual.map((f) => f.path),
      "file list (UPDATE_FIXTURES=1 rewrites)",
    ).toEqual(listFiles(expectedDir));
    for (const f of actual) {
      expect(f.contents, `${name}/expected/${f.path} (UPDATE_FIXTURES=1 rewrites)`).toBe(
        readFileSync(join(expectedDir, f.path), "utf8"),
      );
    }
  });

  it("type-checks strict, in memory, with zero diagnostics", () => {
    expect(typeCheck(files)).toEqual([]);
  });

  it("writes its preformatted files exactly as prettier prints them", async () => {
    for (const f of files.filter((file) => file.preformatted)) {
      expect(
        await prettier.format(f.contents, { ...GENERATED_CODE_STYLE, filepath: f.path }),
        `${name}: ${f.path}`,
      ).toBe(f.contents);
    }
  });

  it("is deterministic byte for byte", () => {
    expect(emitTypes(emitContextFor(fixtureModel(dir)))).toEqual(files);
  });
});
