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
    // Entry types from the directory listing itself: no stat call per file.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (NOT_OURS.has(entry.name) || entry.name.endsWith(".tsbuildinfo")) continue;
      const full = path.join(dir, entry.name);
      const isDirectory = entry.isSymbolicLink() ? statSync(full).isDirectory() : entry.isDirectory();
      if (isDirectory) walk(full);
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
    const before = readIfExists(absolutePath);
    if (before === undefined) changes.push({ absolutePath, kind: "create", after });
    else changes.push({ absolutePath, kind: before === after ? "unchanged" : "update", before, after });
  }
  for (const dir of outDirs) {
    for (const absolutePath of ownedFiles(dir)) {
      if (!generated.has(absolutePath)) changes.push({ absolutePath, kind: "delete", before: readFileSync(absolutePath, "utf8") });
    }
  }
  return changes.sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
}

/** A file's text, or `undefined` when there is no file: one open instead of a stat and an open. */
function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw e;
  }
}

/**
 * Writes creates and updates, removes deleted files. Every new text for a folder that existed
 * before is first written to a temporary file beside its destination; only when all of them are
 * on disk are they renamed into place (a rename within a folder is atomic), so a full disk or a
 * permission error leaves the old tree untouched and no stray temporary file. Files in folders
 * this call creates are written in place (no old tree there to protect, and half the file
 * system operations on a first generation); on an error those folders are removed whole.
 */
export function applyChanges(changes: readonly OutputChange[], outDirs: readonly string[]): void {
  const staged: Array<{ temp: string; target: string }> = [];
  // Folders known to exist (thousands of files share a few folders: one check each), and which
  // of them this call created, with the topmost created folder of each chain for the cleanup.
  const knownDirs = new Set<string>();
  const freshDirs = new Set<string>();
  const freshRoots: string[] = [];
  try {
    for (const change of changes) {
      if (change.kind !== "create" && change.kind !== "update") continue;
      const dir = path.dirname(change.absolutePath);
      if (!knownDirs.has(dir)) {
        const created = existsSync(dir) ? undefined : mkdirSync(dir, { recursive: true });
        if (created !== undefined) {
          freshRoots.push(created);
          for (let d = dir; ; d = path.dirname(d)) {
            freshDirs.add(d);
            if (d === created || d === path.dirname(d)) break;
          }
        }
        knownDirs.add(dir);
      }
      if (freshDirs.has(dir)) {
        writeFileSync(change.absolutePath, change.after!, "utf8");
        continue;
      }
      const temp = path.join(dir, `.${path.basename(change.absolutePath)}.shapekit-${process.pid}.tmp`);
      writeFileSync(temp, change.after!, "utf8");
      staged.push({ temp, target: change.absolutePath });
    }
  } catch (e) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    for (const root of freshRoots.reverse()) rmSync(root, { recursive: true, force: true });
    throw e;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
  for (const change of changes) {
    if (change.kind !== "delete") continue;
    rmSync(change.absolutePath, { force: true });
    removeEmptyDirs(path.dirname(change.absolutePath), outDirs);
  }
}

/**
 * Removes a folder and its parents while they are empty, inside a package folder only: the
 * package folders themselves and everything above them are never the generator's to remove.
 */
function removeEmptyDirs(dir: string, outDirs: readonly string[]): void {
  const inside = (d: string) => outDirs.some((root) => d.startsWith(root + path.sep));
  let current = dir;
  while (inside(current) && existsSync(current) && readdirSync(current).length === 0) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}
