// The change loop on a copy of the spec: add a member to a structure, regenerate, look at the
// result. Works on a temporary copy so the repository's own spec and packages stay untouched.

import { generate, unifiedDiff, type GenerateResult } from "@shapekit/codegen";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Copies `spec/` (and the current generated packages) into `workDir`, keeping their layout. */
export function copyProject(repoRoot: string, workDir: string): string {
  cpSync(path.join(repoRoot, "spec"), path.join(workDir, "spec"), { recursive: true });
  cpSync(path.join(repoRoot, "packages"), path.join(workDir, "packages"), {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist|\.turbo)$/.test(src),
  });
  return path.join(workDir, "spec", "shapekit.json");
}

/**
 * Adds `member: target` with a doc comment as the first member of `structure <name>` in
 * whichever spec file defines it. Returns the file it edited.
 */
export function addMember(
  specDir: string,
  structure: string,
  member: string,
  target: string,
  doc: string,
): string {
  const opening = new RegExp(`^structure ${structure}(?: with \\[[^\\]]*\\])? \\{\\s*$`, "m");
  for (const name of readdirSync(specDir)
    .filter((f) => f.endsWith(".smithy"))
    .sort()) {
    const file = path.join(specDir, name);
    const text = readFileSync(file, "utf8");
    const match = opening.exec(text);
    if (!match) continue;
    const at = match.index + match[0].length;
    writeFileSync(
      file,
      `${text.slice(0, at)}\n    /// ${doc}\n    ${member}: ${target}\n${text.slice(at)}`,
    );
    return file;
  }
  throw new Error(`No spec file defines structure ${structure}`);
}

/** Regenerates the copy and returns the result and the unified diff of what changed. */
export async function regenerate(
  configFile: string,
): Promise<{ result: GenerateResult; diff: string }> {
  const result = await generate({ configFile });
  const diff = result.ok
    ? unifiedDiff(result.changes, path.dirname(path.dirname(configFile)))
    : result.report;
  return { result, diff };
}
