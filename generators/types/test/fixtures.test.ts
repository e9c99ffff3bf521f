// Fixture models pin the emitter's behaviour on edge cases: each `fixtures/<case>/*.smithy`
// is emitted, formatted with prettier as the orchestrator would, and compared with the files
// under `fixtures/<case>/expected/`. `UPDATE_FIXTURES=1 npx vitest run generators/types`
// rewrites the expected files. Every case's output must also type-check, strict, in memory, and
// every file marked `preformatted` must be exactly prettier's output.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { emitTypes } from "@shapekit/emit-types";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { expectGoldenFiles } from "../../../test/support/golden-files.js";
import { emitContextFor, fixtureModel } from "./fixture-model.js";
import { typeCheck } from "./in-memory-type-check.js";

const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(cases)("fixture %s", (name) => {
  const dir = join(fixturesDir, name);
  const expectedDir = join(dir, "expected");
  const files = emitTypes(emitContextFor(fixtureModel(dir)));

  it("matches the expected files", async () => {
    await expectGoldenFiles(files, expectedDir, name);
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
