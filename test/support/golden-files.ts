// The emitters' fixture tests compare what an emitter wrote, formatted with prettier as the
// orchestrator would, with the files under a fixture's `expected/` folder.
// `UPDATE_FIXTURES=1` rewrites those files from the emitter's output instead.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "@shapekit/model";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { expect } from "vitest";

/** Whether this run rewrites the expected files (`UPDATE_FIXTURES=1`). */
export const updateFixtures = process.env.UPDATE_FIXTURES === "1";

/** The files as prettier prints them, as the orchestrator writes them. */
async function formatted(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (f) => ({
      path: f.path,
      contents: await prettier.format(f.contents, { ...GENERATED_CODE_STYLE, filepath: f.path }),
    })),
  );
}

/** Every file under `dir`, relative to it with `/`, sorted. */
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

/**
 * Expects `files`, formatted, to be exactly the files under `expectedDir` (same list, same
 * bytes); with `UPDATE_FIXTURES=1`, writes them there first. `label` names the fixture in
 * failure messages.
 */
export async function expectGoldenFiles(
  files: readonly GeneratedFile[],
  expectedDir: string,
  label: string,
): Promise<void> {
  const actual = await formatted(files);
  if (updateFixtures) {
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
    expect(f.contents, `${label}/expected/${f.path} (UPDATE_FIXTURES=1 rewrites)`).toBe(
      readFileSync(join(expectedDir, f.path), "utf8"),
    );
  }
}
