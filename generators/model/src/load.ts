// Loading a model from disk: paths (files or directories) in, a resolved model out. A directory
// contributes every `.smithy` and `.json` file below it, in sorted order so that diagnostics and
// merge order never depend on the file system. Unreadable paths are diagnostics, not exceptions.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { error, sortDiagnostics, type Diagnostic } from "./diagnostic.js";
import { parseIdl } from "./idl/index.js";
import { loadJsonAst } from "./json-ast-loader.js";
import { convertService2, decodeModelBytes, isService2FileName, looksLikeService2 } from "./service2/index.js";
import type { FileLoadResult, LoadedFile } from "./loaded-file.js";
import type { Model } from "./model.js";
import { resolveModel } from "./resolve.js";
import { fileStart } from "./source-location.js";

/** What `loadModel` returns; `sourceText` serves `formatDiagnostics` its caret lines. */
export interface LoadModelResult {
  readonly model?: Model;
  readonly diagnostics: Diagnostic[];
  sourceText(file: string): string | undefined;
}

/**
 * Reads, parses and resolves the model files at `paths` (`.smithy` through the IDL parser,
 * `.json` as JSON AST; directories are searched recursively). The model is present only when no
 * error was found; every diagnostic is returned, sorted.
 */
export function loadModel(paths: readonly string[]): LoadModelResult {
  const texts = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedFile[] = [];
  for (const file of expandPaths(paths, diagnostics)) {
    let text: string;
    try {
      // Bytes, not UTF-8 text: botocore ships its models gzip-compressed (`service-2.json.gz`).
      const decoded = decodeModelBytes(readFileSync(file));
      if (!decoded.ok) throw new Error(decoded.message);
      text = decoded.text;
    } catch (e) {
      diagnostics.push(error("io", `Cannot read ${file}: ${(e as Error).message}`, fileStart(file)));
      continue;
    }
    texts.set(file, text);
    const result = parseFile(text, file);
    diagnostics.push(...result.diagnostics);
    if (result.loaded) loaded.push(result.loaded);
  }
  const sourceText = (file: string) => texts.get(file);
  // A file that failed to load is partial: resolving it would only add follow-on errors.
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: sortDiagnostics(diagnostics), sourceText };
  const resolved = resolveModel(loaded);
  diagnostics.push(...resolved.diagnostics);
  return resolved.model && !diagnostics.some((d) => d.severity === "error")
    ? { model: resolved.model, diagnostics: sortDiagnostics(diagnostics), sourceText }
    : { diagnostics: sortDiagnostics(diagnostics), sourceText };
}

/**
 * Dispatches on the name and content: `service-2.json[.gz]`, and any `.json`/`.json.gz` document in
 * botocore's form (`metadata` + `operations` + `shapes`, no `smithy` key), goes through the
 * service-2 converter; other `.json`/`.json.gz` files are JSON AST; anything else is IDL.
 */
export function parseFile(text: string, file: string): FileLoadResult {
  try {
    const json = file.endsWith(".json") || file.endsWith(".json.gz");
    if (isService2FileName(file) || (json && looksLikeService2(text))) return convertService2(text, file);
    return json ? loadJsonAst(text, file) : parseIdl(text, file);
  } catch (e) {
    // A loader bug must not take the whole command down: report it where it happened.
    return { diagnostics: [error("internal", `Internal error while loading ${file}: ${(e as Error).message}`, fileStart(file))] };
  }
}

function expandPaths(paths: readonly string[], diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (e) {
      diagnostics.push(error("io", `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, fileStart(path)));
      continue;
    }
    if (isDirectory) out.push(...modelFilesBelow(path, diagnostics));
    else out.push(path);
  }
  return out;
}

/** The name of ShapeKit's config file, never a model file when found in a model folder. */
export const CONFIG_FILE_NAME = "shapekit.json";

function modelFilesBelow(dir: string, diagnostics: Diagnostic[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    diagnostics.push(error("io", `Cannot list ${dir}: ${(e as Error).message}`, fileStart(dir)));
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    const full = join(dir, name);
    let isDirectory = false;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      continue; // a dangling link inside a model folder is not a model file
    }
    if (isDirectory) out.push(...modelFilesBelow(full, diagnostics));
    // `shapekit.json` is the generator's config that lives beside the model files in `spec/`.
    else if (name === CONFIG_FILE_NAME) continue;
    else if (name.endsWith(".smithy") || name.endsWith(".json") || name.endsWith(".json.gz")) out.push(full);
  }
  return out;
}
