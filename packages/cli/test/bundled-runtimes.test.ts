// The runtimes ship bundled (shapekit-build --js-only): importing @shapekit/cli, which imports
// the other two, reads a few files, not one per module. Checked in a fresh process on the built
// packages, as users import them, by a loader hook that lists every file it loads.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packages = fileURLToPath(new URL("../../", import.meta.url));
const built = path.join(packages, "cli/dist/index.js");

const listLoads = `
export async function load(url, context, next) {
  if (url.startsWith("file:")) process.stderr.write("loaded " + url + "\\n");
  return next(url, context);
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(listLoads))});`;

/** The files of packages/<runtime>/dist that importing @shapekit/cli loads. */
function loadedFiles(): string[] {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(register)}`,
      "--input-type=module",
      "-e",
      `await import(${JSON.stringify(built)});`,
    ],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return [...r.stderr.matchAll(/^loaded (file:\S+)$/gm)]
    .map((m) => path.relative(packages, fileURLToPath(m[1]!)))
    .filter((f) => /^(cli|shorthand|validation)\/dist\//.test(f));
}

/** The modules of a runtime's source: what an unbundled build would load one file each for. */
function sourceModules(runtime: string): number {
  return readdirSync(path.join(packages, runtime, "src"), { recursive: true }).filter((f) =>
    String(f).endsWith(".ts"),
  ).length;
}

describe("the runtimes, bundled", () => {
  it("importing @shapekit/cli loads a few files of each runtime's dist, never one per module", () => {
    // `npm test` builds first; running this file alone needs `node scripts/prepare.mjs`.
    if (!existsSync(built)) throw new Error(`${built} is missing: run node scripts/prepare.mjs`);
    const files = loadedFiles();
    for (const runtime of ["cli", "shorthand", "validation"]) {
      const own = files.filter((f) => f.startsWith(`${runtime}/`));
      expect(own.length, `${runtime}: ${own.join(", ")}`).toBeGreaterThan(0);
      // Entry points and their chunks: a handful, against dozens of modules in src/.
      expect(own.length, `${runtime}: ${own.join(", ")}`).toBeLessThanOrEqual(8);
      expect(sourceModules(runtime)).toBeGreaterThan(20);
    }
  });

  it("importing @shapekit/cli loads neither the response formatters nor the pager, nor a chunk for them", () => {
    const cli = loadedFiles().filter((f) => f.startsWith("cli/"));
    expect(cli.filter((f) => /response-output|page-through/.test(f))).toEqual([]);
    // The root, the three Node.js library loaders, the YAML front and their one shared chunk:
    // what the root shares with the formatters and the pager stays in the root's own file.
    expect(cli.length, cli.join(", ")).toBeLessThanOrEqual(6);
  });
});
