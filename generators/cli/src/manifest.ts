// The manifest of a package folder (`.shapekit-manifest.json`): every file ShapeKit wrote there
// with the SHA-256 of its text. It is what makes a folder ShapeKit's to clean: only files it
// lists are ever deleted, and only while their bytes are still the ones ShapeKit wrote. While a
// generation is being written the manifest is a journal: it also carries `pending` (the files
// being written) and `scratch` (where they are staged), so an interrupted run leaves a mark the
// next run and `--check` find, and what the next run needs to finish it.

import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_MANIFEST_FILE } from "@shapekit/model";

/** The manifest's name: the model loader knows it too, and never reads such a folder as a model. */
export const MANIFEST_FILE = PACKAGE_MANIFEST_FILE;

/**
 * Entries at the top of a package folder that belong to the build or to other tools, never to
 * the generator: not written, not listed, not cleaned, not counted as someone else's files.
 */
export const NOT_OURS = new Set(["dist", "node_modules", ".turbo", "coverage", ".git"]);

/** A manifest is never larger than this (a whole AWS service lists about 2,500 files: 250 kB). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;
const SCRATCH_NAME = /^\.shapekit-tmp-\d+$/;

export interface Manifest {
  /** Path relative to the package folder (`/`-separated) → SHA-256 of the text written. */
  readonly files: ReadonlyMap<string, string>;
  /** Present while a generation is being written: the files it is writing. */
  readonly pending?: ReadonlyMap<string, string>;
  /** With `pending`: the scratch folder (`.shapekit-tmp-<pid>`) its files are staged in. */
  readonly scratch?: string;
}

/** What makes a manifest a journal: the files being written and where they are staged. */
export interface Journal {
  readonly pending: ReadonlyMap<string, string>;
  readonly scratch: string;
}

export type ManifestRead =
  | { readonly state: "absent" }
  | { readonly state: "ok"; readonly manifest: Manifest }
  | { readonly state: "invalid"; readonly reason: string };

/** Hex SHA-256 of a text (as UTF-8) or of bytes: the same digest for a text and its UTF-8 bytes. */
export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/** `@shapekit/codegen <version>`: which generator wrote a folder. */
export function generatorName(): string {
  const pkg = createRequire(import.meta.url)("../package.json") as {
    name: string;
    version: string;
  };
  return `${pkg.name} ${pkg.version}`;
}

/**
 * The manifest's text, in prettier's JSON layout (objects broken one key a line), keys sorted:
 * the same files give the same bytes, so the manifest is a golden file like the rest.
 */
export function renderManifest(files: ReadonlyMap<string, string>, journal?: Journal): string {
  const sorted = (m: ReadonlyMap<string, string>) =>
    Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const doc = {
    "//": "Written by ShapeKit: the files it generated in this folder, with their SHA-256. ShapeKit deletes no file that is not listed here. Do not edit; commit it with the package.",
    generator: generatorName(),
    files: sorted(files),
    ...(journal === undefined
      ? {}
      : { scratch: journal.scratch, pending: sorted(journal.pending) }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Whether a manifest entry may name a file ShapeKit owns: a plain relative path inside the
 * folder, outside the build outputs and the scratch space. A manifest is data from the disk: a
 * hand-edited or planted one must not make ShapeKit touch `../../somewhere`.
 */
export function isOwnablePath(relative: string): boolean {
  if (
    relative === "" ||
    relative === MANIFEST_FILE ||
    relative.includes("\\") ||
    relative.includes("\0")
  )
    return false;
  const segments = relative.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return false;
  return (
    !NOT_OURS.has(segments[0]!) &&
    !/^\.shapekit-tmp-/.test(segments[0]!) &&
    !/\.tsbuildinfo$/.test(relative)
  );
}

/** Reads a package folder's manifest; never follows a link (a linked manifest is invalid). */
export function readManifest(outDir: string): ManifestRead {
  const file = path.join(outDir, MANIFEST_FILE);
  let text: string;
  try {
    const stat = lstatSync(file);
    if (!stat.isFile())
      return {
        state: "invalid",
        reason: stat.isSymbolicLink() ? "it is a symbolic link" : "it is not a file",
      };
    if (stat.size > MAX_MANIFEST_BYTES) return { state: "invalid", reason: "it is too large" };
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // ENOTDIR: the folder's path runs through a file, so there is no manifest (output-plan.ts
    // reports the file in the way).
    if (code === "ENOENT" || code === "ENOTDIR") return { state: "absent" };
    return { state: "invalid", reason: `it cannot be read (${code ?? "unknown error"})` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: "invalid", reason: "it is not valid JSON" };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { state: "invalid", reason: "it is not a JSON object" };
  const files = fileMap(
    Object.hasOwn(raw, "files") ? (raw as { files: unknown }).files : undefined,
    "$.files",
  );
  if (typeof files === "string") return { state: "invalid", reason: files };
  if (!Object.hasOwn(raw, "pending")) return { state: "ok", manifest: { files } };
  const pending = fileMap((raw as { pending: unknown }).pending, "$.pending");
  if (typeof pending === "string") return { state: "invalid", reason: pending };
  const scratch = Object.hasOwn(raw, "scratch") ? (raw as { scratch: unknown }).scratch : undefined;
  if (typeof scratch !== "string" || !SCRATCH_NAME.test(scratch))
    return { state: "invalid", reason: "$.scratch is not a scratch folder name" };
  return { state: "ok", manifest: { files, pending, scratch } };
}

/** A `{ path: sha256 }` object as a map, or what is wrong with it. */
function fileMap(value: unknown, where: string): Map<string, string> | string {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `${where} is not an object`;
  const out = new Map<string, string>();
  for (const [relative, hash] of Object.entries(value)) {
    if (!isOwnablePath(relative)) return `${where} lists a path outside the package's own files`;
    if (typeof hash !== "string" || !SHA256.test(hash))
      return `${where} has an entry that is not a SHA-256`;
    out.set(relative, hash);
  }
  return out;
}
