// `shapekit.json`: what to generate. Read once, validated whole, every problem reported with its
// JSON path so a user can fix the file in one pass.

import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { listModelFiles, readRegularFile, SHAPEKIT_LICENSE, type Packaging } from "@shapekit/model";

/** The package kinds ShapeKit can emit, in the order they are generated (and built). */
export const PACKAGE_KINDS = ["types", "validators", "shorthand", "cli-skeleton"] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];

/**
 * Which kinds a kind cannot be emitted without: the validators' guards are typed with the types
 * package. (The cli-skeleton uses the validators and shorthand packages when they are emitted,
 * and parses and validates nothing model-specific without them.)
 */
export const PACKAGE_KIND_REQUIRES: Readonly<Record<PackageKind, readonly PackageKind[]>> = {
  types: [],
  validators: ["types"],
  shorthand: [],
  "cli-skeleton": [],
};

/** Where the packages live: see `Packaging` in @shapekit/model. */
export const LAYOUTS = ["standalone", "repository"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Defaults of the settings a user need not give. */
export const DEFAULTS = {
  npmScope: "@shapekit",
  version: "0.1.0",
  license: SHAPEKIT_LICENSE,
  layout: "standalone",
  /** Package folder (and name) for `--model … --out`: `{service}` and `{kind}` are filled in. */
  name: "{service}-{kind}",
} as const satisfies Record<string, string>;

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
   * service's name as the AWS CLI spells it (see generation-plan.ts; used when the service is
   * only known once the model is loaded).
   */
  readonly packages: ReadonlyMap<PackageKind, string>;
  /**
   * The npm name of each package without its scope, `{service}` and `{kind}` filled in
   * (`{service}-{kind}`); absent: the package folder's name.
   */
  readonly name?: string;
  /** How the packages are laid out, licensed and regenerated: what the emitters are told. */
  readonly packaging: Packaging;
  /**
   * `--out` of a standalone `--model` generation: it gets a workspace package.json (when it
   * has none) so `npm install && npm run build` there builds every package.
   */
  readonly workspaceRoot?: string;
}

/** Thrown for an unusable config; the message lists every problem, one per line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export const CONFIG_FILE_NAME = "shapekit.json";
/** The largest config read: a real one is a few hundred bytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;
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
  "name",
  "license",
  "layout",
]);
/** An npm name without its scope once `{service}`/`{kind}` are filled in (checked again then). */
const NAME_PATTERN = /^(?:[a-z0-9~-]|\{service\}|\{kind\})(?:[a-z0-9._~-]|\{service\}|\{kind\})*$/;
/** An SPDX license expression, loosely (`MIT`, `Apache-2.0`, `(MIT OR Apache-2.0)`), or UNLICENSED. */
const LICENSE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.+:() -]*$/;
const SCOPE_PATTERN = /^@[a-z0-9][a-z0-9._-]*$/;
const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;

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
    // A config is a few hundred bytes: a megabyte is a mistake (or a device), not a config.
    text = readRegularFile(configFile, MAX_CONFIG_BYTES).toString("utf8");
  } catch (e) {
    throw new ConfigError(`${configFile}: cannot read the file (${(e as Error).message}).`);
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
  const npmScope = str("npmScope", SCOPE_PATTERN, "is not an npm scope (@name)");
  const version = str("version", VERSION_PATTERN, "is not a semver version (1.2.3)");
  const optional = (key: string, pattern: RegExp, hint: string): string | undefined =>
    obj[key] === undefined ? undefined : str(key, pattern, hint);
  const license =
    optional("license", LICENSE_PATTERN, "is not an SPDX license expression (MIT, Apache-2.0)") ??
    DEFAULTS.license;
  const layout = optional(
    "layout",
    /^(?:standalone|repository)$/,
    "is not standalone or repository",
  );
  const name = optional(
    "name",
    NAME_PATTERN,
    "is not an npm package name (lower case, digits, - . _ ~; {service} and {kind} filled in)",
  );

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
    for (const problemText of missingKinds(packages)) problem("$.packages", problemText);
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
    ...(name === undefined ? {} : { name }),
    packaging: {
      layout: (layout ?? DEFAULTS.layout) as Layout,
      license,
      // Inside ShapeKit's repository the banner keeps its own instructions.
      ...(layout === "repository"
        ? {}
        : {
            regenerateCommand: `npx shapekit generate --config ${path.basename(dir)}/${path.basename(configFile)}`,
          }),
    },
  };
}

/** The kinds asked for without a kind they need (`PACKAGE_KIND_REQUIRES`), one sentence each. */
export function missingKinds(
  kinds: Iterable<PackageKind> | ReadonlyMap<PackageKind, unknown>,
): string[] {
  const asked = new Set(kinds instanceof Map ? kinds.keys() : (kinds as Iterable<PackageKind>));
  const missing: string[] = [];
  for (const kind of asked)
    for (const needed of PACKAGE_KIND_REQUIRES[kind])
      if (!asked.has(needed))
        missing.push(`the ${kind} package needs the ${needed} package (its types); add ${needed}`);
  return missing;
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
  /** Default `@shapekit`. */
  readonly npmScope?: string;
  /** The first version of the packages; default `0.1.0`. */
  readonly version?: string;
  /** Default `Apache-2.0`. */
  readonly license?: string;
  /** Default `standalone`. */
  readonly layout?: Layout;
  /** Each package's folder in `outDir` and npm name, `{service}`/`{kind}` filled in; default `{service}-{kind}`. */
  readonly name?: string;
  /** The kinds to emit; default all (`PACKAGE_KINDS`). */
  readonly packages?: readonly PackageKind[];
  /** The folder the generation belongs to (see `GenerationConfig.projectDir`); default: the working folder. */
  readonly projectDir?: string;
}

/**
 * A configuration for any model without a config file: every package kind (unless narrowed),
 * every operation (unless narrowed), packages named `<scope>/<service>-<kind>` in `outDir`.
 * Problems with the options throw a `ConfigError` naming the flag.
 */
export function configForModel(options: ModelOnlyOptions): GenerationConfig {
  const problems: string[] = [];
  const check = (flag: string, value: string | undefined, pattern: RegExp, hint: string) => {
    if (value !== undefined && !pattern.test(value))
      problems.push(`--${flag}: ${JSON.stringify(value)} ${hint}`);
  };
  check("scope", options.npmScope, SCOPE_PATTERN, "is not an npm scope (@name)");
  check("package-version", options.version, VERSION_PATTERN, "is not a semver version (1.2.3)");
  check(
    "license",
    options.license,
    LICENSE_PATTERN,
    "is not an SPDX license expression (MIT, Apache-2.0)",
  );
  check("layout", options.layout, /^(?:standalone|repository)$/, "is not standalone or repository");
  check(
    "name",
    options.name,
    NAME_PATTERN,
    "is not an npm package name (lower case, digits, - . _ ~; {service} and {kind} filled in)",
  );
  const kinds = options.packages ?? PACKAGE_KINDS;
  for (const kind of kinds)
    if (!(PACKAGE_KINDS as readonly string[]).includes(kind))
      problems.push(
        `--packages: unknown package kind ${JSON.stringify(kind)} (known: ${PACKAGE_KINDS.join(", ")})`,
      );
  if (kinds.length === 0)
    problems.push(`--packages: name at least one of ${PACKAGE_KINDS.join(", ")}`);
  if (problems.length === 0) problems.push(...missingKinds(kinds).map((p) => `--packages: ${p}`));
  const name = options.name ?? DEFAULTS.name;
  if (problems.length === 0 && kinds.length > 1 && !name.includes("{kind}"))
    problems.push(
      `--name: ${JSON.stringify(name)} must contain {kind}: each package needs its own folder and name`,
    );
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));

  const modelFiles: string[] = [];
  for (const entry of options.modelFiles) {
    const abs = path.resolve(entry);
    if (!existsSync(abs)) throw new ConfigError(`--model: ${entry} does not exist`);
    modelFiles.push(...modelFilesOf(abs, ""));
  }
  if (modelFiles.length === 0)
    throw new ConfigError("--model: no .smithy, .json or .json.gz model files found");
  const outDir = path.resolve(options.outDir);
  const projectDir = path.resolve(options.projectDir ?? process.cwd());
  const layout = options.layout ?? DEFAULTS.layout;
  // In PACKAGE_KINDS order whatever the order asked: it is also the order they build in.
  const ordered = PACKAGE_KINDS.filter((kind) => kinds.includes(kind));
  return {
    configFile: "(--model)",
    origin: "command-line",
    projectDir,
    modelFiles: [...new Set(modelFiles)].sort(),
    sourceDescription: options.modelFiles.map((m) => path.basename(m)).join(", "),
    ...(options.service === undefined ? {} : { service: options.service }),
    operations: options.operations ?? ["*"],
    npmScope: options.npmScope ?? DEFAULTS.npmScope,
    version: options.version ?? DEFAULTS.version,
    packages: new Map(
      ordered.map((kind) => [kind, path.join(outDir, name.split("{kind}").join(kind))]),
    ),
    ...(layout === "standalone" ? { workspaceRoot: outDir } : {}),
    packaging: {
      layout,
      license: options.license ?? DEFAULTS.license,
      ...(layout === "repository"
        ? {}
        : { regenerateCommand: regenerateCommand(options, projectDir) }),
    },
  };
}

/**
 * The command line that regenerates the packages, for their banners: paths relative to the
 * project folder (where it was run), options in a fixed order, defaults left out, so the same
 * command always writes the same bytes.
 */
function regenerateCommand(options: ModelOnlyOptions, projectDir: string): string {
  const rel = (p: string) => path.relative(projectDir, path.resolve(p)) || ".";
  const words = ["npx", "shapekit", "generate"];
  for (const model of options.modelFiles) words.push("--model", rel(model));
  words.push("--out", rel(options.outDir));
  const add = (flag: string, value: string | undefined, defaultValue?: string) => {
    if (value !== undefined && value !== defaultValue) words.push(`--${flag}`, value);
  };
  add("service", options.service);
  if (options.operations !== undefined) words.push("--operations", options.operations.join(","));
  add("scope", options.npmScope, DEFAULTS.npmScope);
  add("name", options.name, DEFAULTS.name);
  add("package-version", options.version, DEFAULTS.version);
  add("license", options.license, DEFAULTS.license);
  if (options.packages !== undefined && options.packages.length < PACKAGE_KINDS.length)
    words.push("--packages", PACKAGE_KINDS.filter((k) => options.packages!.includes(k)).join(","));
  return words.map(shellWord).join(" ");
}

/** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./{}*-]+$/.test(word) && !/[*{]/.test(word)
    ? word
    : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Where a setting is written, for messages: `spec/shapekit.json: $.service` or `--service`. */
export function settingLocation(config: GenerationConfig, key: "service" | "operations"): string {
  return config.origin === "config-file" ? `${config.configFile}: $.${key}` : `--${key}`;
}
