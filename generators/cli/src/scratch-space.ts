// Where a generation stages its files before moving them into place: `.shapekit-tmp-<pid>/` at
// the top of each package folder (same file system as the destination, so a rename is atomic;
// one predictable, git-ignored name). A run killed mid-write leaves its folder behind; the next
// run removes the ones whose process is gone. Also recognizes the `.<name>.shapekit-<pid>.tmp`
// files older versions staged beside each destination.

import { lstatSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const SCRATCH = /^\.shapekit-tmp-(\d+)$/;
const LEGACY_TEMP = /^\..+\.shapekit-(\d+)\.tmp$/;

/** This process's scratch folder in a package folder. */
export function scratchDir(outDir: string): string {
  return path.join(outDir, `.shapekit-tmp-${process.pid}`);
}

/** The process id in a scratch folder's or staged file's name, when the name is one of ours. */
export function scratchOwner(name: string, atTop: boolean): number | undefined {
  const match = (atTop ? SCRATCH.exec(name) : undefined) ?? LEGACY_TEMP.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Whether a scratch name was left by a process that no longer runs (or by an earlier process
 * with this one's id, which cannot be writing now). A process of another user is alive too.
 */
export function isLeftover(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** The scratch folders (and staged files) directly in `dir` that runs no longer running left. */
export function leftoversIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => {
      const pid = scratchOwner(name, true);
      return pid !== undefined && isLeftover(pid);
    })
    .map((name) => path.join(dir, name));
}

/** Removes leftovers found by a scan; a folder is removed whole without following any link. */
export function removeLeftovers(paths: readonly string[]): void {
  for (const p of paths) {
    const stat = lstatSync(p, { throwIfNoEntry: false });
    if (stat?.isDirectory()) rmSync(p, { recursive: true, force: true });
    else if (stat?.isFile()) rmSync(p, { force: true });
  }
}
