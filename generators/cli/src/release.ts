// Regenerating is a release: the packages keep the model they were generated from
// (`shapekit-model.json`), so the next generation can diff the models and derive each package's
// version bump and CHANGELOG entry from what changed. No model change: no bump, no entry, no
// date — the same bytes as before. The model is kept once per generation, in the package written
// last; the others keep a reference to it with the digest of the model they were generated from.

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
import { createHash } from "node:crypto";
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
  for (const id of ids)
    snapshot.shapes[id] = digestDocumentation(id === service.id ? serviceAst : all[id]!);
  return snapshotText(snapshot);
}

/** The snapshot's file text: prettier's JSON layout when known, else plain JSON for prettier. */
function snapshotText(snapshot: AstModel): ModelSnapshot {
  // In prettier's JSON layout, so it can skip prettier (megabytes on a whole service); where the
  // layout is not known (number-only arrays), the plain text goes through prettier.
  const laidOut = prettierJson(snapshot);
  return laidOut !== undefined
    ? { text: laidOut, preformatted: true }
    : { text: `${JSON.stringify(snapshot, null, 2)}\n`, preformatted: false };
}

const DOCUMENTATION = "smithy.api#documentation";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const DIGEST = /^sha256:[0-9a-f]{16}$/;

/**
 * A shape's AST with each `@documentation` text replaced by a digest of it. The release diff
 * only needs to know that documentation changed (a patch, "Changed `@documentation`"), never
 * what it says: the text is most of a model (1.2 of SageMaker's 3.3 MB), and every package
 * keeps a snapshot. Already-digested values stay as they are, so the function is idempotent.
 */
export function digestDocumentation<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item: unknown) => digestDocumentation(item)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === DOCUMENTATION && typeof value === "string" && !DIGEST.test(value)
        ? `sha256:${sha256(value).slice(0, 16)}`
        : digestDocumentation(value);
  }
  return out as T;
}

/**
 * A snapshot written before documentation was digested, in today's form: the same text as a
 * new snapshot of the same model, so upgrading ShapeKit is not a documentation change. Text
 * that is not JSON is returned as it is, for the loader to report.
 */
function normalizedSnapshotText(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
    ? snapshotText(digestDocumentation(parsed as AstModel)).text
    : text;
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
 * Where a generation keeps its model: the folder of the package it writes last. Its file is
 * read once, and brought to today's form only when it differs from this generation's snapshot
 * (a generation that changes nothing parses no megabytes of JSON).
 */
export class SnapshotHolder {
  readonly #current: string;
  #previous?: { text: string | undefined };

  /** `written`: the holder's `shapekit-model.json` before this generation (undefined: none). */
  constructor(
    readonly outDir: string,
    readonly written: string | undefined,
    current: ModelSnapshot,
  ) {
    this.#current = current.text;
  }

  /** The holder's snapshot before this generation, in today's form (undefined: none). */
  get previousText(): string | undefined {
    this.#previous ??= {
      text:
        this.written === undefined || this.written === this.#current
          ? this.written
          : normalizedSnapshotText(this.written),
    };
    return this.#previous.text;
  }
}

/** The holder of a generation whose last package is written to `outDir`. */
export function snapshotHolder(outDir: string, current: ModelSnapshot): SnapshotHolder {
  const file = path.join(outDir, MODEL_SNAPSHOT_FILE);
  return new SnapshotHolder(
    outDir,
    existsSync(file) ? readFileSync(file, "utf8") : undefined,
    current,
  );
}

/** What a package other than the holder keeps in `shapekit-model.json`. */
interface SnapshotReference {
  /** The holder's snapshot, relative to this package's folder (for a reader; never followed). */
  readonly snapshot: string;
  /** SHA-256 of the snapshot (in today's form) this package was generated from. */
  readonly sha256: string;
}

function referenceText(outDir: string, holder: SnapshotHolder, snapshot: ModelSnapshot): string {
  const reference = {
    "//": "The model this package was generated from is kept once per generation, in the file named here; sha256 is its digest.",
    snapshot: path
      .relative(outDir, path.join(holder.outDir, MODEL_SNAPSHOT_FILE))
      .split(path.sep)
      .join("/"),
    sha256: sha256(snapshot.text),
  };
  return `${JSON.stringify(reference, null, 2)}\n`;
}

/** A reference file's content, or undefined when the text is not one (a whole snapshot). */
function readReference(text: string): SnapshotReference | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<Record<keyof SnapshotReference, unknown>>;
    return typeof parsed.snapshot === "string" && typeof parsed.sha256 === "string"
      ? { snapshot: parsed.snapshot, sha256: parsed.sha256 }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The model a package was last generated from, as snapshot text: its own snapshot, or the
 * holder's when the package keeps a reference whose digest matches it. The reference's path is
 * never followed: only the holder of this generation is read. Undefined: the history is lost.
 */
function previousSnapshot(
  written: string,
  outDir: string,
  holder: SnapshotHolder,
): string | undefined {
  if (outDir === holder.outDir) return holder.previousText;
  const reference = readReference(written);
  if (reference === undefined) return normalizedSnapshotText(written);
  const held = holder.previousText;
  return held !== undefined && sha256(held) === reference.sha256 ? held : undefined;
}

/**
 * Decides a package's version and changelog from the snapshot on disk and the new one.
 * `configVersion` is the version the config asks for: the first version of a new package, and
 * a floor the user can raise by hand (a higher config version wins over a computed bump).
 * `holder` is where the generation keeps the model: this package, or another that it refers to.
 */
export function planRelease(
  outDir: string,
  snapshot: ModelSnapshot,
  configVersion: string,
  sourceDescription: string,
  models: SnapshotModels,
  holder: SnapshotHolder = snapshotHolder(outDir, snapshot),
): PackageRelease {
  const snapshotFile = path.join(outDir, MODEL_SNAPSHOT_FILE);
  const previousVersion = readVersion(path.join(outDir, "package.json"));
  const changelogPath = path.join(outDir, CHANGELOG_FILE);
  const oldChangelog = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : undefined;
  const kept: GeneratedFile =
    outDir === holder.outDir
      ? { path: MODEL_SNAPSHOT_FILE, contents: snapshot.text, preformatted: snapshot.preformatted }
      : { path: MODEL_SNAPSHOT_FILE, contents: referenceText(outDir, holder, snapshot) };
  const files = (version: string, changelog: string): GeneratedFile[] => [
    kept,
    {
      path: CHANGELOG_FILE,
      contents: changelog,
      ...(changelog === firstChangelog(version, sourceDescription) &&
      plainText(version) &&
      plainText(sourceDescription)
        ? { preformatted: true }
        : {}),
    },
  ];
  // The holder's file was read with the holder; only a referring package reads its own.
  const written =
    outDir === holder.outDir
      ? holder.written
      : existsSync(snapshotFile)
        ? readFileSync(snapshotFile, "utf8")
        : undefined;
  const oldText =
    written === undefined || written === snapshot.text
      ? written
      : previousSnapshot(written, outDir, holder);

  if (oldText === undefined || previousVersion === undefined) {
    const version = previousVersion ?? configVersion;
    const changelog = oldChangelog ?? firstChangelog(version, sourceDescription);
    return {
      version,
      ...(previousVersion ? { previousVersion } : {}),
      changes: [],
      files: files(version, changelog),
    };
  }

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

/** A new package's changelog. */
function firstChangelog(version: string, sourceDescription: string): string {
  return `${CHANGELOG_TITLE}\n## ${version}\n\nFirst version, generated from ${sourceDescription}.\n`;
}

/**
 * Text prettier's markdown printer leaves as it is in a paragraph: letters, digits, spaces
 * between words and `. , / : -`, none of which starts a list, a heading, emphasis or a link.
 * A changelog of such text needs no prettier (a new package's, from `spec/` or a model file).
 */
function plainText(text: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9.,/:-]| (?! ))*$/.test(text) && !/[ ]$/.test(text);
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
