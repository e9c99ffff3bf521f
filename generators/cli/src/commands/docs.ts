// `shapekit docs [--config F | --model F... [--service S] [--operations SEL]] --out DIR`: a
// static reference site of the service (@shapekit/docs-site). The packages it runs in its
// playgrounds are generated in memory by the same emitters `shapekit generate` runs, from the
// same config or model options, so the site works for any model with nothing installed or
// written but the site itself. Files the site does not generate are left alone in DIR.

import path from "node:path";
import { parseArgs } from "node:util";
import { ShapesTooDeepError, ShapesTooLargeError } from "@shapekit/cli";
import {
  fileBaseName,
  formatDiagnostics,
  hasErrors,
  loadModel,
  type Model,
  type Shape,
  serviceSdkId,
} from "@shapekit/model";
import {
  ConfigError,
  configForModel,
  readConfig,
  resolveConfigPath,
  type GenerationConfig,
} from "../config.js";
import { loadEmitter } from "../emitter-registry.js";
import { planGeneration, PlanError } from "../generation-plan.js";
import { SiteWriteError, writeSite } from "../site-writer.js";
import { DOCS_HELP, EXIT, UsageError } from "./usage.js";
import type { CommandIo } from "./io.js";

function readOptions(
  args: readonly string[],
  io: CommandIo,
): { config: GenerationConfig; out: string } | "help" {
  let values: {
    config?: string;
    help?: boolean;
    model?: string[];
    out?: string;
    service?: string;
    operations?: string[];
  };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        config: { type: "string" },
        help: { type: "boolean", short: "h" },
        model: { type: "string", multiple: true },
        out: { type: "string" },
        service: { type: "string" },
        operations: { type: "string", multiple: true },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`shapekit docs: ${(e as Error).message}`);
  }
  if (values.help) return "help";
  if (values.out === undefined)
    throw new UsageError("shapekit docs: --out <dir> is required (where the site goes)");
  const modelOnly = values.model !== undefined;
  if (modelOnly && values.config !== undefined)
    throw new UsageError("shapekit docs: --model and --config exclude each other");
  if (!modelOnly && (values.service !== undefined || values.operations !== undefined))
    throw new UsageError(
      "shapekit docs: --service and --operations go with --model (a config file says them itself)",
    );
  const out = path.resolve(io.cwd, values.out);
  const config = modelOnly
    ? configForModel({
        modelFiles: values.model!.map((m) => path.resolve(io.cwd, m)),
        // Nothing is written there: the packages exist only in memory.
        outDir: path.join(out, ".packages"),
        projectDir: io.cwd,
        ...(values.service === undefined ? {} : { service: values.service }),
        ...(values.operations === undefined
          ? {}
          : { operations: values.operations.flatMap((o) => o.split(",")) }),
      })
    : readConfig(resolveConfigPath(path.resolve(io.cwd, values.config ?? ".")));
  return { config, out };
}

/** The site's input: every package emitted in memory, every operation with its entry points. */
async function siteInput(model: Model, config: GenerationConfig) {
  const [{ operationDescription, cliServiceName }, docs] = await Promise.all([
    import("@shapekit/emit-cli-skeleton/operation-description"),
    import("@shapekit/docs-site"),
  ]);
  const plans = planGeneration(model, config);
  const kinds = new Set(plans.map((p) => p.kind));
  const missing = (["validators", "shorthand", "cli-skeleton"] as const).filter(
    (k) => !kinds.has(k),
  );
  if (missing.length > 0)
    throw new PlanError(
      `the site's playgrounds run the ${missing.join(", ")} package${missing.length === 1 ? "" : "s"}: the config must generate ${missing.length === 1 ? "it" : "them"}`,
    );
  const packages: Array<{ name: string; files: Map<string, string> }> = [];
  for (const plan of plans) {
    const emit = await loadEmitter(plan.kind);
    packages.push({
      name: plan.context.packageName,
      files: new Map(emit(plan.context).map((f) => [f.path, f.contents])),
    });
  }
  const { service, operations, packageNames } = plans[0]!.context;
  const entry = (kind: string, op: Shape) =>
    `${packageNames[kind]}/operations/${fileBaseName(op.name)}`;
  return {
    buildSite: docs.buildSite,
    input: {
      title: serviceSdkId(service),
      commandPrefix: `aws ${cliServiceName(service)}`,
      packages,
      operations: operations.map((op) => ({
        description: operationDescription(model, service, op),
        entryPoints: {
          cliSkeleton: entry("cli-skeleton", op),
          shorthand: entry("shorthand", op),
          validators: entry("validators", op),
        },
      })),
    },
  };
}

export async function runDocs(args: readonly string[], io: CommandIo): Promise<number> {
  let options;
  try {
    options = readOptions(args, io);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`shapekit docs: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  if (options === "help") {
    io.stdout(DOCS_HELP);
    return EXIT.ok;
  }
  const { config, out } = options;
  const loaded = loadModel([...config.modelFiles]);
  if (!loaded.model || hasErrors(loaded.diagnostics)) {
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    io.stderr(formatDiagnostics(errors, loaded.sourceText) + "\n");
    io.stderr(
      `shapekit docs: ${errors.length} error${errors.length === 1 ? "" : "s"} in the model; nothing written.\n`,
    );
    return EXIT.failure;
  }
  let site;
  let bytes: number;
  try {
    const { buildSite, input } = await siteInput(loaded.model, config);
    site = await buildSite(input);
    bytes = writeSite(out, site);
  } catch (e) {
    // The plan, or the site's folder (a link or a file in the way): each says what to change.
    if (e instanceof PlanError || e instanceof SiteWriteError) {
      io.stderr(`shapekit docs: ${e.message}\n`);
      return EXIT.failure;
    }
    // A hostile model: its pages nest or repeat past what a page can show.
    if (e instanceof ShapesTooDeepError || e instanceof ShapesTooLargeError) {
      io.stderr(`shapekit docs: ${e.message}; nothing written.\n`);
      return EXIT.failure;
    }
    throw e;
  }
  const rel = path.relative(io.cwd, out) || ".";
  io.stdout(
    `shapekit docs: ${site.length} files (${(bytes / 1024).toFixed(0)} KiB) in ${rel}; open ${path.join(rel, "index.html")} in a browser (no server needed)\n`,
  );
  return EXIT.ok;
}
