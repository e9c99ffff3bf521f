// Loading a model from disk: paths (files or directories) in, a resolved model out. Which files a
// directory contributes is model-files.ts's job (botocore's data layout included). A botocore
// model `service-2.json[.gz]` is read with the `service-2.sdk-extras.json[.gz]` beside it, which
// botocore merges into the model, and with the `paginators-1.json[.gz]` beside it (plus its own
// `paginators-1.sdk-extras.json[.gz]`), which gives the operations their pagination, and the
// `waiters-2.json[.gz]` beside it (and its sdk-extras), which gives them their waiters (the AWS
// CLI's `wait` commands). Unreadable paths (missing, no regular file, too large) are diagnostics,
// not exceptions.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { error, sortDiagnostics, type Diagnostic } from "./diagnostic.js";
import { parseIdl } from "./idl/index.js";
import { readRegularFile } from "./read-regular-file.js";
import { loadJsonAst } from "./json-ast-loader.js";
import { listModelFiles } from "./model-files.js";
import {
  convertService2,
  decodeModelBytes,
  botocoreLayout,
  isService2FileName,
  looksLikeService2,
  type Service2Extras,
  type Service2Companion,
  type Service2Paginators,
  type Service2Waiters,
} from "./service2/index.js";
import type { FileLoadResult, LoadedFile } from "./loaded-file.js";
import type { Model } from "./model.js";
import { resolveModel } from "./resolve.js";
import { fileStart } from "./source-location.js";
import { appendAll } from "./append-all.js";

/** What `loadModel` returns; `sourceText` serves `formatDiagnostics` its caret lines. */
export interface LoadModelResult {
  readonly model?: Model;
  readonly diagnostics: Diagnostic[];
  readonly sourceText: (file: string) => string | undefined;
}

/**
 * Reads, parses and resolves the model files at `paths` (`.smithy` through the IDL parser,
 * `.json` as JSON AST, botocore's `service-2.json[.gz]` through the converter with its sdk-extras
 * merged; directories are searched recursively, see `listModelFiles`). The model is present only
 * when no error was found; every diagnostic is returned, sorted.
 */
export function loadModel(paths: readonly string[]): LoadModelResult {
  const texts = new Map<string, string>();
  const listed = listModelFiles(paths);
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const loaded: LoadedFile[] = [];
  const read = (file: string): string | undefined => {
    try {
      // Bytes, not UTF-8 text: botocore ships its models gzip-compressed (`service-2.json.gz`).
      // Regular files only: a FIFO or device named as a model would block or never end.
      const decoded = decodeModelBytes(readRegularFile(file));
      if (!decoded.ok) throw new Error(decoded.message);
      texts.set(file, decoded.text);
      return decoded.text;
    } catch (e) {
      diagnostics.push(
        error("io", `Cannot read ${file}: ${(e as Error).message}`, fileStart(file)),
      );
      return undefined;
    }
  };
  /**
   * The botocore file `<base>.json[.gz]` beside a service-2 file, with its
   * `<base>.sdk-extras.json[.gz]`: undefined when there is none, null when one cannot be read.
   */
  function companion(service2File: string, base: string): Service2Companion | undefined | null {
    const found = companionFile(service2File, base);
    if (found === undefined) return undefined;
    const text = read(found);
    if (text === undefined) return null;
    const extrasFile = companionFile(service2File, `${base}.sdk-extras`);
    if (extrasFile === undefined) return { file: { text, file: found }, extras: [] };
    const extras = read(extrasFile);
    if (extras === undefined) return null;
    return { file: { text, file: found }, extras: [{ text: extras, file: extrasFile }] };
  }
  for (const file of listed.files) {
    const text = read(file);
    if (text === undefined) continue;
    const extras: Service2Extras[] = [];
    const extrasFile = isService2FileName(file) ? sdkExtrasFile(file) : undefined;
    if (extrasFile !== undefined) {
      const extrasText = read(extrasFile);
      if (extrasText === undefined) continue;
      extras.push({ text: extrasText, file: extrasFile });
    }
    const paginators = isService2FileName(file) ? companion(file, "paginators-1") : undefined;
    const waiters = isService2FileName(file) ? companion(file, "waiters-2") : undefined;
    // Unreadable: reported by `read`, and the model is not loaded without it.
    if (paginators === null || waiters === null) continue;
    const result = parseFile(text, file, {
      extras,
      ...(paginators ? { paginators } : {}),
      ...(waiters ? { waiters } : {}),
    });
    appendAll(diagnostics, result.diagnostics);
    if (result.loaded) loaded.push(result.loaded);
  }
  const sourceText = (file: string) => texts.get(file);
  // A file that failed to load is partial: resolving it would only add follow-on errors.
  if (diagnostics.some((d) => d.severity === "error"))
    return { diagnostics: sortDiagnostics(diagnostics), sourceText };
  const resolved = resolveModel(loaded);
  appendAll(diagnostics, resolved.diagnostics);
  return resolved.model && !diagnostics.some((d) => d.severity === "error")
    ? { model: resolved.model, diagnostics: sortDiagnostics(diagnostics), sourceText }
    : { diagnostics: sortDiagnostics(diagnostics), sourceText };
}

/** How `parseFile` reads a file beyond its text. */
export interface ParseFileOptions {
  /** sdk-extras documents to merge into a service-2 model (see `ConvertService2Options.extras`); default none. */
  readonly extras?: readonly Service2Extras[];
  /** botocore's paginators for a service-2 model (see `ConvertService2Options.paginators`); default none. */
  readonly paginators?: Service2Paginators;
  /** botocore's waiters for a service-2 model (see `ConvertService2Options.waiters`); default none. */
  readonly waiters?: Service2Waiters;
}

/**
 * Dispatches on the name and content: `service-2.json[.gz]`, and any `.json`/`.json.gz` document in
 * botocore's form (`metadata` + `operations` + `shapes`, no `smithy` key), goes through the
 * service-2 converter; other `.json`/`.json.gz` files are JSON AST; anything else is IDL.
 */
export function parseFile(
  text: string,
  file: string,
  options: ParseFileOptions = {},
): FileLoadResult {
  try {
    const json = file.endsWith(".json") || file.endsWith(".json.gz");
    if (isService2FileName(file) || (json && looksLikeService2(text))) {
      const botocoreFolder = botocoreLayout(file);
      return convertService2(text, file, {
        extras: options.extras ?? [],
        ...(options.paginators ? { paginators: options.paginators } : {}),
        ...(options.waiters ? { waiters: options.waiters } : {}),
        ...(botocoreFolder ? { botocoreFolder } : {}),
      });
    }
    return json ? loadJsonAst(text, file) : parseIdl(text, file);
  } catch (e) {
    // A loader bug must not take the whole command down: report it where it happened.
    return {
      diagnostics: [
        error(
          "internal",
          `Internal error while loading ${file}: ${(e as Error).message}`,
          fileStart(file),
        ),
      ],
    };
  }
}

/** botocore's extras for a `service-2.json[.gz]`: `service-2.sdk-extras.json`, else `.json.gz`. */
function sdkExtrasFile(service2File: string): string | undefined {
  return companionFile(service2File, "service-2.sdk-extras");
}

/** A botocore data file beside a `service-2.json[.gz]`: `<base>.json`, else `<base>.json.gz`. */
function companionFile(service2File: string, base: string): string | undefined {
  const dir = dirname(service2File);
  return [`${base}.json`, `${base}.json.gz`]
    .map((name) => join(dir, name))
    .find((f) => existsSync(f));
}

export { CONFIG_FILE_NAME } from "./model-files.js";
