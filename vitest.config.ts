// One vitest run for the whole repository. Hand-written workspace packages resolve to their
// TypeScript sources so tests never depend on a stale build: see workspaceSourceAliases.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const here = (p: string) => path.join(root, p);

/** The package.json fields the aliases are derived from. */
interface Manifest {
  readonly name?: string;
  readonly workspaces?: readonly string[];
  readonly exports?: Record<string, unknown>;
  readonly imports?: Record<string, unknown>;
}

const readManifest = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;

/** The file Node would load for a conditional export (types-only and browser targets skipped). */
function runtimeTarget(target: unknown): string | undefined {
  if (typeof target === "string") return target;
  if (target === null || typeof target !== "object") return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (condition === "types" || condition === "browser" || condition === "require") continue;
    return runtimeTarget(value);
  }
  return undefined;
}

/**
 * Every entry ("exports" and "imports") of every hand-written workspace package, from the root's
 * workspace list: `./dist/x.js` becomes the package's `./src/x.ts`. Derived, so a new package or
 * entry point cannot be left out. Generated packages (those with the generator's model snapshot,
 * shapekit-model.json) are tested as built.
 */
function workspaceSourceAliases(): Array<{ find: RegExp; replacement: string }> {
  const aliases: Array<{ find: RegExp; replacement: string }> = [];
  for (const pattern of readManifest(root).workspaces ?? []) {
    const dirs = pattern.endsWith("/*")
      ? readdirSync(here(pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => here(path.join(pattern.slice(0, -2), d.name)))
      : [here(pattern)];
    for (const dir of dirs) {
      if (!existsSync(path.join(dir, "package.json"))) continue;
      if (existsSync(path.join(dir, "shapekit-model.json"))) continue;
      const manifest = readManifest(dir);
      const entries: Array<[string, unknown]> = [
        ...Object.entries(manifest.exports ?? {}).map(([key, value]): [string, unknown] => [
          `${manifest.name}${key.slice(1)}`,
          value,
        ]),
        ...Object.entries(manifest.imports ?? {}),
      ];
      for (const [specifier, value] of entries) {
        const dist = /^\.\/dist\/(.+)\.js$/.exec(runtimeTarget(value) ?? "");
        const source = dist && path.join(dir, "src", `${dist[1]}.ts`);
        if (!source || specifier.includes("*") || !existsSync(source)) continue;
        const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
        aliases.push({ find: new RegExp(`^${escaped}$`), replacement: source });
      }
    }
  }
  return aliases;
}

export default defineConfig({
  resolve: { alias: workspaceSourceAliases() },
  test: {
    include: [
      "generators/*/test/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "examples/*/test/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    setupFiles: [here("./test/setup/fast-check-seed.ts")],
    // Worker threads, not forked processes: the same tests, about a tenth less wall time on a
    // 2-core CI machine (no process start-up per test file). No test changes the working
    // directory or the umask, which workers do not allow.
    pool: "threads",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
