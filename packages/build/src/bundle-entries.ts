// A package's JavaScript as entry points and shared chunks (esbuild, code splitting): loading
// one operation's entry reads a few files instead of one per module it reaches, and every
// module is still evaluated once however many entries reach it. Imports of other packages
// (bare specifiers, `node:` built-ins) stay imports: each runtime is loaded once, by everyone.

import { build, type Message } from "esbuild";
import path from "node:path";
import type { BuildProblem } from "./problem.js";

export interface BundleTarget {
  readonly packageDir: string;
  readonly sourceRoot: string;
  readonly outRoot: string;
  /** Source paths of the entry points, relative to `sourceRoot`, with `/`. */
  readonly entries: readonly string[];
  readonly target: string;
  readonly sourceMaps: boolean;
}

/** The output files by path relative to the output folder, or the problems. */
export async function bundleEntries(
  bundle: BundleTarget,
): Promise<Map<string, string> | BuildProblem[]> {
  let result;
  try {
    result = await build({
      absWorkingDir: bundle.packageDir,
      entryPoints: bundle.entries.map((e) => path.join(bundle.sourceRoot, e)),
      outbase: bundle.sourceRoot,
      outdir: bundle.outRoot,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "neutral",
      target: bundle.target,
      packages: "external",
      // Built-ins, and the package's own `#` imports, which Node.js resolves by condition when
      // the module loads (their targets are entry points of their own).
      external: ["node:*", "#*"],
      chunkNames: "chunks/[name]-[hash]",
      sourcemap: bundle.sourceMaps ? "linked" : false,
      sourcesContent: false,
      legalComments: "none",
      charset: "utf8",
      // As tsc under verbatimModuleSyntax: an import not marked `type` is kept, and evaluated.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      write: false,
      logLevel: "silent",
    });
  } catch (error) {
    const failure = error as { errors?: Message[] };
    if (!Array.isArray(failure.errors)) throw error;
    return failure.errors.map(problemOf);
  }
  const files = new Map<string, string>();
  for (const file of result.outputFiles) {
    const relative = path.relative(bundle.outRoot, file.path).split(path.sep).join("/");
    files.set(relative, file.text);
  }
  return files;
}

function problemOf(message: Message): BuildProblem {
  const at = message.location;
  if (!at) return { file: ".", message: message.text };
  return {
    file: at.file.split(path.sep).join("/"),
    line: at.line,
    // esbuild counts columns from 0, in bytes of the line's UTF-8: count characters instead.
    column: Buffer.from(at.lineText, "utf8").subarray(0, at.column).toString("utf8").length + 1,
    message: message.text,
  };
}
