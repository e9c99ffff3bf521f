// `shapekit.json`: what to generate. Read once, validated whole, every problem reported with its
// JSON path so a user can fix the file in one pass.

import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { listModelFiles } from "@shapekit/model";

/** The package kinds ShapeKit can emit, in the order they are generated. */
export const PACKAGE_KINDS = ["types", "validators", "shorthand", "cli-skeleton"] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/** A validated configuration, every path absolute. */
export interface GenerationConfig {
  /** The config file itself, or `(--model)` when the command line made the config. */
  readonly configFile: string;
  /** Where the settings came from: errors point at the JSON path or at the flag. */
  readonly origin: "config-file" | "command-line";
  /**
   * The folder the generation belongs to: the config's folder, or the working folder for
   * `--model`. The format cache is the one of the nearest folder at or above it with a
   * package.json; below it, no folder on the way to a package may be a symbolic link.
   */
  readonly projectDir: string;
  /** Model files (`.smithy`, `.json`), sorted. */
  readonly modelFiles: readonly string[];
  /** How generated files name their source in the banner (`spec/`). */
  readonly sourceDescription: string;
  /** Absolute shape id of the service; absent: the model's only service. */
  readonly service?: string;
  /**
   * Operation selectors, in config order: an operation name (`CreateEndpointConfig`) or a glob
   * over names (`Create*`, `{Create,Delete}Endpoint*`, `*` for all of them).
   */
  readonly operations: readonly string[];
  readonly npmScope: string;
  readonly version: string;
  /**
   * Output folder of each package kind to generate; `{service}` in a folder stands for the
   * service's name in lower case (used when the service is only known once the model is loaded).
   */
  readonly packages: ReadonlyMap<PackageKind, string>;
}

/** Thrown for an unusable config; the message lists every problem, one per line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export const CONFIG_FILE_NAME = "shapekit.json";
/** An operation name or a glob over names: identifier characters and glob syntax, no spaces. */
const OPERATION_SELECTOR = /^[A-Za-z0-9_*?[\]{},!()|+@-]+$/;
const KNOWN_KEYS = new Set([
  "$comment",
  "model",
  "service",
  "operations",
  "npmScope",
  "version",
  "packages",
]);

/** Finds `spec/shapekit.json` from a directory (the repository root) or takes a file path. */
export function resolveConfigPath(from: string): string {
  const candidates = [
    from,
    path.join(from, CONFIG_FILE_NAME),
    path.join(from, "spec", CONFIG_FILE_NAME),
  ];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.resolve(candidate);
  }
  throw new ConfigError(
    `No ${CONFIG_FILE_NAME} found at ${from} or ${path.join(from, "spec")}; pass --config <file>.`,
  );
}

export function readConfig(configFile: string): GenerationConfig {
  let text: string;
  try {
    text = readFileSync(configFile, "utf8");
  } catch (e) {
    throw new ConfigError(
      `${configFile}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e}).`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${configFile}: not valid JSON: ${(e as Error).message}`);
  }
  return validateConfig(raw, configFile);
}

/** Checks the parsed JSON and resolves its paths relative to the config file's folder. */
export function validateConfig(raw: unknown, configFile: string): GenerationConfig {
  const problems: string[] = [];
  const problem = (where: string, what: string) =>
    problems.push(`${configFile}: ${where}: ${what}`);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${configFile}: $: expected an object`);
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.has(key))
      problem(
        `$.${key}`,
        `unknown setting (known: ${[...KNOWN_KEYS].filter((k) => k !== "$comment").join(", ")})`,
      );
  }
  const dir = path.dirname(path.resolve(configFile));

  const str = (key: string, pattern?: RegExp, hint?: string): string => {
    const v = obj[key];
    if (typeof v !== "string" || v === "") problem(`$.${key}`, "expected a non-empty string");
    else if (pattern && !pattern.test(v)) problem(`$.${key}`, `${JSON.stringify(v)} ${hint}`);
    return typeof v === "string" ? v : "";
  };
  const service =
    obj.service === undefined
      ? undefined
      : str(
          "service",
          /^[A-Za-z_][\w.]*#[A-Za-z_]\w*$/,
          "is not an absolute shape id (namespace#Name)",
        );
  const npmScope = str("npmScope", /^@[a-z0-9][a-z0-9._-]*$/, "is not an npm scope (@name)");
  const version = str("version", /^\d+\.\d+\.\d+(?:-[\w.]+)?$/, "is not a semver version (1.2.3)");

  const operations: string[] = [];
  if (!Array.isArray(obj.operations) || obj.operations.length === 0) {
    problem("$.operations", "expected a non-empty array of operation names");
  } else {
    obj.operations.forEach((op, i) => {
      if (typeof op !== "string" || !OPERATION_SELECTOR.test(op)) {
        problem(
          `$.operations[${i}]`,
          'expected an operation name such as "CreateEndpointConfig" or a glob such as "Create*"',
        );
      } else operations.push(op);
    });
  }

  const packages = new Map<PackageKind, string>();
  if (typeof obj.packages !== "object" || obj.packages === null || Array.isArray(obj.packages)) {
    problem(
      "$.packages",
      `expected an object mapping package kinds (${PACKAGE_KINDS.join(", ")}) to output folders`,
    );
  } else {
    for (const [kind, out] of Object.entries(obj.packages)) {
      if (!(PACKAGE_KINDS as readonly string[]).includes(kind))
        problem(`$.packages.${kind}`, `unknown package kind (known: ${PACKAGE_KINDS.join(", ")})`);
      else if (typeof out !== "string" || out === "")
        problem(`$.packages.${kind}`, "expected an output folder");
      else packages.set(kind as PackageKind, path.resolve(dir, out));
    }
  }

  const modelEntries = obj.model === undefined ? ["."] : obj.model;
  const modelFiles: string[] = [];
  if (!Array.isArray(modelEntries) || modelEntries.some((m) => typeof m !== "string")) {
    problem("$.model", "expected an array of model files or folders, relative to the config file");
  } else {
    (modelEntries as string[]).forEach((entry, i) => {
      const abs = path.resolve(dir, entry);
      if (!existsSync(abs)) problem(`$.model[${i}]`, `${entry} does not exist`);
      else modelFiles.push(...modelFilesOf(abs, path.resolve(configFile)));
    });
    if (problems.length === 0 && modelFiles.length === 0)
      problem("$.model", "no .smithy or .json model files found");
  }

  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return {
    ...(service === undefined ? {} : { service }),
    configFile: path.resolve(configFile),
    origin: "config-file",
    projectDir: dir,
    modelFiles: [...new Set(modelFiles)].sort(),
    // The folder's own name, not a path: output must not depend on where the command runs.
    sourceDescription: `${path.basename(dir)}/`,
    operations,
    npmScope,
    version,
    packages,
  };
}

/**
 * Model files of a file or folder (sorted, recursive; botocore's data layout as botocore reads
 * it, see `listModelFiles`), skipping the config file itself.
 */
function modelFilesOf(entry: string, configFile: string): string[] {
  const listed = listModelFiles([entry]);
  if (listed.diagnostics.length > 0)
    throw new ConfigError(listed.diagnostics.map((d) => d.message).join("\n"));
  return listed.files.filter((file) => file !== configFile);
}

/** What `shapekit generate --model FILE --out DIR` needs: a model and a place, nothing else. */
export interface ModelOnlyOptions {
  readonly modelFiles: readonly string[];
  readonly outDir: string;
  readonly service?: string;
  readonly operations?: readonly string[];
  readonly npmScope?: string;
  readonly version?: string;
  /** The folder the generation belongs to (see `GenerationConfig.projectDir`); default: the working folder. */
  readonly projectDir?: string;
}

/**
 * A configuration for any model without a config file: every package kind, every operation
 * (unless narrowed), packages named `<scope>/<service>-<kind>` in `outDir`.
 */
export function configForModel(options: ModelOnlyOptions): GenerationConfig {
  const modelFiles: string[] = [];
  for (const entry of options.modelFiles) {
    const abs = path.resolve(entry);
    if (!existsSync(abs)) throw new ConfigError(`--model: ${entry} does not exist`);
    modelFiles.push(...modelFilesOf(abs, ""));
  }
  if (modelFiles.length === 0)
    throw new ConfigError("--model: no .smithy, .json or .json.gz model files found");
  const outDir = path.resolve(options.outDir);
  return {
    configFile: "(--model)",
    origin: "command-line",
    projectDir: path.resolve(options.projectDir ?? process.cwd()),
    modelFiles: [...new Set(modelFiles)].sort(),
    sourceDescription: options.modelFiles.map((m) => path.basename(m)).join(", "),
    ...(options.service === undefined ? {} : { service: options.service }),
    operations: options.operations ?? ["*"],
    npmScope: options.npmScope ?? "@shapekit",
    version: options.version ?? "0.1.0",
    packages: new Map(PACKAGE_KINDS.map((kind) => [kind, path.join(outDir, `{service}-${kind}`)])),
  };
}

/** Where a setting is written, for messages: `spec/shapekit.json: $.service` or `--service`. */
export function settingLocation(config: GenerationConfig, key: "service" | "operations"): string {
  return config.origin === "config-file" ? `${config.configFile}: $.${key}` : `--${key}`;
}
