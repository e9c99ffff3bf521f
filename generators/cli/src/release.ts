// Regenerating is a release: each generated package keeps the model it was generated from
// (`shapekit-model.json`), so the next generation can diff the models and derive the package's
// version bump and CHANGELOG entry from what changed. No model change: no bump, no entry, no
// date — the same bytes as before.

import {
  diffModels,
  hasErrors,
  loadJsonAst,
  nextVersion,
  renderChangelogEntry,
  resolveModel,
  type AstModel,
  type GeneratedFile,
  type Model,
  type ModelChange,
  type Shape,
} from "@shapekit/model";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
// The subpath, not the package root: `generate --help` must not load ts-morph or handlebars.
import { prettierJson } from "@shapekit/generated-package/prettier-json";

export const MODEL_SNAPSHOT_FILE = "shapekit-model.json";
export const CHANGELOG_FILE = "CHANGELOG.md";
const CHANGELOG_TITLE = "# Changelog\n";

/** What one package's release looks like. */
export interface PackageRelease {
  readonly version: string;
  /** The version on disk before this generation; absent for a new package. */
  readonly previousVersion?: string;
  /** Model changes since the last generation (empty for a new package or no change). */
  readonly changes: readonly ModelChange[];
  /** The snapshot and the changelog, to be written with the package's other files. */
  readonly files: readonly GeneratedFile[];
}

/** Thrown when the snapshot of a previous generation cannot be read. */
export class ReleaseError extends Error {
  override name = "ReleaseError";
}

/**
 * The model a package is generated from, as JSON AST: the service (bound to the selected
 * operations only) and the closure of those operations, shapes sorted by id.
 */
export interface ModelSnapshot {
  readonly text: string;
  /** The text is already in prettier's layout (`prettierJson`), so it skips the formatter. */
  readonly preformatted: boolean;
}

export function modelSnapshot(
  model: Model,
  service: Shape,
  operations: readonly Shape[],
  shapes: readonly Shape[],
): ModelSnapshot {
  const all = model.toAst().shapes;
  const snapshot: AstModel = { smithy: "2.0", shapes: {} };
  const serviceAst = { ...all[service.id]!, operations: operations.map((o) => ({ target: o.id })) };
  delete serviceAst.resources;
  const ids = [service.id, ...shapes.map((s) => s.id)].sort();
  for (const id of ids) snapshot.shapes[id] = id === service.id ? serviceAst : all[id]!;
  // In prettier's JSON layout, so it can skip prettier (megabytes on a whole service); where the
  // layout is not known (number-only arrays), the plain text goes through prettier.
  const laidOut = prettierJson(snapshot);
  return laidOut !== undefined
    ? { text: laidOut, preformatted: true }
    : { text: `${JSON.stringify(snapshot, null, 2)}\n`, preformatted: false };
}

/** Loads snapshots once per distinct text: every package of a generation shares one. */
export class SnapshotModels {
  readonly #cache = new Map<string, Model>();

  load(text: string, file: string): Model {
    const cached = this.#cache.get(text);
    if (cached) return cached;
    const loaded = loadJsonAst(text, file);
    const resolved = loaded.loaded ? resolveModel([loaded.loaded]) : undefined;
    const diagnostics = [...loaded.diagnostics, ...(resolved?.diagnostics ?? [])];
    if (!resolved?.model || hasErrors(diagnostics)) {
      const first = diagnostics.find((d) => d.severity === "error");
      throw new ReleaseError(
        `${file}: not a model snapshot ShapeKit can read (${first ? `${first.location.line}:${first.location.column}: ${first.message}` : "unknown error"}). ` +
          `Restore it from version control, or delete it to restart the package's history.`,
      );
    }
    this.#cache.set(text, resolved.model);
    return resolved.model;
  }
}

/**
 * Decides a package's version and changelog from the snapshot on disk and the new one.
 * `configVersion` is the version the config asks for: the first version of a new package, and
 * a floor the user can raise by hand (a higher config version wins over a computed bump).
 */
export function planRelease(
  outDir: string,
  snapshot: ModelSnapshot,
  configVersion: string,
  sourceDescription: string,
  models: SnapshotModels,
): PackageRelease {
  const snapshotFile = path.join(outDir, MODEL_SNAPSHOT_FILE);
  const previousVersion = readVersion(path.join(outDir, "package.json"));
  const changelogPath = path.join(outDir, CHANGELOG_FILE);
  const oldChangelog = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : undefined;
  const files = (version: string, changelog: string): GeneratedFile[] => [
    { path: MODEL_SNAPSHOT_FILE, contents: snapshot.text, preformatted: snapshot.preformatted },
    { path: CHANGELOG_FILE, contents: changelog },
  ];

  if (!existsSync(snapshotFile) || previousVersion === undefined) {
    const version = previousVersion ?? configVersion;
    const changelog =
      oldChangelog ??
      `${CHANGELOG_TITLE}\n## ${version}\n\nFirst version, generated from ${sourceDescription}.\n`;
    return {
      version,
      ...(previousVersion ? { previousVersion } : {}),
      changes: [],
      files: files(version, changelog),
    };
  }

  const oldText = readFileSync(snapshotFile, "utf8");
  const changes =
    oldText === snapshot.text
      ? []
      : diffModels(models.load(oldText, snapshotFile), models.load(snapshot.text, "(new model)"));
  const bumped = nextVersion(previousVersion, changes);
  const version = compareVersions(configVersion, bumped) > 0 ? configVersion : bumped;
  const entry = renderChangelogEntry(version, changes);
  const changelog =
    entry === "" ? (oldChangelog ?? `${CHANGELOG_TITLE}`) : prependEntry(oldChangelog, entry);
  return { version, previousVersion, changes, files: files(version, changelog) };
}

/** The new entry goes right under the title, above the older ones. */
function prependEntry(changelog: string | undefined, entry: string): string {
  const old = changelog ?? "";
  const body = (old.startsWith(CHANGELOG_TITLE) ? old.slice(CHANGELOG_TITLE.length) : old).trim();
  return `${CHANGELOG_TITLE}\n${entry.trim()}\n${body === "" ? "" : `\n${body}\n`}`;
}

function readVersion(packageJson: string): string | undefined {
  if (!existsSync(packageJson)) return undefined;
  try {
    const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version?: unknown })
      .version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined; // a broken package.json is regenerated; the config's version applies
  }
}

/** Numeric comparison of MAJOR.MINOR.PATCH (pre-release tags sort before the release). */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split("-", 2) as [string, string | undefined];
    return { nums: core.split(".").map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++)
    if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (x.pre === y.pre) return 0;
  return x.pre === undefined ? 1 : y.pre === undefined ? -1 : x.pre < y.pre ? -1 : 1;
}
