// Every file below a folder, in name order, folder by folder: for the scripts that read another
// project's test files in place (the Smithy suites).

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The files below `dir` (none when it does not exist), sorted by name within each folder. */
export function filesBelow(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesBelow(full));
    else out.push(full);
  }
  return out;
}
