// `file://` and `fileb://` references: the value is replaced by the contents of the file. The
// AWS CLI reads them in two places, a whole option value (`--tags file://tags.json`) and a
// shorthand value written `key@=file://path`. Reading is injectable (`FileSource`) so browser
// tools, tests and sandboxes decide what a path means; the default reads the local disk as the
// AWS CLI does, through Node's `fs`, loaded only when a reference is actually met so the
// package still loads where there is no `fs`.

/** Where `file://` and `fileb://` references are read from. Methods throw when they cannot read. */
export interface FileSource {
  /** The text of `file://<path>`, as the AWS CLI reads it (UTF-8, `\r\n` and `\r` read as `\n`). */
  readText(path: string): string;
  /** The bytes of `fileb://<path>`. */
  readBytes(path: string): Uint8Array;
}

/** The prefixes of local file references, in the order the AWS CLI tries them. */
export const FILE_PREFIXES = ["file://", "fileb://"] as const;

/** Whether `value` is a local file reference (`file://…` or `fileb://…`). */
export function isFileReference(value: string): boolean {
  return value.startsWith("file://") || value.startsWith("fileb://");
}

/**
 * The contents `value` refers to, or `undefined` when it is no file reference. Errors of the
 * source propagate.
 */
export function readFileReference(
  value: string,
  files: FileSource,
): string | Uint8Array | undefined {
  if (value.startsWith("file://")) return files.readText(value.slice(7));
  if (value.startsWith("fileb://")) return files.readBytes(value.slice(8));
  return undefined;
}

interface NodeFs {
  readFileSync(path: string): Uint8Array;
}

function nodeFs(): NodeFs {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  const fs = get?.("node:fs") as NodeFs | undefined;
  if (!fs)
    throw new Error(
      "this runtime has no file system; pass a FileSource (`files`) to read file references",
    );
  return fs;
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
  return out.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith("{") ? name.slice(1, -1) : name;
    const value = env[key];
    return value === undefined ? whole : value;
  });
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Reads the local disk through Node's `fs`, expanding `~` and `$VAR` as the AWS CLI does. */
export const nodeFileSource: FileSource = {
  readText(path) {
    const bytes = nodeFs().readFileSync(expandPath(path, processEnv()));
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new Error(
        `text contents could not be decoded. If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`,
      );
    }
    // Python's text mode: universal newlines.
    return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  },
  readBytes(path) {
    return new Uint8Array(nodeFs().readFileSync(expandPath(path, processEnv())));
  },
};

function processEnv(): Record<string, string | undefined> {
  return (
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {}
  );
}
