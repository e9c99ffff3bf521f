// The main job: spec → model → emitters → prettier → disk (or a diff against it with --check).

import {
  formatDiagnostics,
  hasErrors,
  loadModel,
  type Diagnostic,
  type LoadModelResult,
  type ModelChange,
} from "@shapekit/model";
import path from "node:path";
import { readConfig, type GenerationConfig, type PackageKind } from "./config.js";
import { loadEmitter } from "./emitter-registry.js";
import { formatFiles } from "./format.js";
import { FormatPool } from "./format-pool.js";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package/typescript-data";
import { planGeneration } from "./generation-plan.js";
import { packageScaffold } from "./package-scaffold.js";
import {
  modelSnapshot,
  planRelease,
  snapshotHolder,
  SnapshotModels,
  type PackageRelease,
} from "./release.js";
import { OutputError, planOutput, type OutputChange } from "./output-plan.js";
import { recoverInterrupted, type RecoveryResult } from "./output-recovery.js";
import { applyPlan } from "./output-tree.js";
import { ensureWorkspaceRoot } from "./workspace-root.js";
import {
  generationKey,
  recordUpToDate,
  upToDateFolders,
  type UpToDateFolder,
} from "./up-to-date.js";

/** Models with plans of at least this many shapes start prettier's worker threads at once. */
const EAGER_POOL_SHAPES = 300;

export type GenerateOptions = (
  | {
      /** Path of `shapekit.json`. */
      readonly configFile: string;
    }
  | {
      /** A configuration already read (`readConfig`) or made for a model (`configForModel`). */
      readonly config: GenerationConfig;
    }
) & {
  /** Compare with the disk instead of writing. */
  readonly check?: boolean;
  /**
   * Write into package folders that hold files ShapeKit did not write: overwrite those at the
   * paths it generates (they become its own), leave the others alone. Default `false`: such a
   * folder is refused with an `OutputError` listing the files. Links are refused even then.
   */
  readonly force?: boolean;
  /**
   * Prettier's worker threads, kept open by the caller across generations (several services in
   * one run start them once); absent: the generation starts and stops a pool of its own.
   */
  readonly pool?: FormatPool;
  /**
   * The model of `config.modelFiles`, already loaded by the caller (several services of one
   * model generated in one run load it once); absent: the generation loads it.
   */
  readonly loaded?: LoadModelResult;
};

export interface PackageSummary {
  readonly kind: PackageKind;
  readonly name: string;
  readonly outDir: string;
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  /** The package's version after this generation. */
  readonly version: string;
  /** Its version before, when the package existed. */
  readonly previousVersion?: string;
  /** The model changes behind the version bump (why the package changed). */
  readonly modelChanges: readonly ModelChange[];
  /**
   * An earlier generation was interrupted while writing this folder (its manifest still says
   * `pending`): `--check` reports it; a generation repairs it (and reports it on that run).
   */
  readonly torn: boolean;
  /** Files ShapeKit wrote and no longer generates, left in place because they were edited. */
  readonly kept: readonly string[];
}

export type GenerateResult =
  | {
      readonly ok: true;
      readonly packages: PackageSummary[];
      readonly changes: OutputChange[];
      readonly milliseconds: number;
      /** Wall time of each phase in ms: `load+resolve`, `recover`, `diff`, `emit <kind>`, `format`, `compare`, `write`. */
      readonly timings: Readonly<Record<string, number>>;
      /** The files prettier formatted (the rest were laid out by their emitter or cached), by path: calls and characters. */
      readonly prettierWork: ReadonlyMap<
        string,
        { readonly calls: number; readonly characters: number }
      >;
      /** Things the user should know that did not stop the generation (one line each). */
      readonly notices: readonly string[];
      /** The model's warnings (botocore quirks the conversion worked around, …), and them formatted. */
      readonly warnings: Diagnostic[];
      readonly warningReport: string;
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly report: string };

/**
 * Generates every package the config names. Nothing is written unless loading, resolving,
 * every emitter and prettier all succeeded; with `check`, nothing is written at all. Throws
 * `OutputError` (before writing anything) when a package folder may not be written, and
 * `WriteError` when the file system fails while writing.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const clock = new PhaseClock();
  const config = "config" in options ? options.config : readConfig(options.configFile);
  const key = generationKey(config);
  if (options.check) {
    // Nothing changed since a generation this project recorded: no need to load the model.
    const folders = upToDateFolders(config, key);
    if (folders !== undefined) {
      clock.lap("up-to-date");
      return upToDateResult(folders, clock);
    }
  }
  const loaded = options.loaded ?? loadModel([...config.modelFiles]);
  if (!loaded.model || hasErrors(loaded.diagnostics)) {
    const diagnostics = loaded.diagnostics.filter((d) => d.severity === "error");
    return { ok: false, diagnostics, report: formatDiagnostics(diagnostics, loaded.sourceText) };
  }
  const warnings = loaded.diagnostics.filter((d) => d.severity === "warning");
  const plans = planGeneration(loaded.model, config);
  clock.lap("load+resolve");
  // A folder left half-written by a killed run is finished first: the release below reads its
  // version, changelog and model snapshot, which must all be from one generation.
  const recovered = new Map<string, RecoveryResult>();
  if (!options.check)
    for (const plan of plans)
      recovered.set(plan.outDir, recoverInterrupted(plan.outDir, config.projectDir));
  clock.lap("recover");
  const first = plans[0]?.context;
  const snapshot = first
    ? modelSnapshot(first.model, first.service, first.operations, first.shapes)
    : { text: "", preformatted: false };
  const snapshots = new SnapshotModels();
  const releases = new Map<PackageKind, PackageRelease>();
  // The model is kept once, in the package written last; the others refer to it by digest. A
  // run killed before the holder is written leaves it with the old model: the packages written
  // before the kill (finished by the recovery above) refer to the new one, so their history
  // reads as unknown and they keep the version they already have; the others refer to the old
  // model and get their release. A kill while writing the holder: all refer to the new model.
  const last = plans.at(-1);
  const holder = last ? snapshotHolder(last.outDir, snapshot) : undefined;
  for (const plan of plans) {
    releases.set(
      plan.kind,
      planRelease(
        plan.outDir,
        snapshot,
        config.version,
        config.sourceDescription,
        snapshots,
        holder,
      ),
    );
  }
  clock.lap("diff");
  // Each package's files are handed to prettier's workers as soon as they are emitted: they
  // are formatted while the main thread emits the next package. A large model starts the
  // workers with the first file left to prettier (none, when the emitters laid out every
  // file); a small one formats on the main thread, as starting workers costs more.
  const pool =
    options.pool ??
    new FormatPool(GENERATED_CODE_STYLE, {
      eager: plans.some((p) => p.context.shapes.length >= EAGER_POOL_SHAPES),
    });
  const notices: string[] = [];
  const formatting: Array<Promise<Map<string, string>>> = [];
  const generated = new Map<string, string>();
  const prettierWork = new Map<string, { calls: number; characters: number }>();
  const onPrettier = (file: string, characters: number) => {
    const work = prettierWork.get(file) ?? { calls: 0, characters: 0 };
    work.calls++;
    work.characters += characters;
    prettierWork.set(file, work);
  };
  try {
    for (const plan of plans) {
      const release = releases.get(plan.kind)!;
      const context = { ...plan.context, packageVersion: release.version };
      const files = (await loadEmitter(plan.kind))(context);
      const formatted = formatFiles(
        [...files, ...packageScaffold(context), ...release.files].map((file) => ({
          absolutePath: resolveInside(plan.outDir, file.path),
          file,
        })),
        { projectDir: config.projectDir, onNotice: (n) => notices.push(n), onPrettier, pool },
      );
      // Awaited below, after the other packages are emitted; handled now so that a failure
      // meanwhile is not an unhandled rejection.
      formatted.catch(() => {});
      formatting.push(formatted);
      clock.lap(`emit ${plan.kind}`);
    }
    for (const formatted of await Promise.all(formatting))
      for (const [file, text] of formatted) generated.set(file, text);
  } finally {
    if (pool !== options.pool) await pool.close();
  }
  clock.lap("format");
  const outDirs = plans.map((p) => p.outDir);
  const plan = planOutput(outDirs, generated, {
    force: options.force ?? false,
    projectDir: config.projectDir,
  });
  if (plan.problems.length > 0) throw new OutputError(plan.problems);
  const changes = plan.changes;
  clock.lap("compare");
  if (!options.check) applyPlan(plan);
  // Disk now holds exactly this generation (written, or checked and found so): remember it.
  const clean = plan.packages.every((p) => !p.torn && p.kept.length === 0);
  if (clean && (!options.check || changes.every((c) => c.kind === "unchanged")))
    recordUpToDate(config, key, plans);
  if (!options.check && config.workspaceRoot !== undefined)
    notices.push(...ensureWorkspaceRoot(config.workspaceRoot, outDirs));
  clock.lap("write");
  for (const pkg of plan.packages) {
    for (const rel of pkg.kept) {
      notices.push(
        `${path.join(pkg.outDir, rel)}: ShapeKit wrote it and no longer generates it, but it was edited since: left in place (delete it if it is not needed).`,
      );
    }
    const recovery = recovered.get(pkg.outDir) ?? "none";
    if (recovery === "completed")
      notices.push(
        `${pkg.outDir}: an earlier generation was interrupted while writing this folder; finished it from its staged files (repaired).`,
      );
    if (recovery === "incomplete" || (pkg.torn && !options.check)) {
      notices.push(
        `${pkg.outDir}: an earlier generation was interrupted while writing this folder and its staged files are gone; regenerated it (repaired). Check its version and CHANGELOG.md.`,
      );
    }
  }
  return {
    ok: true,
    packages: plans.map((p) => {
      const output = plan.packages.find((o) => o.outDir === p.outDir)!;
      const torn = output.torn || (recovered.get(p.outDir) ?? "none") !== "none";
      return {
        ...summarize(p.kind, p.context.packageName, p.outDir, changes, releases.get(p.kind)!),
        torn,
        kept: output.kept,
      };
    }),
    changes,
    milliseconds: clock.elapsed(),
    timings: clock.timings,
    prettierWork,
    notices,
    warnings,
    warningReport: warnings.length > 0 ? formatDiagnostics(warnings, loaded.sourceText) : "",
  };
}

/** What a full `--check` reports for folders proven up to date (see up-to-date.ts). */
function upToDateResult(folders: readonly UpToDateFolder[], clock: PhaseClock): GenerateResult {
  const changes: OutputChange[] = folders.flatMap((f) =>
    f.files.map((rel) => ({
      absolutePath: path.join(f.outDir, ...rel.split("/")),
      kind: "unchanged" as const,
    })),
  );
  return {
    ok: true,
    packages: folders.map((f) => ({
      kind: f.kind,
      name: f.packageName,
      outDir: f.outDir,
      created: 0,
      updated: 0,
      deleted: 0,
      unchanged: f.files.length,
      version: f.version,
      previousVersion: f.version,
      modelChanges: [],
      torn: false,
      kept: [],
    })),
    changes,
    milliseconds: clock.elapsed(),
    timings: clock.timings,
    prettierWork: new Map(),
    notices: [],
    warnings: [],
    warningReport: "",
  };
}

/** An emitter's relative path inside its package folder; anything escaping it is a generator bug. */
function resolveInside(outDir: string, relative: string): string {
  const abs = path.resolve(outDir, relative);
  if (path.isAbsolute(relative) || !abs.startsWith(outDir + path.sep)) {
    throw new Error(
      `An emitter produced ${relative}, which is outside its package folder ${outDir}`,
    );
  }
  return abs;
}

function summarize(
  kind: PackageKind,
  name: string,
  outDir: string,
  changes: readonly OutputChange[],
  release: PackageRelease,
): Omit<PackageSummary, "torn" | "kept"> {
  const mine = changes.filter((c) => c.absolutePath.startsWith(outDir + path.sep));
  const count = (k: OutputChange["kind"]) => mine.filter((c) => c.kind === k).length;
  return {
    kind,
    name,
    outDir,
    created: count("create"),
    updated: count("update"),
    deleted: count("delete"),
    unchanged: count("unchanged"),
    version: release.version,
    ...(release.previousVersion === undefined ? {} : { previousVersion: release.previousVersion }),
    modelChanges: release.changes,
  };
}

/** The wall time of a generation and of each of its phases (`SHAPEKIT_TIMING=1`). */
class PhaseClock {
  readonly #started = performance.now();
  #mark = this.#started;
  readonly timings: Record<string, number> = {};

  /** Ends the phase that started at the previous lap (or at the start) under `phase`. */
  lap(phase: string): void {
    const now = performance.now();
    this.timings[phase] = now - this.#mark;
    this.#mark = now;
  }

  /** Milliseconds since the generation started. */
  elapsed(): number {
    return performance.now() - this.#started;
  }
}
