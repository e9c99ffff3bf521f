// `shapekit generate [--check] [--force]`: argument handling and the summary; the work is in ../generate.ts.

import path from "node:path";
import { parseArgs } from "node:util";
import {
  ConfigError,
  configForModel,
  readConfig,
  resolveConfigPath,
  type GenerationConfig,
  type Layout,
  type ModelOnlyOptions,
  type PackageKind,
} from "../config.js";
import type { LoadModelResult } from "@shapekit/model";
import type { FormatPool } from "../format-pool.js";
import { PlanError } from "../generation-plan.js";
import { OutputError } from "../output-plan.js";
import { WriteError } from "../output-tree.js";
import { ReleaseError } from "../release.js";
import { isServicePattern, selectServices } from "./service-pattern.js";
import { EXIT, GENERATE_HELP, UsageError } from "./usage.js";
import type { CommandIo } from "./io.js";

/** Flags that describe the packages of a `--model` generation; a config file has keys for them. */
const MODEL_ONLY_FLAGS = [
  "service",
  "operations",
  "scope",
  "name",
  "package-version",
  "license",
  "layout",
  "packages",
] as const;

export async function runGenerate(args: readonly string[], io: CommandIo): Promise<number> {
  let values: {
    check?: boolean;
    config?: string;
    force?: boolean;
    help?: boolean;
    model?: string[];
    out?: string;
    service?: string;
    operations?: string[];
    scope?: string;
    name?: string;
    "package-version"?: string;
    license?: string;
    layout?: string;
    packages?: string[];
  };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        check: { type: "boolean" },
        config: { type: "string" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        model: { type: "string", multiple: true },
        out: { type: "string" },
        service: { type: "string" },
        operations: { type: "string", multiple: true },
        scope: { type: "string" },
        name: { type: "string" },
        "package-version": { type: "string" },
        license: { type: "string" },
        layout: { type: "string" },
        packages: { type: "string", multiple: true },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`shapekit generate: ${(e as Error).message}`);
  }
  if (values.help) {
    io.stdout(GENERATE_HELP);
    return EXIT.ok;
  }
  const modelOnly = values.model !== undefined;
  if (modelOnly && values.config !== undefined)
    throw new UsageError("shapekit generate: --model and --config exclude each other");
  if (modelOnly !== (values.out !== undefined))
    throw new UsageError("shapekit generate: --model and --out go together");
  const modelFlags = MODEL_ONLY_FLAGS.filter((flag) => values[flag] !== undefined);
  if (!modelOnly && modelFlags.length > 0) {
    throw new UsageError(
      `shapekit generate: ${modelFlags.map((f) => `--${f}`).join(", ")} go${modelFlags.length === 1 ? "es" : ""} with --model (a config file says ${modelFlags.length === 1 ? "it" : "them"} itself)`,
    );
  }
  const modelOptions = (modelFiles: string[], service: string | undefined): ModelOnlyOptions => ({
    modelFiles,
    outDir: path.resolve(io.cwd, values.out!),
    projectDir: io.cwd,
    ...(service === undefined ? {} : { service }),
    ...(values.operations === undefined
      ? {}
      : { operations: values.operations.flatMap((o) => o.split(",")) }),
    ...(values.scope === undefined ? {} : { npmScope: values.scope }),
    ...(values.name === undefined ? {} : { name: values.name }),
    ...(values["package-version"] === undefined ? {} : { version: values["package-version"] }),
    ...(values.license === undefined ? {} : { license: values.license }),
    ...(values.layout === undefined ? {} : { layout: values.layout as Layout }),
    ...(values.packages === undefined
      ? {}
      : {
          packages: values.packages
            .flatMap((p) => p.split(","))
            .map((p) => p.trim()) as PackageKind[],
        }),
  });
  const models = (values.model ?? []).map((m) => path.resolve(io.cwd, m));
  const flags = { check: values.check ?? false, force: values.force ?? false };
  if (modelOnly && values.service !== undefined && isServicePattern(values.service))
    return generateServices(models, values.service, modelOptions, flags, io);
  let config: GenerationConfig;
  try {
    config = modelOnly
      ? configForModel(modelOptions(models, values.service))
      : readConfig(resolveConfigPath(path.resolve(io.cwd, values.config ?? ".")));
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(e.message + "\n");
      return EXIT.failure;
    }
    throw e;
  }
  return generateOne(config, flags, io);
}

/** `--check` and `--force`, as given. */
interface GenerateFlags {
  readonly check: boolean;
  readonly force: boolean;
}

/** What a generation among several shares with the others (`generateServices`). */
interface SharedGeneration {
  /** Prettier's workers, open for the whole run. */
  readonly pool?: FormatPool;
  /** The model, when it was loaded already. */
  readonly loaded?: LoadModelResult;
  /** Receives the package folders of a successful generation. */
  readonly outDirs?: string[];
}

/** One generation, its summary printed; the exit code. */
async function generateOne(
  config: GenerationConfig,
  flags: GenerateFlags,
  io: CommandIo,
  { pool, loaded, outDirs }: SharedGeneration = {},
): Promise<number> {
  try {
    // Loaded here, not at the top: `shapekit ast` and `--help` must not pay for emitters.
    const { generate } = await import("../generate.js");
    const { unifiedDiff } = await import("../unified-diff.js");
    const result = await generate({
      config,
      check: flags.check,
      force: flags.force,
      ...(pool === undefined ? {} : { pool }),
      ...(loaded === undefined ? {} : { loaded }),
    });
    if (!result.ok) {
      io.stderr(result.report + "\n");
      io.stderr(
        `shapekit generate: ${result.diagnostics.length} error${result.diagnostics.length === 1 ? "" : "s"} in the model; nothing written.\n`,
      );
      return EXIT.failure;
    }
    if (result.warningReport !== "") io.stderr(result.warningReport + "\n");
    const rel = (p: string) => path.relative(io.cwd, p) || ".";
    const drift = result.changes.filter((c) => c.kind !== "unchanged");
    const torn = result.packages.filter((p) => p.torn);
    for (const notice of result.notices) io.stderr(`shapekit generate: ${notice}\n`);
    for (const p of result.packages) {
      const parts = flags.check
        ? [`${p.created + p.updated + p.deleted} differ`, `${p.unchanged} up to date`]
        : [
            `${p.created} created`,
            `${p.updated} updated`,
            `${p.deleted} deleted`,
            `${p.unchanged} unchanged`,
          ];
      const bump =
        p.previousVersion !== undefined && p.previousVersion !== p.version
          ? `; ${p.previousVersion} → ${p.version}`
          : "";
      io.stdout(`${p.name} (${rel(p.outDir)}): ${parts.join(", ")}${bump}\n`);
    }
    // Every package of a generation shares one model, so the reasons are listed once.
    const modelChanges = result.packages.find((p) => p.modelChanges.length > 0)?.modelChanges ?? [];
    if (modelChanges.length > 0) {
      const bySeverity = (["breaking", "dangerous", "safe"] as const)
        .map(
          (severity) =>
            [severity, modelChanges.filter((c) => c.severity === severity).length] as const,
        )
        .filter(([, n]) => n > 0)
        .map(([severity, n]) => `${n} ${severity}`);
      io.stdout(
        `Model changes since the last generation: ${bySeverity.join(", ")} (each package's CHANGELOG.md lists them)\n`,
      );
      for (const c of modelChanges.slice(0, 10))
        io.stdout(`  ${c.severity}: ${c.shape}: ${c.message}\n`);
      if (modelChanges.length > 10) io.stdout(`  … and ${modelChanges.length - 10} more\n`);
    }
    const seconds = (result.milliseconds / 1000).toFixed(2);
    if (process.env.SHAPEKIT_TIMING) {
      io.stderr(
        Object.entries(result.timings)
          .map(([phase, ms]) => `  ${phase}: ${ms.toFixed(0)} ms`)
          .join("\n") + "\n",
      );
      io.stderr(prettierWorkReport(result.prettierWork, io.cwd));
    }
    if (flags.check && (drift.length > 0 || torn.length > 0)) {
      io.stdout(unifiedDiff(drift, io.cwd));
      for (const p of torn) {
        io.stderr(
          `shapekit generate --check: ${rel(p.outDir)} is torn: a generation was interrupted while writing it (old and new files mixed); generate again without --check to repair it.\n`,
        );
      }
      io.stderr(
        // The same command without --check writes them: `npm run generate` in this repository,
        // the command a package's README banner gives for a --model generation.
        drift.length === 1
          ? "shapekit generate --check: 1 file differs from the model; generate again without --check to write it.\n"
          : `shapekit generate --check: ${drift.length} files differ from the model; generate again without --check to write them.\n`,
      );
      return EXIT.failure;
    }
    io.stdout(
      flags.check
        ? `shapekit generate --check: ${result.packages.length} package(s) up to date (${seconds} s).\n`
        : `shapekit generate: ${result.packages.length} package(s), ${drift.length} file(s) written (${seconds} s).\n`,
    );
    outDirs?.push(...result.packages.map((p) => p.outDir));
    return EXIT.ok;
  } catch (e) {
    if (
      e instanceof ConfigError ||
      e instanceof PlanError ||
      e instanceof ReleaseError ||
      e instanceof OutputError ||
      e instanceof WriteError
    ) {
      io.stderr(e.message + "\n");
      return EXIT.failure;
    }
    throw e;
  }
}

/**
 * `--service <pattern>`: every service the pattern selects (`selectServices`), one generation
 * each, in name order, exactly as generating it alone would write it. One process and one
 * prettier pool for all of them: a fleet of small services pays the start (loading the
 * emitters, ts-morph, prettier) once, not once per service. A service whose model has errors,
 * or whose packages may not be written, is reported and skipped; the others go on.
 */
async function generateServices(
  models: readonly string[],
  pattern: string,
  modelOptions: (modelFiles: string[], service: string | undefined) => ModelOnlyOptions,
  flags: GenerateFlags,
  io: CommandIo,
): Promise<number> {
  const selected = await selectServices(models, pattern, modelOptions, io);
  if (typeof selected === "string") {
    io.stderr(`shapekit generate: --service ${pattern}: ${selected}\n`);
    return EXIT.failure;
  }
  const { FormatPool } = await import("../format-pool.js");
  const { GENERATED_CODE_STYLE } = await import("@shapekit/generated-package/typescript-data");
  const pool = new FormatPool(GENERATED_CODE_STYLE);
  const failed: string[] = [];
  // The output folder's workspace package.json lists the packages of every service generated,
  // written once at the end (each generation alone would list only its own).
  let workspaceRoot: string | undefined;
  const generatedDirs: string[] = [];
  try {
    for (const { name, options, loaded } of selected) {
      io.stdout(`${name}:\n`);
      let config: GenerationConfig;
      try {
        ({ workspaceRoot, ...config } = configForModel(options));
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        io.stderr(e.message + "\n");
        failed.push(name);
        continue;
      }
      try {
        const shared = {
          pool,
          outDirs: generatedDirs,
          ...(loaded === undefined ? {} : { loaded }),
        };
        if ((await generateOne(config, flags, io, shared)) !== EXIT.ok) failed.push(name);
      } catch (e) {
        // A bug met on one service's model must not cost the others: said, counted, skipped.
        io.stderr(
          `shapekit generate: ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`,
        );
        if (process.env.SHAPEKIT_DEBUG) io.stderr(`${(e as Error)?.stack ?? ""}\n`);
        failed.push(name);
      }
    }
  } finally {
    await pool.close();
  }
  if (!flags.check && workspaceRoot !== undefined && generatedDirs.length > 0) {
    const { ensureWorkspaceRoot } = await import("../workspace-root.js");
    for (const notice of ensureWorkspaceRoot(workspaceRoot, generatedDirs))
      io.stderr(`shapekit generate: ${notice}\n`);
  }
  const ok = selected.length - failed.length;
  io.stdout(
    `shapekit generate: ${selected.length} service(s), ${ok} ${flags.check ? "up to date" : "generated"}` +
      (failed.length > 0 ? `, ${failed.length} failed: ${failed.join(", ")}` : "") +
      "\n",
  );
  return failed.length > 0 ? EXIT.failure : EXIT.ok;
}

/** Where prettier's time went: the files it formatted, largest first (`SHAPEKIT_TIMING=1`). */
function prettierWorkReport(
  work: ReadonlyMap<string, { readonly calls: number; readonly characters: number }>,
  cwd: string,
): string {
  const files = [...work].sort((a, b) => b[1].characters - a[1].characters);
  const characters = files.reduce((n, [, w]) => n + w.characters, 0);
  const calls = files.reduce((n, [, w]) => n + w.calls, 0);
  const lines = [
    `  prettier: ${files.length} file(s), ${calls} run(s), ${(characters / 1024).toFixed(0)} KiB`,
  ];
  for (const [file, w] of files.slice(0, 10))
    lines.push(
      `    ${path.relative(cwd, file)}: ${w.calls} run(s), ${(w.characters / 1024).toFixed(1)} KiB`,
    );
  if (files.length > 10) lines.push(`    … and ${files.length - 10} more`);
  return lines.join("\n") + "\n";
}
