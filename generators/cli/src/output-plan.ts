// What a generation would do to the package folders, decided before anything is written: which
// files are created, updated or deleted, and whether ShapeKit may do it at all. Ownership comes
// from each folder's manifest: ShapeKit overwrites and deletes only files it wrote, never follows
// a symbolic link, and refuses a folder that holds someone else's files unless told otherwise.

import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  isOwnablePath,
  MANIFEST_FILE,
  NOT_OURS,
  readManifest,
  renderManifest,
  sha256,
} from "./manifest.js";
import { isLeftover, scratchDir, scratchOwner } from "./scratch-space.js";
import { appendAll } from "@shapekit/model";

export type ChangeKind = "create" | "update" | "delete" | "unchanged";

export interface OutputChange {
  readonly absolutePath: string;
  readonly kind: ChangeKind;
  /** What is on disk now (update, delete). */
  readonly before?: string;
  /** What the generator produced (create, update, unchanged). */
  readonly after?: string;
}

/**
 * Why ShapeKit will not write a package folder:
 * - `symlink`: the folder, a folder on the way to it, or something inside it is a symbolic link;
 * - `blocked`: a folder stands where a file goes, or a file where a folder goes;
 * - `conflict`: a file ShapeKit would overwrite is not one it wrote (`--force` overwrites it);
 * - `foreign`: a first generation into a folder that holds other files (`--force` proceeds and
 *   leaves them alone);
 * - `manifest`: the folder's manifest cannot be read (`--force` starts a new one);
 * - `busy`: another ShapeKit process is writing the folder right now.
 */
export type OutputProblemKind =
  "symlink" | "blocked" | "conflict" | "foreign" | "manifest" | "busy";

export interface OutputProblem {
  readonly kind: OutputProblemKind;
  readonly outDir: string;
  /** The files concerned, relative to `outDir` (`symlink`: absolute for folders above it). */
  readonly paths: readonly string[];
  /** `manifest`: what is wrong with it. */
  readonly reason?: string;
}

/** Problems `--force` cannot override: ShapeKit never writes through a link or over a folder. */
const NOT_FORCEABLE: ReadonlySet<OutputProblemKind> = new Set(["symlink", "blocked", "busy"]);

export interface PackageOutput {
  readonly outDir: string;
  /** The manifest on disk says an earlier generation was interrupted while writing. */
  readonly torn: boolean;
  /** The manifest written before any file moves: the old files and the ones being written. */
  readonly journal: string;
  /** The files of the new manifest, sorted: a file is staged under its index in this list. */
  readonly files: readonly string[];
  /** Files ShapeKit wrote and no longer generates, edited since: left in place, disowned. */
  readonly kept: readonly string[];
  /** Scratch space of killed runs, removed before writing (absolute paths). */
  readonly leftovers: readonly string[];
}

export interface OutputPlan {
  /** One change per file, sorted by path; each package's manifest is among them. */
  readonly changes: OutputChange[];
  readonly packages: PackageOutput[];
  /** What stops the generation (after `force` is applied); empty when it may go ahead. */
  readonly problems: OutputProblem[];
}

export interface PlanOutputOptions {
  /** Overwrite files ShapeKit did not write and accept folders that hold other files. */
  readonly force?: boolean;
  /**
   * The folder the output paths are judged from (the config's folder): links above it and the
   * package folders are the user's setup; below it, a link on the way to a package is refused.
   */
  readonly projectDir?: string;
}

/** Thrown when a package folder may not be written; the message says why and what to do. */
export class OutputError extends Error {
  override name = "OutputError";
  readonly problems: readonly OutputProblem[];

  constructor(problems: readonly OutputProblem[]) {
    super(describeProblems(problems));
    this.problems = problems;
  }
}

/**
 * Compares what the generator produced (absolute path → text, manifests excluded) with the
 * package folders, and decides every change. Reads the disk, writes nothing.
 */
export function planOutput(
  outDirs: readonly string[],
  generated: ReadonlyMap<string, string>,
  options: PlanOutputOptions = {},
): OutputPlan {
  const changes: OutputChange[] = [];
  const packages: PackageOutput[] = [];
  const problems: OutputProblem[] = [];
  for (const outDir of outDirs) {
    const mine = [...generated].filter(([p]) => p.startsWith(outDir + path.sep));
    const planned = planPackage(outDir, mine, options.projectDir ?? path.dirname(outDir));
    appendAll(changes, planned.changes);
    packages.push(planned.output);
    problems.push(...planned.problems.filter((p) => !options.force || NOT_FORCEABLE.has(p.kind)));
  }
  changes.sort((a, b) =>
    a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0,
  );
  return { changes, packages, problems };
}

function planPackage(
  outDir: string,
  generated: ReadonlyArray<readonly [string, string]>,
  projectDir: string,
) {
  const problems: OutputProblem[] = [];
  const changes: OutputChange[] = [];
  const { scan, problems: links } = scanPackageFolder(outDir, projectDir);
  appendAll(problems, links);

  const read = readManifest(outDir);
  if (read.state === "invalid")
    problems.push({ kind: "manifest", outDir, paths: [MANIFEST_FILE], reason: read.reason });
  const manifest = read.state === "ok" ? read.manifest : undefined;
  // Paths ShapeKit wrote, with every text it may have left there (an interrupted run: old or new).
  const owned = new Map<string, Set<string>>();
  for (const files of [manifest?.files, manifest?.pending]) {
    for (const [rel, hash] of files ?? [])
      (owned.get(rel) ?? owned.set(rel, new Set()).get(rel)!).add(hash);
  }

  const text = (rel: string) => readFileSync(path.join(outDir, ...rel.split("/")), "utf8");
  const newFiles = new Map<string, string>();
  const blocked: string[] = [];
  const conflicts: string[] = [];
  for (const [absolutePath, after] of generated) {
    const rel = path.relative(outDir, absolutePath).split(path.sep).join("/");
    if (!isOwnablePath(rel))
      throw new Error(`The generator produced ${rel}, a path it must not own in ${outDir}`);
    newFiles.set(rel, sha256(after));
    if (scan.dirs.has(rel) || ancestors(rel).some((a) => scan.files.has(a) || scan.others.has(a)))
      blocked.push(rel);
    const before = scan.files.has(rel) ? text(rel) : undefined;
    if (before === undefined) changes.push({ absolutePath, kind: "create", after });
    else if (before === after) changes.push({ absolutePath, kind: "unchanged", before, after });
    else {
      if (!owned.has(rel)) conflicts.push(rel);
      changes.push({ absolutePath, kind: "update", before, after });
    }
  }
  if (blocked.length > 0) problems.push({ kind: "blocked", outDir, paths: blocked });
  if (conflicts.length > 0) problems.push({ kind: "conflict", outDir, paths: conflicts });

  const kept: string[] = [];
  const foreign: string[] = [];
  for (const rel of [...scan.files, ...scan.others].sort()) {
    if (rel === MANIFEST_FILE || newFiles.has(rel)) continue;
    const hashes = owned.get(rel);
    if (hashes === undefined) {
      // Without a manifest the folder is not known to be ShapeKit's (an unusable one is reported as such).
      if (read.state === "absent") foreign.push(rel);
      continue;
    }
    const before = scan.files.has(rel) ? text(rel) : undefined;
    if (before !== undefined && hashes.has(sha256(before)))
      changes.push({ absolutePath: path.join(outDir, ...rel.split("/")), kind: "delete", before });
    else kept.push(rel);
  }
  if (foreign.length > 0) problems.push({ kind: "foreign", outDir, paths: foreign });

  const manifestPath = path.join(outDir, MANIFEST_FILE);
  const finalManifest = renderManifest(newFiles);
  const manifestBefore = scan.files.has(MANIFEST_FILE) ? text(MANIFEST_FILE) : undefined;
  changes.push(
    manifestBefore === undefined
      ? { absolutePath: manifestPath, kind: "create", after: finalManifest }
      : {
          absolutePath: manifestPath,
          kind: manifestBefore === finalManifest ? "unchanged" : "update",
          before: manifestBefore,
          after: finalManifest,
        },
  );
  const output: PackageOutput = {
    outDir,
    torn: manifest?.pending !== undefined,
    journal: renderManifest(manifest?.files ?? new Map(), {
      pending: newFiles,
      scratch: path.basename(scratchDir(outDir)),
    }),
    files: [...newFiles.keys()].sort(),
    kept,
    leftovers: scan.leftovers,
  };
  return { changes, problems, output };
}

/**
 * A package folder's contents, and the links that forbid writing it: the folder itself or a
 * folder on the way to it (below the project folder), or anything inside it.
 */
export function scanPackageFolder(
  outDir: string,
  projectDir: string,
): { scan: FolderScan; problems: OutputProblem[] } {
  const inTheWay = notAFolder(outDir);
  if (inTheWay !== undefined)
    return { scan: emptyScan(), problems: [{ kind: "blocked", outDir, paths: [inTheWay] }] };
  const linkedAbove = linkedComponents(outDir, projectDir);
  if (linkedAbove.length > 0)
    return { scan: emptyScan(), problems: [{ kind: "symlink", outDir, paths: linkedAbove }] };
  const scan = scanFolder(outDir);
  return {
    scan,
    problems: scan.symlinks.length > 0 ? [{ kind: "symlink", outDir, paths: scan.symlinks }] : [],
  };
}

export interface FolderScan {
  /** Regular files, relative `/`-separated paths. */
  readonly files: Set<string>;
  readonly dirs: Set<string>;
  /** Neither file, folder nor link (a socket, a pipe): never read, never touched. */
  readonly others: Set<string>;
  readonly symlinks: string[];
  readonly leftovers: string[];
}

function emptyScan(): FolderScan {
  return { files: new Set(), dirs: new Set(), others: new Set(), symlinks: [], leftovers: [] };
}

/**
 * Everything in a package folder but the build outputs, by the entry types of the directory
 * listing itself (what lstat says: a link is a link, never what it points to).
 */
function scanFolder(outDir: string): FolderScan {
  const scan = emptyScan();
  const walk = (dir: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" && prefix === "") return;
      throw e;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = prefix + entry.name;
      const full = path.join(dir, entry.name);
      if (prefix === "" && (NOT_OURS.has(entry.name) || entry.name.endsWith(".tsbuildinfo")))
        continue;
      const pid = scratchOwner(entry.name, prefix === "");
      if (pid !== undefined && !entry.isSymbolicLink()) {
        if (isLeftover(pid)) scan.leftovers.push(full);
        continue;
      }
      if (entry.isSymbolicLink()) scan.symlinks.push(rel);
      else if (entry.isDirectory()) {
        scan.dirs.add(rel);
        walk(full, `${rel}/`);
      } else if (entry.isFile()) scan.files.add(rel);
      else scan.others.add(rel);
    }
  };
  walk(outDir, "");
  return scan;
}

/**
 * The package folder, or the nearest path above it that exists, when that is no folder (`--out
 * /dev/null`, a file): nothing can be written below it. Links are followed here, as the system
 * follows them when it creates the folders; linkedComponents judges them.
 */
export function notAFolder(outDir: string): string | undefined {
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    let stats;
    try {
      stats = statSync(dir);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Absent, or below a file (ENOTDIR): look further up.
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
    }
    if (stats !== undefined) return stats.isDirectory() ? undefined : dir;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/**
 * The package folder, and each folder between it and the project folder, that is a link. Above
 * the project folder (or above the package's parent, for a package outside the project) links
 * are the machine's setup (`/tmp` → `/private/tmp`) and not judged.
 */
function linkedComponents(outDir: string, projectDir: string): string[] {
  const common = commonAncestor(path.resolve(projectDir), outDir);
  const stop = common === path.parse(common).root ? path.dirname(path.dirname(outDir)) : common;
  const linked: string[] = [];
  for (let dir = outDir; ; dir = path.dirname(dir)) {
    if (dir !== outDir && (dir === stop || !dir.startsWith(stop + path.sep))) break;
    if (lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) linked.push(dir);
    if (dir === path.dirname(dir)) break;
  }
  return linked.reverse();
}

function commonAncestor(a: string, b: string): string {
  let dir = a;
  while (dir !== b && !b.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep)) {
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
  return dir;
}

/** `a/b/c.ts` → `a`, `a/b`. */
function ancestors(rel: string): string[] {
  const parts = rel.split("/");
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"));
}

const SHOWN = 5;

function describeProblems(problems: readonly OutputProblem[]): string {
  const lines: string[] = [];
  for (const p of problems) {
    const shown = p.paths.slice(0, SHOWN).map((f) => `  ${f}`);
    if (p.paths.length > SHOWN) shown.push(`  … and ${p.paths.length - SHOWN} more`);
    const head = `shapekit generate: ${p.outDir}: `;
    switch (p.kind) {
      case "symlink":
        lines.push(
          `${head}symbolic links where ShapeKit writes; it never follows a link (replace them with real folders and files):`,
          ...shown,
        );
        break;
      case "blocked":
        lines.push(
          `${head}a folder stands where ShapeKit writes a file, or a file where it needs a folder; move these away:`,
          ...shown,
        );
        break;
      case "conflict":
        lines.push(
          `${head}ShapeKit would overwrite files it did not write (they are not in ${MANIFEST_FILE}):`,
          ...shown,
        );
        lines.push("  Move them away, or run again with --force to overwrite them.");
        break;
      case "foreign":
        lines.push(
          `${head}the folder holds files ShapeKit did not write, and no ${MANIFEST_FILE}:`,
          ...shown,
        );
        lines.push(
          "  Check the package folders in the config (a typo can point at your own files). If this folder is right,",
          "  run again with --force: ShapeKit adds its files and never deletes or changes these.",
        );
        break;
      case "manifest":
        lines.push(
          `${head}${MANIFEST_FILE} is unusable (${p.reason ?? "unknown"}): ShapeKit cannot tell which files it wrote.`,
        );
        lines.push(
          "  Restore it from version control, or run again with --force to start a new one (no file is deleted then).",
        );
        break;
      case "busy":
        lines.push(
          `${head}another ShapeKit process is writing this folder now (its scratch folder ${p.paths[0]} belongs to a running process).`,
        );
        lines.push(
          "  Wait for it to finish. If no generation is running, remove that folder and run again.",
        );
        break;
    }
  }
  lines.push("Nothing was written.");
  return lines.join("\n");
}
