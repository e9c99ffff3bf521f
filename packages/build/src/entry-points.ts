// The modules a package's users can load first: each is bundled as an entry point, and every
// other module goes into the entries' shared chunks. They are the modules at the top of the
// source folder (`index.ts`, a bin's `bin.ts`) and every module package.json's `exports`,
// `imports`, `bin`, `main` or `module` reaches in the output folder (`./dist/operations/*.js`
// for each `src/operations/*.ts`). A package.json naming none of them: no entry points, and
// the build falls back to one JavaScript file per module.

import { readFileSync } from "node:fs";
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
  const targets = manifestTargets(packageDir);
  if (targets.length === 0) return [];
  const prefix = `./${outDir.split(path.sep).join("/").replace(/^\.\//, "").replace(/\/$/, "")}/`;
  const entries = new Set(modules.filter((m) => !m.includes("/")));
  for (const target of targets) {
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

/** Every path string the manifest's entry fields name, through any nesting of conditions. */
function manifestTargets(packageDir: string): string[] {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
  } catch {
    return [];
  }
  const found: string[] = [];
  const collect = (value: unknown, depth: number) => {
    // Conditions nest a few levels in practice; the bound keeps a hostile manifest cheap.
    if (depth > 16) return;
    if (typeof value === "string") found.push(value);
    else if (Array.isArray(value)) for (const v of value) collect(v, depth + 1);
    else if (value !== null && typeof value === "object")
      for (const v of Object.values(value)) collect(v, depth + 1);
  };
  for (const field of ["exports", "imports", "bin", "main", "module"]) collect(manifest[field], 0);
  return found;
}
