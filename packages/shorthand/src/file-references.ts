// `file://` and `fileb://` references: the value is replaced by the contents of the file. The
// AWS CLI reads them in three places: a whole option value (`--tags file://tags.json`), a
// shorthand value written `key@=file://path`, and `--cli-input-json|yaml file://path`.
//
// Safe by default: a library call reads no file unless its caller passes a `FileSource` (the
// `files` option of every entry point). Without one, a reference is an error that names the
// option. `localFiles()` is the Node reader the bins pass: it expands `~` and `$VAR` as the
// AWS CLI does, opens regular files only (never a device, FIFO or socket, so `/dev/zero` and
// `/dev/stdin` cannot exhaust memory or block), reads at most a documented number of bytes,
// and its errors name neither the expanded path nor anything read. The disk is read by the
// module the package's `#read-local-file` import picks: Node's `fs` under the "node" condition,
// a reader that refuses elsewhere, so a browser bundle holds no `node:` module.

import { FileAccessError } from "./file-access-error.js";
import { readRegularFile } from "#read-local-file";
import { valueKind } from "./value-kind.js";

export { FileAccessError, type FileAccessReason } from "./file-access-error.js";

/** Where `file://` and `fileb://` references are read from. Methods throw when they cannot read. */
export interface FileSource {
  /** The text of `file://<path>`, as the AWS CLI reads it (UTF-8, `\r\n` and `\r` read as `\n`). */
  readText(path: string): string;
  /** The bytes of `fileb://<path>`. */
  readBytes(path: string): Uint8Array;
}

/** The message of a reference met without a `files` option: it names the option to pass. */
export const FILES_DISABLED_MESSAGE =
  "reading files is off: pass the `files` option (for example `files: localFiles()` in Node) " +
  "to read file:// and fileb:// references";

/** The default `FileSource` of every entry point: reads nothing, says how to opt in. */
export const noFiles: FileSource = {
  readText() {
    throw new FileAccessError("disabled", FILES_DISABLED_MESSAGE);
  },
  readBytes() {
    throw new FileAccessError("disabled", FILES_DISABLED_MESSAGE);
  },
};

/** Whether `error` says that reading files is off (no `files` option was given). */
export function isFilesDisabled(error: unknown): boolean {
  return error instanceof FileAccessError && error.reason === "disabled";
}

/** The prefixes of local file references, in the order the AWS CLI tries them. */
export const FILE_PREFIXES = ["file://", "fileb://"] as const;

/** Whether `value` is a local file reference (`file://…` or `fileb://…`). */
export function isFileReference(value: string): boolean {
  return value.startsWith("file://") || value.startsWith("fileb://");
}

/**
 * The contents `value` refers to, or `undefined` when it is no file reference. Errors of the
 * source propagate; a source that returns something else than text (`readText`) or bytes
 * (`readBytes`) is a `FileAccessError` too (`fileReadFailure` words both).
 */
export function readFileReference(
  value: string,
  files: FileSource,
): string | Uint8Array | undefined {
  if (value.startsWith("file://")) return checkedText(files.readText(value.slice(7)));
  if (value.startsWith("fileb://")) return checkedBytes(files.readBytes(value.slice(8)));
  return undefined;
}

/** `readText`'s result, which a caller's source might get wrong. */
export function checkedText(text: unknown): string {
  if (typeof text === "string") return text;
  throw new FileAccessError(
    "unreadable",
    `the file source's readText returned ${valueKind(text)}, not text`,
  );
}

/** `readBytes`'s result, which a caller's source might get wrong. */
export function checkedBytes(bytes: unknown): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  throw new FileAccessError(
    "unreadable",
    `the file source's readBytes returned ${valueKind(bytes)}, not bytes (a Uint8Array)`,
  );
}

/**
 * Why a `FileSource` did not deliver, for a message: a `FileAccessError`'s own words, Node's
 * common file errors in a few words (their messages hold the path), another error's message,
 * and for anything else thrown only what kind of value it was.
 */
export function fileReadFailure(error: unknown): string {
  if (error instanceof FileAccessError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  if (error instanceof Error) return error.message;
  return `the file source threw ${valueKind(error)}`;
}

/** Python's `os.path.expanduser` then `os.path.expandvars`, as the AWS CLI applies to paths. */
export function expandPath(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
): string {
  let out = path;
  const home = env.HOME;
  if (home !== undefined && (out === "~" || out.startsWith("~/")))
    out = home.replace(/\/+$/, "") + out.slice(1) || "/";
  const expand = (whole: string, name: string): string => {
    const key = name.startsWith("{") ? name.slice(1, -1) : name;
    const value = Object.hasOwn(env, key) ? env[key] : undefined;
    return value === undefined ? whole : value;
  };
  // Python's pattern `\$(\w+|\{[^}]*\})`, in linear time: a `${` with no `}` after it would
  // scan to the end of the path, once per `${`. Past the last `}` no `${…}` can match, so only
  // `$NAME` is looked for there.
  const close = out.lastIndexOf("}");
  return (
    out.slice(0, close + 1).replace(/\$(\w+|\{[^}]*\})/g, expand) +
    out.slice(close + 1).replace(/\$(\w+)/g, expand)
  );
}

/** The largest file `localFiles()` reads unless told otherwise: 10 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Options of `localFiles`. */
export interface LocalFilesOptions {
  /** Larger files are refused (`FileAccessError`, reason `too-large`). Default 10 MiB. */
  readonly maxBytes?: number;
  /** Expand `~` and `$VAR` / `${VAR}` in paths, as the AWS CLI does. Default `true`. */
  readonly expand?: boolean;
  /** The variables `$VAR` and `~` (`HOME`) expand from. Default `process.env`, read per call. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * A `FileSource` over the local disk through Node's `fs`: the reader the bins pass, and the one
 * to pass from a terminal tool that should read files as the AWS CLI does.
 *
 * ```ts
 * parseArgument("create-endpoint-config", "--tags", ["file://tags.json"], { files: localFiles() });
 * ```
 *
 * Regular files only (a device, FIFO or socket is refused without being read), at most
 * `maxBytes`, relative paths from the working directory.
 */
export function localFiles(options: LocalFilesOptions = {}): FileSource {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (!(Number.isSafeInteger(maxBytes) && maxBytes >= 0))
    throw new RangeError(`localFiles: maxBytes must be a whole number of bytes, got ${maxBytes}`);
  const resolve = (path: string): string =>
    options.expand === false ? path : expandPath(path, options.env ?? processEnv());
  return {
    readText(path) {
      const bytes = readRegularFile(resolve(path), maxBytes);
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        throw new FileAccessError(
          "not-text",
          "text contents could not be decoded. If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.",
        );
      }
      // Python's text mode: universal newlines.
      return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
    },
    readBytes(path) {
      return readRegularFile(resolve(path), maxBytes);
    },
  };
}

/** `localFiles()` with its defaults: 10 MiB, `~` and `$VAR` expanded from `process.env`. */
export const nodeFileSource: FileSource = localFiles();

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function processEnv(): Readonly<Record<string, string | undefined>> {
  return (
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {}
  );
}

/**
 * `files`, noting in `reads` the reference (`file://path`, `fileb://path`) of every successful
 * read: callers use it to tell which values came from a file, whose errors must not quote them.
 */
export function recordReads(files: FileSource, reads: string[]): FileSource {
  return {
    readText(path) {
      const text = files.readText(path);
      reads.push(`file://${path}`);
      return text;
    },
    readBytes(path) {
      const bytes = files.readBytes(path);
      reads.push(`fileb://${path}`);
      return bytes;
    },
  };
}
