// The modules a build compiles: every `.ts` file under the source folder (declaration files
// `.d.ts` are types already, and are not compiled). A link anywhere in the folder is refused
// rather than followed: a build reads only the package's own files.

import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import type { BuildProblem } from "./problem.js";

/** Source paths relative to the source folder, with `/`, sorted; or the problems found. */
export function sourceModules(
  sourceDir: string,
  shownAs: string,
): { readonly modules: string[] } | { readonly problems: BuildProblem[] } {
  const modules: string[] = [];
  const problems: BuildProblem[] = [];
  const visit = (relative: string) => {
    const entries = readdirSync(path.join(sourceDir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isSymbolicLink())
        problems.push({
          file: `${shownAs}/${rel}`,
          message: "is a symbolic link; a build reads only files inside the package",
        });
      else if (entry.isDirectory()) visit(rel);
      else if (entry.isFile() && isModule(entry.name)) modules.push(rel);
    }
  };
  if (!lstatSync(sourceDir, { throwIfNoEntry: false })?.isDirectory())
    return { problems: [{ file: shownAs, message: "no such folder: nothing to build" }] };
  visit("");
  return problems.length > 0 ? { problems } : { modules: modules.sort() };
}

function isModule(name: string): boolean {
  return name.endsWith(".ts") && !name.endsWith(".d.ts");
}
