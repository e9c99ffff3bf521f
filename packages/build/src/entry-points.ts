// The modules a package's users can load first: each is bundled as an entry point, and every
// other module goes into the entries' shared chunks. They are every module package.json's
// `exports`, `imports`, `bin`, `main` or `module` reaches in the output folder
// (`./dist/operations/*.js` for each `src/operations/*.ts`), and the modules of the output
// folder a `bin` script outside it imports (a generated bin is `bin/<name>.js`: a shebang and
// `import "../dist/bin.js"`). A package.json naming none of them: no entry points, and the
// build falls back to one JavaScript file per module.

import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Source paths (relative to the source folder, with `/`) of the entry points, sorted.
 * @param modules every module of the source folder, as `sourceModules` lists them
 * @param outDir the output folder, relative to the package folder (`dist`)
 */
export function entryPoints(
  packageDir: string,
  modules: readonly string[],
  outDir: string,
): string[] {
  const prefix = `./${outDir.split(path.sep).join("/").replace(/^\.\//, "").replace(/\/$/, "")}/`;
  const entries = new Set<string>();
  for (const target of manifestTargets(packageDir, prefix)) {
    if (!target.startsWith(prefix) || !target.endsWith(".js")) continue;
    const wanted = target.slice(prefix.length, -".js".length);
    const star = wanted.indexOf("*");
    for (const module of modules) {
      const base = module.slice(0, -".ts".length);
      const matches =
        star === -1
          ? base === wanted
          : base.length >= wanted.length - 1 &&
            base.startsWith(wanted.slice(0, star)) &&
            base.endsWith(wanted.slice(star + 1));
      if (matches) entries.add(module);
    }
  }
  return [...entries].sort();
}

/** Conditions nest a few levels in practice; the bound keeps a hostile manifest cheap. */
const MAX_CONDITION_DEPTH = 16;
/** The largest bin script read for its imports: a wrapper is a few lines. */
const MAX_BIN_BYTES = 64 * 1024;

/**
 * Every path the manifest's entry fields name, through any nesting of conditions, and what
 * the bin scripts outside the output folder import from it.
 */
function manifestTargets(packageDir: string, prefix: string): string[] {
  let manifest: Record<string, unknown>;
  try {
    const text = readFileSync(path.join(packageDir, "package.json"), "utf8");
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return [];
  }
  const found: string[] = [];
  const collect = (value: unknown, depth: number) => {
    if (depth > MAX_CONDITION_DEPTH) return;
    if (typeof value === "string") found.push(value);
    else if (Array.isArray(value)) for (const v of value) collect(v, depth + 1);
    else if (value !== null && typeof value === "object")
      for (const v of Object.values(value)) collect(v, depth + 1);
  };
  for (const field of ["exports", "imports", "bin", "main", "module"]) collect(manifest[field], 0);
  const bins: unknown[] =
    typeof manifest.bin === "string"
      ? [manifest.bin]
      : manifest.bin !== null && typeof manifest.bin === "object"
        ? Object.values(manifest.bin)
        : [];
  for (const bin of bins)
    if (typeof bin === "string" && !bin.startsWith(prefix))
      found.push(...binImports(packageDir, bin, prefix));
  return found;
}

/** The output folder's modules a bin script imports by a relative specifier, as `./dist/…`. */
function binImports(packageDir: string, bin: string, prefix: string): string[] {
  const file = path.resolve(packageDir, bin);
  const inside = path.relative(packageDir, file);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return [];
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > MAX_BIN_BYTES) return [];
  const targets: string[] = [];
  const specifiers = /\b(?:import|from)\s*["'](\.{1,2}\/[^"'\n]*)["']/g;
  for (const match of readFileSync(file, "utf8").matchAll(specifiers)) {
    const target = path.relative(packageDir, path.resolve(path.dirname(file), match[1]!));
    targets.push(`./${target.split(path.sep).join("/")}`);
  }
  return targets.filter((t) => t.startsWith(prefix));
}
