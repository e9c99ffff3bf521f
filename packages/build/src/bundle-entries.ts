// A package's JavaScript as entry points and shared chunks (rolldown, code splitting): loading
// one operation's entry reads a few files instead of one per module it reaches, and every
// module is still evaluated once however many entries reach it. Imports of other packages
// (bare specifiers, `node:` built-ins) stay imports: each runtime is loaded once, by everyone.
//
// rolldown rather than esbuild: esbuild writes every top-level `const` of a bundle as `var`,
// which V8 cannot treat as constant; the validators' type guards ran 10–15% slower for it
// (`node bench/validators.mjs`, three runs each way). rolldown keeps the declarations as written.

import path from "node:path";
import { rolldown, type ChunkingContext, type RolldownOutput } from "rolldown";
import { planChunks, type PlanModule } from "./chunk-plan.js";
import type { BuildProblem } from "./problem.js";

export interface BundleTarget {
  /** The package folder: problems name files relative to it. */
  readonly packageDir: string;
  readonly sourceRoot: string;
  /** Source paths of the entry points, relative to `sourceRoot`, with `/`. */
  readonly entries: readonly string[];
  readonly target: string;
  readonly sourceMaps: boolean;
}

/** The output files by path relative to the output folder, or the problems. */
export async function bundleEntries(
  bundle: BundleTarget,
): Promise<Map<string, string> | BuildProblem[]> {
  const input: Record<string, string> = {};
  for (const entry of bundle.entries)
    input[entry.slice(0, -".ts".length)] = path.join(bundle.sourceRoot, entry);
  let output: RolldownOutput["output"];
  try {
    const build = await rolldown({
      input,
      // Paths in the output (each module's `// src/…` comment) relative to the package, not to
      // wherever the build was started: the same package builds to the same bytes.
      cwd: bundle.packageDir,
      // Everything but the package's own modules: other packages, `node:` built-ins, and the
      // package's `#` imports, which Node.js resolves by condition when the module loads
      // (their targets are entry points of their own).
      external: (id) => !id.startsWith(".") && !path.isAbsolute(id),
      // As tsc under verbatimModuleSyntax: an import not marked `type` is kept, and evaluated.
      transform: { target: bundle.target, typescript: { onlyRemoveTypeImports: true } },
      logLevel: "silent",
    });
    ({ output } = await build.generate({
      format: "esm",
      entryFileNames: "[name].js",
      chunkFileNames: "chunks/[name]-[hash].js",
      // Fewer, larger shared chunks than one per set of entries (see chunk-plan.ts). The plan
      // keeps the chunks free of cycles itself, so a group need not pull in its modules'
      // imports (rolldown's guard against cycles), which would undo the plan.
      codeSplitting: {
        groups: [
          { name: plannedChunkName(Object.values(input)), includeDependenciesRecursively: false },
        ],
      },
      sourcemap: bundle.sourceMaps,
    }));
    await build.close();
  } catch (error) {
    const failure = error as { errors?: RolldownProblem[] };
    if (!Array.isArray(failure.errors)) throw error;
    return failure.errors.map((e) => problemOf(bundle.packageDir, e));
  }
  const files = new Map<string, string>();
  for (const file of output) {
    if (file.type === "chunk") {
      if (!file.map) files.set(file.fileName, file.code);
      else {
        // Written beside the file and named in its last line, as a linked map is.
        const code = file.code
          .replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "")
          .replace(/\n?$/, "\n");
        const link = `//# sourceMappingURL=${path.posix.basename(file.fileName)}.map\n`;
        files.set(file.fileName, `${code}${link}`);
        files.set(`${file.fileName}.map`, `${file.map.toString()}\n`);
      }
    } else if (typeof file.source === "string") files.set(file.fileName, file.source);
  }
  return files;
}

/**
 * The chunk name function of rolldown's manual code splitting: its first call draws the plan
 * from the module graph rolldown hands it. A module the plan leaves out (`null`) is placed by
 * rolldown's automatic chunking.
 */
function plannedChunkName(
  entries: readonly string[],
): (id: string, context: ChunkingContext) => string | null {
  let plan: Map<string, string> | undefined;
  return (id, context) => {
    plan ??= planFromGraph(entries, context);
    return plan.get(id) ?? null;
  };
}

/** The plan for the modules the entries reach; none when one imports dynamically. */
function planFromGraph(entries: readonly string[], context: ChunkingContext): Map<string, string> {
  const modules = new Map<string, PlanModule>();
  const pending = [...entries];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (modules.has(id)) continue;
    const info = context.getModuleInfo(id);
    // External: not the package's own.
    if (info === null || info.code === null) continue;
    // A dynamic import's target is an entry of rolldown's own, which the plan does not know.
    if (info.dynamicallyImportedIds.length > 0) return new Map();
    modules.set(id, { imports: info.importedIds, size: info.code.length });
    pending.push(...info.importedIds);
  }
  return planChunks(modules, entries);
}

/** What rolldown reports of a problem (its errors carry the place as `loc`). */
interface RolldownProblem {
  readonly message: string;
  readonly id?: string;
  readonly loc?: { readonly file?: string; readonly line: number; readonly column: number };
}

function problemOf(packageDir: string, problem: RolldownProblem): BuildProblem {
  // The message's first line; the rest is a drawing of the place, which the location replaces.
  const message = problem.message
    .split("\n")[0]!
    .replace(/^\[[A-Z_]+\] /, "")
    // "… in <file>": the location names the file.
    .replace(/ in \S+$/, "");
  const file = problem.loc?.file ?? problem.id;
  if (file === undefined || problem.loc === undefined) return { file: ".", message };
  return {
    file: path.relative(packageDir, file).split(path.sep).join("/"),
    line: problem.loc.line,
    column: problem.loc.column + 1,
    message,
  };
}
