// Which files on disk make up a model: the paths a user names, and for a folder every `.smithy`,
// `.json` and `.json.gz` file below it, in sorted order so that diagnostics and merge order never
// depend on the file system. Unreadable paths are diagnostics, not exceptions.
//
// botocore's data folder (`botocore/data`, `~/.aws/models`) is read the way botocore reads it, so
// `--model botocore/data/ec2` is the model the AWS CLI uses:
//   data/<service>/<api-version>/service-2.json[.gz]   the model (`.json` first, as botocore)
//                               /service-2.sdk-extras.json   merged into it (see load.ts)
//                               /paginators-1.json, waiters-2.json, examples-1.json,
//                                endpoint-rule-set-1.json.gz …   not models: skipped
//   data/_retry.json, endpoints.json, partitions.json, sdk-default-configuration.json   skipped
// A service folder with several API versions (EC2 has 8) contributes only the latest one that has
// a service-2 file, the one botocore loads when no version is asked for. Below a folder,
// `node_modules`, hidden folders and the packages ShapeKit generated are not model input.

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { error, type Diagnostic } from "./diagnostic.js";
import { fileStart } from "./source-location.js";
import { appendAll } from "./append-all.js";

/** The name of ShapeKit's config file, never a model file when found in a model folder. */
export const CONFIG_FILE_NAME = "shapekit.json";

/**
 * The file that marks a folder as a package ShapeKit generated (its list of the files it wrote):
 * such a folder is output, never model input, when it sits in a model folder (`--out spec/out`).
 */
export const PACKAGE_MANIFEST_FILE = ".shapekit-manifest.json";

/** JSON files of npm and TypeScript, never models: left out of a folder's model files. */
const TOOL_FILES: ReadonlySet<string> = new Set([
  "package.json",
  "package-lock.json",
  "tsconfig.json",
]);

/**
 * Whether a folder found below a model folder is left out: installed packages (`node_modules`,
 * whose package.json files are JSON but no models), hidden folders (`.git`, a generation's
 * scratch), and packages ShapeKit generated there.
 */
function skippedFolder(name: string, full: string): boolean {
  return (
    name === "node_modules" ||
    name.startsWith(".") ||
    statSync(join(full, PACKAGE_MANIFEST_FILE), { throwIfNoEntry: false })?.isFile() === true
  );
}

/** botocore's API version folders: `2016-11-15`. */
const API_VERSION = /^\d{4}-\d{2}-\d{2}$/;
/** botocore's data files are `<type>-<schema version>[.<kind>-extras].json[.gz]`. */
const BOTOCORE_DATA_FILE = /^[a-z][a-z0-9-]*-\d+(?:\.[a-z0-9]+-extras)?\.json(?:\.gz)?$/;
const SERVICE2_NAMES = ["service-2.json", "service-2.json.gz"];
/** The files at the top of botocore's data folder, beside the service folders. */
const BOTOCORE_ROOT_FILES: ReadonlySet<string> = new Set([
  "_retry.json",
  "endpoints.json",
  "partitions.json",
  "sdk-default-configuration.json",
]);

export interface ModelFileList {
  readonly files: string[];
  readonly diagnostics: Diagnostic[];
}

/** The model files `paths` name: files as they are, folders expanded (see the module header). */
export function listModelFiles(paths: readonly string[]): ModelFileList {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (e) {
      diagnostics.push(
        error(
          "io",
          `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          fileStart(path),
        ),
      );
      continue;
    }
    if (isDirectory) appendAll(files, modelFilesBelow(path, diagnostics));
    else files.push(path);
  }
  return { files, diagnostics };
}

/**
 * The service folders of botocore's data folder (`botocore/data`: `_retry.json` and
 * `endpoints.json` beside one folder per service), sorted: those with an API version folder
 * holding a service-2 file. `undefined` when `dir` is not such a folder (or cannot be read).
 */
export function botocoreServiceFolders(dir: string): string[] | undefined {
  const names = readNames(dir, []);
  if (names === undefined || !isBotocoreRoot(names)) return undefined;
  return names.filter((name) => {
    const full = join(dir, name);
    if (isDirectory(full) !== true) return false;
    const versions = (readNames(full, []) ?? [])
      .filter((v) => API_VERSION.test(v))
      .map((v) => join(full, v));
    return latestApiVersion(versions) !== undefined;
  });
}

function isBotocoreRoot(names: readonly string[]): boolean {
  return names.includes("_retry.json") && names.includes("endpoints.json");
}

/** The service-2 file botocore would read among a folder's file names, if any. */
export function service2FileName(names: readonly string[]): string | undefined {
  return SERVICE2_NAMES.find((n) => names.includes(n));
}

function modelFilesBelow(dir: string, diagnostics: Diagnostic[]): string[] {
  const names = readNames(dir, diagnostics);
  if (names === undefined) return [];
  const service2 = service2FileName(names);
  const botocoreRoot = isBotocoreRoot(names);
  const entries = names.map((name) => ({
    name,
    full: join(dir, name),
    isDirectory: isDirectory(join(dir, name)),
  }));
  const latestVersion = latestApiVersion(
    entries.filter((e) => e.isDirectory && API_VERSION.test(e.name)).map((e) => e.full),
  );
  const out: string[] = [];
  for (const { name, full, isDirectory } of entries) {
    if (isDirectory === undefined) continue; // a dangling link inside a model folder is not a model file
    if (isDirectory) {
      // In a service folder, the API versions other than the one botocore loads are skipped.
      if (latestVersion !== undefined && API_VERSION.test(name) && full !== latestVersion) continue;
      if (skippedFolder(name, full)) continue;
      appendAll(out, modelFilesBelow(full, diagnostics));
    }
    // `shapekit.json` is the generator's config that lives beside the model files in `spec/`;
    // npm's and TypeScript's files are JSON but never models (the workspace --out writes).
    else if (name === CONFIG_FILE_NAME || TOOL_FILES.has(name)) continue;
    else if (
      service2 !== undefined &&
      name !== service2 &&
      (BOTOCORE_DATA_FILE.test(name) || SERVICE2_NAMES.includes(name))
    )
      continue;
    else if (botocoreRoot && BOTOCORE_ROOT_FILES.has(name)) continue;
    else if (name.endsWith(".smithy") || name.endsWith(".json") || name.endsWith(".json.gz"))
      out.push(full);
  }
  return out;
}

/** The last (by name, as botocore sorts them) of the API version folders that hold a service-2 file. */
function latestApiVersion(folders: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const folder of folders) {
    const names = readNames(folder, []);
    if (
      names !== undefined &&
      service2FileName(names) !== undefined &&
      (latest === undefined || folder > latest)
    )
      latest = folder;
  }
  return latest;
}

function readNames(dir: string, diagnostics: Diagnostic[]): string[] | undefined {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    diagnostics.push(error("io", `Cannot list ${dir}: ${(e as Error).message}`, fileStart(dir)));
    return undefined;
  }
}

/** `true`/`false`, or `undefined` for an entry that cannot be read (a dangling link). */
function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}
