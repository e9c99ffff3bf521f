// The main job: spec → model → emitters → prettier → disk (or a diff against it with --check).

import {
  formatDiagnostics,
  hasErrors,
  loadModel,
  type Diagnostic,
  type GeneratedFile,
  type ModelChange,
} from "@shapekit/model";
import path from "node:path";
import { readConfig, type GenerationConfig, type PackageKind } from "./config.js";
import { loadEmitter } from "./emitter-registry.js";
import { formatFiles } from "./format.js";
import { planGeneration } from "./generation-plan.js";
import { packageScaffold } from "./package-scaffold.js";
import { modelSnapshot, planRelease, SnapshotModels, type PackageRelease } from "./release.js";
import { applyChanges, compareWithDisk, type OutputChange } from "./output-tree.js";

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
}

export type GenerateResult =
  | {
      readonly ok: true;
      readonly packages: PackageSummary[];
      readonly changes: OutputChange[];
      readonly milliseconds: number;
      /** Wall time of each phase in ms: `load+resolve`, `emit <kind>`, `format`, `compare`, `write`. */
      readonly timings: Readonly<Record<string, number>>;
      /** The model's warnings (botocore quirks the conversion worked around, …), and them formatted. */
      readonly warnings: Diagnostic[];
      readonly warningReport: string;
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[]; readonly report: string };

/**
 * Generates every package the config names. Nothing is written unless loading, resolving,
 * every emitter and prettier all succeeded; with `check`, nothing is written at all.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let mark = started;
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = now - mark;
    mark = now;
  };
  const config = "config" in options ? options.config : readConfig(options.configFile);
  const loaded = loadModel([...config.modelFiles]);
  if (!loaded.model || hasErrors(loaded.diagnostics)) {
    const diagnostics = loaded.diagnostics.filter((d) => d.severity === "error");
    return { ok: false, diagnostics, report: formatDiagnostics(diagnostics, loaded.sourceText) };
  }
  const warnings = loaded.diagnostics.filter((d) => d.severity === "warning");
  const plans = planGeneration(loaded.model, config);
  lap("load+resolve");
  const first = plans[0]?.context;
  const snapshot = first
    ? modelSnapshot(first.model, first.service, first.operations, first.shapes)
    : { text: "", preformatted: false };
  const snapshots = new SnapshotModels();
  const releases = new Map<PackageKind, PackageRelease>();
  for (const plan of plans) {
    releases.set(
      plan.kind,
      planRelease(plan.outDir, snapshot, config.version, config.sourceDescription, snapshots),
    );
  }
  lap("diff");
  const files: Array<{ absolutePath: string; file: GeneratedFile; kind: PackageKind }> = [];
  for (const plan of plans) {
    const release = releases.get(plan.kind)!;
    const emit = await loadEmitter(plan.kind);
    const context = { ...plan.context, packageVersion: release.version };
    for (const file of [...emit(context), ...packageScaffold(), ...release.files]) {
      files.push({ absolutePath: resolveInside(plan.outDir, file.path), file, kind: plan.kind });
    }
    lap(`emit ${plan.kind}`);
  }
  const generated = await formatFiles(files, { projectDir: config.projectDir });
  lap("format");
  const changes = compareWithDisk(
    plans.map((p) => p.outDir),
    generated,
  );
  lap("compare");
  if (!options.check)
    applyChanges(
      changes,
      plans.map((p) => p.outDir),
    );
  lap("write");
  return {
    ok: true,
    packages: plans.map((plan) =>
      summarize(
        plan.kind,
        plan.context.packageName,
        plan.outDir,
        changes,
        releases.get(plan.kind)!,
      ),
    ),
    changes,
    milliseconds: performance.now() - started,
    timings,
    warnings,
    warningReport: warnings.length > 0 ? formatDiagnostics(warnings, loaded.sourceText) : "",
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
): PackageSummary {
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
