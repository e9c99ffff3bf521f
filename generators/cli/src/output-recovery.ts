// Finishing a generation that was killed while moving its files into place. Its journal (the
// manifest with `pending`) names the scratch folder where every new file was staged, complete,
// before the first move; so the next run moves the rest, deletes the stale files the killed run
// meant to delete, and writes the final manifest: the folder ends exactly as the killed run
// would have left it, release files (version, changelog, model snapshot) included, and only then
// is the new generation planned on top. Rolling forward is idempotent: killed again, the next
// run takes up where this one stopped (a moved file is recognized by its hash).

import {
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { MANIFEST_FILE, readManifest, renderManifest, sha256 } from "./manifest.js";
import { OutputError, scanPackageFolder } from "./output-plan.js";
import { removeEmptyDirs, stagedName, WriteError } from "./output-tree.js";
import { isLeftover, scratchOwner } from "./scratch-space.js";

export type RecoveryResult =
  /** The folder was not interrupted. */
  | "none"
  /** The interrupted generation was finished. */
  | "completed"
  /** Some staged files were gone: the journal stays, the next plan rewrites what is missing. */
  | "incomplete";

/** Finishes an interrupted generation of a package folder, if there is one. */
export function recoverInterrupted(outDir: string, projectDir: string): RecoveryResult {
  const read = readManifest(outDir);
  if (
    read.state !== "ok" ||
    read.manifest.pending === undefined ||
    read.manifest.scratch === undefined
  )
    return "none";
  const { files: old, pending, scratch: scratchName } = read.manifest;
  const pid = scratchOwner(scratchName, true)!;
  if (!isLeftover(pid)) throw new OutputError([{ kind: "busy", outDir, paths: [scratchName] }]);
  const links = scanPackageFolder(outDir, projectDir).problems;
  if (links.length > 0) throw new OutputError(links);

  const scratch = path.join(outDir, scratchName);
  const textOf = (file: string) =>
    lstatSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file, "utf8") : undefined;
  const has = (file: string, hash: string) => {
    const text = textOf(file);
    return text !== undefined && sha256(text) === hash;
  };
  let complete = true;
  try {
    [...pending.keys()].sort().forEach((rel, index) => {
      const target = path.join(outDir, ...rel.split("/"));
      const want = pending.get(rel)!;
      if (has(target, want)) return;
      const staged = path.join(scratch, stagedName(index));
      if (!has(staged, want)) {
        complete = false;
        return;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(staged, target);
    });
    for (const [rel, hash] of old) {
      if (pending.has(rel)) continue;
      const target = path.join(outDir, ...rel.split("/"));
      if (!has(target, hash)) continue; // gone already, or edited since: not ShapeKit's to delete
      unlinkSync(target);
      removeEmptyDirs(path.dirname(target), outDir);
    }
    if (complete) {
      const temp = path.join(scratch, "manifest-recovered");
      rmSync(temp, { force: true });
      writeFileSync(temp, renderManifest(pending), { encoding: "utf8", flag: "wx" });
      renameSync(temp, path.join(outDir, MANIFEST_FILE));
    }
    rmSync(scratch, { recursive: true, force: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new WriteError(
      `shapekit generate: ${err.path ?? outDir}: ${err.code ?? err.message}: could not finish the interrupted generation; run again.`,
    );
  }
  return complete ? "completed" : "incomplete";
}
