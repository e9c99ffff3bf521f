// The `shapekit-build` command: builds each package folder it is given (default: the current
// one), prints one line per folder, or every problem as file:line:col. Exit 0 when all built,
// 1 when any had a problem, 2 on a usage error.

import path from "node:path";
import { buildPackage, formatProblem, OutputFolderError } from "./index.js";

const USAGE = `Usage: shapekit-build [--source-maps] [--js-only] [folder…]

Builds each generated package folder (default: the current folder) into dist/: the entry points
package.json names as JavaScript with shared chunks, every module of src/ as a declaration file.
It does not type-check (tsc --noEmit does); it writes nothing for a folder with a module it
cannot compile.

  --source-maps   also write a source map beside each output (.js.map, .d.ts.map)
  --js-only       JavaScript only, for a package whose declarations tsc writes`;

/** Runs the command; returns the exit code. `print` and `report` default to stdout and stderr. */
export async function main(
  args: readonly string[],
  print: (line: string) => void = (line) => console.log(line),
  report: (line: string) => void = (line) => console.error(line),
): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    print(USAGE);
    return 0;
  }
  const sourceMaps = args.includes("--source-maps");
  const declarations = !args.includes("--js-only");
  const unknown = args.find((a) => a.startsWith("-") && !OPTIONS.has(a));
  if (unknown !== undefined) {
    report(`shapekit-build: unknown option ${unknown}\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  const folders = args.filter((a) => !OPTIONS.has(a));
  for (const folder of folders.length > 0 ? folders : ["."]) {
    const started = performance.now();
    try {
      const result = await buildPackage(path.resolve(folder), { sourceMaps, declarations });
      if (!result.ok) {
        failed++;
        for (const problem of result.problems.slice(0, MAX_PROBLEMS))
          report(formatProblem(problem, folder));
        if (result.problems.length > MAX_PROBLEMS)
          report(`… and ${result.problems.length - MAX_PROBLEMS} more problems`);
        report(`shapekit-build: ${folder}: not built (nothing written)`);
        continue;
      }
      const ms = (performance.now() - started).toFixed(0);
      print(
        `shapekit-build: ${folder}: ${result.modules} modules; ${result.written} files written, ${result.unchanged} unchanged, ${result.deleted} deleted (${ms} ms)`,
      );
    } catch (error) {
      if (!(error instanceof OutputFolderError) && !isFileSystemError(error)) throw error;
      failed++;
      report(`shapekit-build: ${folder}: ${(error as Error).message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

const OPTIONS = new Set(["--source-maps", "--js-only"]);

/** Problems printed per folder: enough to act on, never a flood. */
const MAX_PROBLEMS = 50;

function isFileSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}
