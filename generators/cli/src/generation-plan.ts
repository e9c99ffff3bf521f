// From a resolved model and a config to what each emitter is asked to do: which service, which
// operations, which shapes, which package names. Decided here once so every package agrees.

import {
  cliServiceName,
  selectService,
  type EmitContext,
  type Model,
  type Shape,
} from "@shapekit/model";
import { minimatch } from "minimatch";
import { createHash } from "node:crypto";
import path from "node:path";
import { settingLocation, type GenerationConfig, type PackageKind } from "./config.js";

/** One package to emit: where it goes and what its emitter gets. */
export interface PackagePlan {
  readonly kind: PackageKind;
  readonly outDir: string;
  readonly context: EmitContext;
}

/** Thrown when the config asks for something the model does not have. */
export class PlanError extends Error {
  override name = "PlanError";
}

export function planGeneration(model: Model, config: GenerationConfig): PackagePlan[] {
  const service = configuredService(model, config);
  const operations = selectOperations(model, service, config);
  const shapes = model
    .closure(operations.map((o) => o.id))
    .filter((s) => s.namespace !== "smithy.api")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const outDirs = new Map<PackageKind, string>();
  const packageNames: Record<string, string> = {};
  const segment = serviceSegment(cliServiceName(service), config);
  for (const [kind, dir] of config.packages) {
    const outDir = dir.split("{service}").join(segment);
    outDirs.set(kind, outDir);
    const name =
      config.name === undefined
        ? path.basename(outDir)
        : config.name.split("{service}").join(segment).split("{kind}").join(kind);
    packageNames[kind] = `${config.npmScope}/${name}`;
  }

  checkSeparateFolders(outDirs, config);
  checkPackageNames(packageNames, config);

  return [...outDirs].map(([kind, outDir]) => ({
    kind,
    outDir,
    context: {
      model,
      service,
      operations,
      shapes,
      packageName: packageNames[kind]!,
      packageVersion: config.version,
      packageNames,
      sourceDescription: config.sourceDescription,
      packaging: config.packaging,
    },
  }));
}

/** npm's limit on a package name, scope included (also well under a file name's 255 bytes). */
const MAX_PACKAGE_NAME_LENGTH = 214;

/**
 * What `{service}` stands for in package folders and names: the service's name as the AWS CLI's
 * command spells it (botocore's name for a model from its data: `iot-data`; else the SDK id of
 * `aws.api#service` in lower case, words joined by `-`: `bedrock-runtime`; else the shape name in
 * lower case), so one service gets the same packages from botocore and from its Smithy model, or,
 * when that would make a package name longer than npm allows (a Smithy name has no limit),
 * its prefix and 8 hex digits of the SHA-256 of the whole name.
 */
function serviceSegment(serviceName: string, config: GenerationConfig): string {
  const name = serviceName.toLowerCase();
  const longestRest = Math.max(
    0,
    ...[...config.packages].map(
      ([kind, dir]) =>
        `${config.npmScope}/${(config.name?.split("{kind}").join(kind) ?? path.basename(dir)).split("{service}").join("")}`
          .length,
    ),
  );
  const room = MAX_PACKAGE_NAME_LENGTH - longestRest;
  if (name.length <= room) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
  return `${name.slice(0, Math.max(1, room - hash.length - 1))}-${hash}`;
}

/** The configured service (an absolute id or a bare name), or the model's only service. */
function configuredService(model: Model, config: GenerationConfig): Shape {
  const selection = selectService(model, config.service);
  if (!selection.ok)
    throw new PlanError(`${settingLocation(config, "service")}: ${selection.message}`);
  return selection.service;
}

/**
 * The operations the selectors name, in selector order (a glob's matches sorted by name), each
 * once. An exact name that is not an operation of the service, or a glob that matches nothing,
 * is an error: a typo must not silently generate less.
 */
function selectOperations(model: Model, service: Shape, config: GenerationConfig): Shape[] {
  const bound = model
    .closure([service.id])
    .filter((s) => s.type === "operation")
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(bound.map((op) => [op.name, op]));
  const selected = new Map<string, Shape>();
  const unmatched: string[] = [];
  for (const selector of config.operations) {
    const exact = byName.get(selector);
    const matches = exact
      ? [exact]
      : isGlob(selector)
        ? bound.filter((op) => minimatch(op.name, selector))
        : [];
    if (matches.length === 0) unmatched.push(selector);
    for (const op of matches) if (!selected.has(op.id)) selected.set(op.id, op);
  }
  if (unmatched.length > 0) {
    const names = bound.map((op) => op.name);
    throw new PlanError(
      `${settingLocation(config, "operations")}: no operation of ${service.id} matches ${unmatched.join(", ")}` +
        ` (it has ${names.length} operation${names.length === 1 ? "" : "s"}${names.length ? `: ${names.slice(0, 10).join(", ")}${names.length > 10 ? ", …" : ""}` : ""})`,
    );
  }
  return [...selected.values()];
}

function isGlob(selector: string): boolean {
  return /[*?[\]{}!()|+@]/.test(selector);
}

/**
 * Each package owns its folder whole (its manifest lists its files): two packages in one
 * folder, or one inside another, would each see the other's files as someone else's.
 */
function checkSeparateFolders(
  outDirs: ReadonlyMap<PackageKind, string>,
  config: GenerationConfig,
): void {
  const entries = [...outDirs];
  for (const [i, [kind, dir]] of entries.entries()) {
    for (const [other, otherDir] of entries.slice(i + 1)) {
      if (
        dir === otherDir ||
        dir.startsWith(otherDir + path.sep) ||
        otherDir.startsWith(dir + path.sep)
      ) {
        const where =
          config.origin === "config-file" ? `${config.configFile}: $.packages` : "--out";
        throw new PlanError(
          `${where}: the ${kind} and ${other} packages share a folder (${dir}, ${otherDir}); give each its own.`,
        );
      }
    }
  }
}

/** What npm accepts as the name after the scope (lower case, URL-safe, no leading `.` or `_`). */
const NPM_NAME = /^[a-z0-9~-][a-z0-9._~-]*$/;

/**
 * Every package needs a distinct name npm accepts: a folder name such as `My_Types`, or a
 * `name` without `{kind}`, would otherwise only fail at `npm install` or `npm publish`.
 */
function checkPackageNames(
  packageNames: Readonly<Record<string, string>>,
  config: GenerationConfig,
): void {
  const where =
    config.origin === "config-file"
      ? `${config.configFile}: $.${config.name === undefined ? "packages" : "name"}`
      : "--name";
  const seen = new Map<string, string>();
  for (const [kind, name] of Object.entries(packageNames)) {
    const bare = name.slice(config.npmScope.length + 1);
    if (!NPM_NAME.test(bare) || name.length > MAX_PACKAGE_NAME_LENGTH)
      throw new PlanError(
        `${where}: the ${kind} package would be named ${JSON.stringify(name)}, which npm does not accept (lower case letters, digits, - . _ ~, at most ${MAX_PACKAGE_NAME_LENGTH} characters)`,
      );
    const other = seen.get(name);
    if (other !== undefined)
      throw new PlanError(
        `${where}: the ${other} and ${kind} packages would both be named ${name}`,
      );
    seen.set(name, kind);
  }
}
