// The generated packages on disk: what differs from what the generator produced, and writing the
// difference so that a failure leaves every file either old or new, never half-written.

import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

export type ChangeKind = "create" | "update" | "delete" | "unchanged";

export interface OutputChange {
  readonly absolutePath: string;
  readonly kind: ChangeKind;
  /** What is on disk now (update, delete). */
  readonly before?: string;
  /** What the generator produced (create, update, unchanged). */
  readonly after?: string;
}

/** Build outputs and tool state inside a package folder that the generator does not own. */
const NOT_OURS = new Set(["dist", "node_modules", ".turbo", "coverage"]);

/** Files inside an output folder that the generator owns (everything but build outputs). */
export function ownedFiles(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (NOT_OURS.has(name) || name.endsWith(".tsbuildinfo")) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(outDir);
  return out;
}

/** Compares the generated tree with the disk: one change per file, sorted by path. */
export function compareWithDisk(outDirs: readonly string[], generated: ReadonlyMap<string, string>): OutputChange[] {
  const changes: OutputChange[] = [];
  for (const [absolutePath, after] of generated) {
    if (!existsSync(absolutePath)) changes.push({ absolutePath, kind: "create", after });
    else {
      const before = readFileSync(absolutePath, "utf8");
      changes.push({ absolutePath, kind: before === after ? "unchanged" : "update", before, after });
    }
  }
  for (const dir of outDirs) {
    for (const absolutePath of ownedFiles(dir)) {
      if (!generated.has(absolutePath)) changes.push({ absolutePath, kind: "delete", before: readFileSync(absolutePath, "utf8") });
    }
  }
  return changes.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
}

/**
 * Writes creates and updates, removes deleted files. Every new text is first written to a
 * temporary file beside its destination; only when all of them are on disk are they renamed
 * into place (a rename within a folder is atomic), so a full disk or a permission error leaves
 * the old tree untouched and no stray temporary file.
 */
export function applyChanges(changes: readonly OutputChange[]): void {
  const staged: Array<{ temp: string; target: string }> = [];
  const createdDirs: string[] = [];
  try {
    for (const change of changes) {
      if (change.kind !== "create" && change.kind !== "update") continue;
      const dir = path.dirname(change.absolutePath);
      if (!existsSync(dir)) {
        createdDirs.push(dir);
        mkdirSync(dir, { recursive: true });
      }
      const temp = path.join(dir, `.${path.basename(change.absolutePath)}.shapekit-${process.pid}.tmp`);
      writeFileSync(temp, change.after!, "utf8");
      staged.push({ temp, target: change.absolutePath });
    }
  } catch (e) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) removeEmptyDirs(dir);
    throw e;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
  for (const change of changes) {
    if (change.kind !== "delete") continue;
    rmSync(change.absolutePath, { force: true });
    removeEmptyDirs(path.dirname(change.absolutePath));
  }
}

/** Removes a folder and its parents while they are empty. */
function removeEmptyDirs(dir: string): void {
  let current = dir;
  while (existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}
