// `generate --check` when nothing changed, answered without loading the model: a whole service
// takes seconds to load, resolve and emit, while proving that nothing changed needs only hashes.
//
// The generation key is the SHA-256 of everything a generation's output is a function of: the
// configuration, the bytes of the model files and of every file beside them (botocore's
// companion files), and the generator itself (the JavaScript and templates of ShapeKit's own
// packages as installed; the format cache's salt adds prettier's version and options). After a
// generation that wrote every package, or a full `--check` that found every file as generated,
// the format cache (HMAC-checked, the project's own: format-cache.ts) records under the key each
// package folder written (`{service}` resolved) and the SHA-256 of the manifest then on disk. A later `--check` with the same
// key, whose folders still hold exactly those manifests and every file they list with the listed
// hashes, no link and no interrupted generation, is up to date. Anything else — another key,
// an edited file, a missing cache — takes the full path, so the answer is the same either way.

import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readRegularFile } from "@shapekit/model";
import type { GenerationConfig, PackageKind } from "./config.js";
import { cacheSalt } from "./format.js";
import { FormatCache } from "./format-cache.js";
import { MANIFEST_FILE, readManifest, sha256 } from "./manifest.js";
import { scanPackageFolder } from "./output-plan.js";

/** Model inputs larger than this (a whole botocore data folder) are not worth hashing. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The packages whose code makes the output: this one and the `@shapekit/*` it depends on. */
function generatorPackageDirs(): string[] {
  const own = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const manifest = JSON.parse(readFileSync(path.join(own, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const dirs = [own];
  for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
    if (!name.startsWith("@shapekit/")) continue;
    dirs.push(packageRoot(fileURLToPath(import.meta.resolve(name))));
  }
  return dirs;
}

function packageRoot(file: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${file}`);
  }
}

/** `.js` files and templates below `dir`, sorted (declarations and maps do not run). */
function codeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && (/\.m?js$/.test(e.name) || d.includes(`${path.sep}templates`)))
        out.push(p);
    }
  };
  for (const sub of ["dist", "templates"])
    if (existsSync(path.join(dir, sub))) walk(path.join(dir, sub));
  return out.sort();
}

let generatorIdentity: string | undefined;

/** The hash of the generator's own code, once per process. */
function generatorHash(): string {
  if (generatorIdentity !== undefined) return generatorIdentity;
  const hash = createHash("sha256");
  for (const dir of generatorPackageDirs())
    for (const file of codeFiles(dir))
      hash.update(`${file.slice(dir.length)}\0`).update(readFileSync(file));
  return (generatorIdentity = hash.digest("hex"));
}

/** The model files and every regular file beside them, sorted; undefined when too large. */
function modelInputs(config: GenerationConfig): string[] | undefined {
  const files = new Set<string>(config.modelFiles);
  for (const dir of new Set(config.modelFiles.map((f) => path.dirname(f))))
    for (const e of readdirSync(dir, { withFileTypes: true }))
      if (e.isFile()) files.add(path.join(dir, e.name));
  let bytes = 0;
  for (const f of files) bytes += lstatSync(f).size;
  return bytes > MAX_INPUT_BYTES ? undefined : [...files].sort();
}

/**
 * The generation key of `config`, or undefined when it cannot be had cheaply or could not be
 * used: without the project's format cache there is nowhere to record it, so nothing is hashed.
 */
export function generationKey(config: GenerationConfig): string | undefined {
  if (process.env.SHAPEKIT_NO_CACHE || FormatCache.locate(config.projectDir) === undefined)
    return undefined;
  try {
    const inputs = modelInputs(config);
    if (inputs === undefined) return undefined;
    const hash = createHash("sha256").update(generatorHash()).update("\0");
    hash.update(
      JSON.stringify(config, (_key, value: unknown) =>
        value instanceof Map ? [...value].sort() : value,
      ),
    );
    // A model named by --model may be a FIFO or a device: readRegularFile refuses it at once.
    for (const file of inputs) hash.update(`\0${file}\0`).update(readRegularFile(file));
    return hash.digest("hex");
  } catch {
    return undefined; // an unreadable input: the full path reports it properly
  }
}

function openCache(config: GenerationConfig): FormatCache | undefined {
  return FormatCache.open(config.projectDir, cacheSalt());
}

const recordKey = (cache: FormatCache, key: string) => cache.key("generation-up-to-date", key);

/** What a record holds: each package folder the generation wrote and its manifest's hash. */
interface RecordedFolder {
  readonly kind: PackageKind;
  readonly outDir: string;
  readonly manifest: string;
}

/**
 * Records that the package folders (`kind`, resolved `outDir`) hold the generation of `key`:
 * call only when the disk is exactly what that generation produces.
 */
export function recordUpToDate(
  config: GenerationConfig,
  key: string | undefined,
  packages: ReadonlyArray<{ readonly kind: PackageKind; readonly outDir: string }>,
): void {
  const cache = key === undefined ? undefined : openCache(config);
  if (cache === undefined || key === undefined) return;
  const folders: RecordedFolder[] = [];
  for (const { kind, outDir } of packages) {
    const manifest = path.join(outDir, MANIFEST_FILE);
    if (!existsSync(manifest)) return;
    folders.push({ kind, outDir, manifest: sha256(readFileSync(manifest, "utf8")) });
  }
  cache.set(recordKey(cache, key), JSON.stringify(folders));
}

/** A record read back; undefined for anything not in the shape `recordUpToDate` writes. */
function recordedFolders(text: string | undefined): RecordedFolder[] | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (!Array.isArray(value) || value.length === 0) return undefined;
    const ok = value.every(
      (f: unknown) =>
        typeof f === "object" &&
        f !== null &&
        typeof (f as RecordedFolder).kind === "string" &&
        typeof (f as RecordedFolder).outDir === "string" &&
        path.isAbsolute((f as RecordedFolder).outDir) &&
        typeof (f as RecordedFolder).manifest === "string",
    );
    return ok ? (value as RecordedFolder[]) : undefined;
  } catch {
    return undefined;
  }
}

/** A folder proven up to date: what a full `--check` would report for it. */
export interface UpToDateFolder {
  readonly kind: PackageKind;
  readonly outDir: string;
  readonly files: readonly string[];
  readonly packageName: string;
  readonly version: string;
}

/**
 * Whether every package folder of `config` is, byte for byte, what the generation of `key` wrote
 * there (see the module header); undefined when that cannot be shown without generating.
 */
export function upToDateFolders(
  config: GenerationConfig,
  key: string | undefined,
): UpToDateFolder[] | undefined {
  const cache = key === undefined ? undefined : openCache(config);
  if (cache === undefined || key === undefined) return undefined;
  const recorded = recordedFolders(cache.get(recordKey(cache, key)));
  if (recorded === undefined) return undefined;
  const folders: UpToDateFolder[] = [];
  for (const { kind, outDir, manifest } of recorded) {
    const manifestPath = path.join(outDir, MANIFEST_FILE);
    if (!existsSync(manifestPath) || sha256(readFileSync(manifestPath, "utf8")) !== manifest)
      return undefined;
    const read = readManifest(outDir);
    if (read.state !== "ok" || read.manifest.pending !== undefined) return undefined;
    const { scan, problems } = scanPackageFolder(outDir, config.projectDir);
    if (problems.length > 0 || scan.leftovers.length > 0) return undefined;
    for (const [rel, hash] of read.manifest.files) {
      if (!scan.files.has(rel)) return undefined;
      // The bytes, not a decoded string: no UTF-8 decoding of the whole package, and a byte
      // that does not decode cannot pass for the character that replaced it.
      if (sha256(readFileSync(path.join(outDir, ...rel.split("/")))) !== hash) return undefined;
    }
    const pkg = read.manifest.files.has("package.json")
      ? (JSON.parse(readFileSync(path.join(outDir, "package.json"), "utf8")) as {
          name?: unknown;
          version?: unknown;
        })
      : {};
    folders.push({
      kind,
      outDir,
      files: [...read.manifest.files.keys(), MANIFEST_FILE],
      packageName: typeof pkg.name === "string" ? pkg.name : path.basename(outDir),
      version: typeof pkg.version === "string" ? pkg.version : config.version,
    });
  }
  return folders;
}
