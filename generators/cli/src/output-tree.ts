// Writing a planned generation (output-plan.ts) so that no failure and no kill leaves a package
// folder in a state the next run cannot recognize and repair:
// 1. every new text is staged in the package's scratch folder (a full disk or a permission
//    error stops here: the tree is untouched, the scratch removed);
// 2. the manifest is replaced by a journal (old files + `pending`): from here the folder is
//    marked as being written;
// 3. staged files are renamed into place (atomic, never through a link), stale files deleted;
// 4. the final manifest is renamed into place last: the folder is complete again.
// A run killed in 2–3 leaves the journal and the scratch: `--check` reports the folder as torn,
// the next generation finishes the moves first (output-recovery.ts). Killed in 1, it leaves only
// a scratch folder, which the next run removes.

import {
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { MANIFEST_FILE } from "./manifest.js";
import type { OutputChange, OutputPlan, PackageOutput } from "./output-plan.js";
import { removeLeftovers, scratchDir } from "./scratch-space.js";

export type { ChangeKind, OutputChange } from "./output-plan.js";

/** The name a file of the new manifest is staged under in the scratch folder. */
export function stagedName(index: number): string {
  return String(index);
}

/** A file system error while writing: names the file and the error code, never the contents. */
export class WriteError extends Error {
  override name = "WriteError";
}

interface PackageWrite {
  readonly pkg: PackageOutput;
  readonly scratch: string;
  readonly writes: OutputChange[];
  readonly deletes: OutputChange[];
  /** Always rewritten last, changed or not: it replaces the journal. */
  readonly manifest: OutputChange;
  staged: string[];
}

/**
 * The file system writes `applyPlan` makes, numbered from 1 in order: how many only stage, how
 * many in all, and for each package the write that puts its journal in place and the one that
 * puts its final manifest in place (between them the folder is torn). For the crash tests.
 */
export function writeSteps(plan: OutputPlan): {
  staged: number;
  total: number;
  torn: Array<{ outDir: string; from: number; to: number }>;
} {
  const work = packageWrites(plan);
  let step = work.reduce((n, w) => n + w.writes.length + 2, 0); // every file, the manifest and the journal
  const staged = step;
  const torn = work.map((w) => {
    const from = ++step;
    step += w.writes.length + w.deletes.length + 1;
    return { outDir: w.pkg.outDir, from, to: step };
  });
  return { staged, total: step, torn };
}

/** Writes a plan that has no problems. Leftover scratch of killed runs is removed first. */
export function applyPlan(plan: OutputPlan): void {
  if (plan.problems.length > 0)
    throw new Error("applyPlan: the plan has problems; nothing may be written");
  removeLeftovers(plan.packages.flatMap((p) => p.leftovers));
  const step = crashHook();
  const work = packageWrites(plan);
  const freshRoots: string[] = [];
  try {
    for (const w of work) {
      const created = mkdirSync(w.pkg.outDir, { recursive: true });
      if (created !== undefined) freshRoots.push(created);
      mkdirSync(w.scratch);
      // Each file under its index in the new manifest: the journal names the scratch folder, so
      // a later run can finish the moves (output-recovery.ts).
      const index = new Map(w.pkg.files.map((rel, i) => [rel, i]));
      for (const change of w.writes) {
        const rel = path.relative(w.pkg.outDir, change.absolutePath).split(path.sep).join("/");
        w.staged.push(path.join(w.scratch, stagedName(index.get(rel)!)));
      }
      w.staged.push(path.join(w.scratch, "manifest"));
      [...w.writes, w.manifest].forEach((change, i) => {
        step();
        // `wx`: a name that already exists (a link planted in the scratch) is an error, not a target.
        writeFileSync(w.staged[i]!, change.after!, { encoding: "utf8", flag: "wx" });
      });
      step();
      writeFileSync(path.join(w.scratch, "journal"), w.pkg.journal, {
        encoding: "utf8",
        flag: "wx",
      });
    }
    const knownDirs = new Set<string>();
    for (const w of work) {
      for (const change of w.writes) {
        const dir = path.dirname(change.absolutePath);
        if (knownDirs.has(dir)) continue;
        const created = mkdirSync(dir, { recursive: true });
        if (created !== undefined) freshRoots.push(created);
        knownDirs.add(dir);
      }
    }
  } catch (e) {
    for (const w of work) rmSync(w.scratch, { recursive: true, force: true });
    for (const root of freshRoots.reverse()) rmSync(root, { recursive: true, force: true });
    throw writeError(e, "nothing was changed");
  }
  try {
    for (const w of work) {
      step();
      renameSync(path.join(w.scratch, "journal"), path.join(w.pkg.outDir, MANIFEST_FILE));
      w.writes.forEach((change, i) => {
        step();
        renameSync(w.staged[i]!, change.absolutePath);
      });
      for (const change of w.deletes) {
        step();
        if (lstatSync(change.absolutePath, { throwIfNoEntry: false })?.isFile())
          unlinkSync(change.absolutePath);
        removeEmptyDirs(path.dirname(change.absolutePath), w.pkg.outDir);
      }
      step();
      renameSync(w.staged[w.writes.length]!, w.manifest.absolutePath);
      rmSync(w.scratch, { recursive: true, force: true });
    }
  } catch (e) {
    for (const w of work) rmSync(w.scratch, { recursive: true, force: true });
    throw writeError(e, "the package folder is incomplete; run the generation again to repair it");
  }
}

function packageWrites(plan: OutputPlan): PackageWrite[] {
  const out: PackageWrite[] = [];
  for (const pkg of plan.packages) {
    const inside = (c: OutputChange) => c.absolutePath.startsWith(pkg.outDir + path.sep);
    const mine = plan.changes.filter((c) => c.kind !== "unchanged" && inside(c));
    if (mine.length === 0) continue;
    const manifestPath = path.join(pkg.outDir, MANIFEST_FILE);
    const manifest = plan.changes.find((c) => c.absolutePath === manifestPath)!;
    out.push({
      pkg,
      scratch: scratchDir(pkg.outDir),
      writes: mine.filter(
        (c) => c.absolutePath !== manifestPath && (c.kind === "create" || c.kind === "update"),
      ),
      deletes: mine.filter((c) => c.kind === "delete"),
      manifest,
      staged: [],
    });
  }
  return out;
}

/**
 * Removes a folder and its parents while they are empty, inside a package folder only: the
 * package folders themselves and everything above them are never the generator's to remove.
 */
export function removeEmptyDirs(dir: string, outDir: string): void {
  let current = dir;
  while (
    current.startsWith(outDir + path.sep) &&
    lstatSync(current, { throwIfNoEntry: false })?.isDirectory() &&
    readdirSync(current).length === 0
  ) {
    rmdirSync(current);
    current = path.dirname(current);
  }
}

function writeError(e: unknown, consequence: string): WriteError {
  const err = e as NodeJS.ErrnoException;
  const where = err.path ? `${err.path}: ` : "";
  return new WriteError(`shapekit generate: ${where}${err.code ?? err.message}: ${consequence}.`);
}

/**
 * Test hook: with SHAPEKIT_TEST_KILL_AT_WRITE=k the process kills itself with SIGKILL just
 * before its k-th file system write, to prove that a later run repairs whatever is left. Unset
 * (always, outside the tests) it does nothing.
 */
function crashHook(): () => void {
  const at = Number(process.env.SHAPEKIT_TEST_KILL_AT_WRITE ?? "0");
  if (!Number.isInteger(at) || at <= 0) return () => {};
  let count = 0;
  return () => {
    if (++count !== at) return;
    process.kill(process.pid, "SIGKILL");
    // SIGKILL cannot be caught; wait for it rather than write one more byte.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  };
}
