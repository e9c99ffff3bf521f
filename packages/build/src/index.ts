// @shapekit/build: builds a generated package into `dist/` — its entry points as JavaScript
// with shared chunks (rolldown), every module of `src/` as a declaration file written from the
// module's text alone (oxc-transform) — without a type-check and without a TypeScript program.
// The generator writes code that allows it (every export states its type:
// `isolatedDeclarations`), so a whole service builds in seconds where tsc took most of a
// minute. `tsc --noEmit` type-checks it.

import { readFileSync } from "node:fs";
import path from "node:path";
import { bundleEntries } from "./bundle-entries.js";
import { compileModule } from "./compile-module.js";
import { entryPoints } from "./entry-points.js";
import type { BuildProblem } from "./problem.js";
import { sourceModules } from "./source-files.js";
import { writeOutputs, type WriteSummary } from "./write-outputs.js";

export { formatProblem, type BuildProblem } from "./problem.js";
export { OutputFolderError, RECORD_FILE, type WriteSummary } from "./write-outputs.js";

export interface BuildOptions {
  /** The modules' folder, relative to the package folder. Default `src`. */
  readonly sourceDir?: string;
  /** Where the outputs go, relative to the package folder. Default `dist`. */
  readonly outDir?: string;
  /** ECMAScript version of the JavaScript. Default `es2022`, as the generated tsconfig says. */
  readonly target?: string;
  /**
   * Source maps beside each output (`.js.map`, `.d.ts.map`). Default `false`: they double the
   * files a whole service writes, and the bundles name each module they hold in a comment.
   */
  readonly sourceMaps?: boolean;
  /**
   * Bundle the JavaScript into the package's entry points and shared chunks (see
   * entry-points.ts). Default `true`; without entry points, or `false`: one file per module.
   */
  readonly bundle?: boolean;
  /**
   * Write declaration files. Default `true`; `false` for a package whose declarations tsc
   * writes (`emitDeclarationOnly`), as the hand-written runtimes' do: their code states no
   * type tsc can infer, so it is not written for `isolatedDeclarations`.
   */
  readonly declarations?: boolean;
}

export type BuildResult =
  | ({ readonly ok: true; readonly modules: number } & WriteSummary)
  | { readonly ok: false; readonly problems: BuildProblem[] };

/**
 * Builds the package in `packageDir`. Writes nothing unless every module compiles; then writes
 * only the outputs that changed, and deletes only outputs an earlier build wrote that this one
 * no longer does. Throws `OutputFolderError` when the output folder or a folder in it is a link.
 */
export async function buildPackage(
  packageDir: string,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const sourceDir = options.sourceDir ?? "src";
  const outDir = options.outDir ?? "dist";
  const sourceRoot = path.resolve(packageDir, sourceDir);
  const outRoot = path.resolve(packageDir, outDir);
  const found = sourceModules(sourceRoot, toSlashes(sourceDir));
  if ("problems" in found) return { ok: false, problems: found.problems };
  const { modules } = found;
  const entries = options.bundle === false ? [] : entryPoints(packageDir, modules, outDir);
  const target = options.target ?? "es2022";
  const sourceMaps = options.sourceMaps ?? false;
  // rolldown bundles on threads of its own while this one writes the declarations.
  const bundling =
    entries.length > 0
      ? bundleEntries({ packageDir, sourceRoot, entries, target, sourceMaps })
      : undefined;
  const declarations = options.declarations ?? true;
  const javascript = entries.length === 0;
  const outputs = new Map<string, string>();
  const problems: BuildProblem[] = [];
  for (const relative of javascript || declarations ? modules : []) {
    const outputBase = relative.slice(0, -".ts".length);
    const fromOutput = path.relative(
      path.dirname(path.join(outRoot, outputBase)),
      path.join(sourceRoot, relative),
    );
    const compiled = compileModule({
      sourcePath: `${toSlashes(sourceDir)}/${relative}`,
      outputBase,
      mapSource: toSlashes(fromOutput),
      text: readFileSync(path.join(sourceRoot, relative), "utf8"),
      target,
      sourceMaps,
      javascript,
      declarations,
    });
    if (Array.isArray(compiled)) problems.push(...compiled);
    else for (const [file, contents] of compiled.files) outputs.set(file, contents);
  }
  const bundled = await bundling;
  if (Array.isArray(bundled)) {
    // A syntax error reported for the declarations is reported by the bundler again: once is enough.
    const reported = new Set(problems.map((p) => p.file));
    problems.push(...bundled.filter((p) => !reported.has(p.file)));
  } else for (const [file, contents] of bundled ?? []) outputs.set(file, contents);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, modules: modules.length, ...(await writeOutputs(outRoot, outputs)) };
}

function toSlashes(p: string): string {
  return p.split(path.sep).join("/");
}
