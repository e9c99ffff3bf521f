// Reading one local file for `localFiles()`, through Node's `fs`. This module is what the
// package's `#read-local-file` import resolves to under the "node" condition (Node, Deno, Bun
// and bundles for them); everywhere else (browsers, workers) it resolves to
// `read-local-file-unavailable.ts`, so no `node:` module is in a browser bundle.

import { createRequire } from "node:module";
import type * as NodeFs from "node:fs";
import { FileAccessError } from "./file-access-error.js";

// `fs` is loaded on the first read, not when the package is imported: an ES module import of
// `node:fs` builds its namespace from every export, which loads Node's whole streams stack
// (about 1.5 ms of every process that imports the shorthand runtime, most of which never reads
// a file). `require` hands over the module object as it is.
let loadedFs: typeof NodeFs | undefined;
function nodeFs(): typeof NodeFs {
  return (loadedFs ??= createRequire(import.meta.url)("node:fs") as typeof NodeFs);
}

/**
 * The bytes of a regular file, at most `maxBytes`. Opened non-blocking, so a FIFO with no
 * writer cannot hang the open; then `fstat` on the open descriptor (no race with a rename)
 * decides, before anything is read.
 */
export function readRegularFile(path: string, maxBytes: number): Uint8Array {
  const fs = nodeFs();
  let fd: number;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fsError(e);
  }
  try {
    let stats: NodeFs.Stats;
    try {
      stats = fs.fstatSync(fd);
    } catch (e) {
      throw fsError(e);
    }
    if (stats.isDirectory()) throw new FileAccessError("directory", "Is a directory");
    if (!stats.isFile())
      throw new FileAccessError(
        "not-regular",
        `not a regular file (${fileKind(stats)}): only regular files are read`,
      );
    if (stats.size > maxBytes) throw tooLarge(maxBytes);
    // The size can change while reading (a log being written): read to the end, but never more
    // than one byte past the limit.
    let buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(maxBytes);
        const grown = new Uint8Array(Math.min(buffer.length * 2, maxBytes + 1));
        grown.set(buffer);
        buffer = grown;
      }
      let n: number;
      try {
        n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      } catch (e) {
        throw fsError(e);
      }
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw tooLarge(maxBytes);
    return buffer.subarray(0, length);
  } finally {
    try {
      fs.closeSync(fd);
    } catch {
      // Closing a descriptor we opened cannot fail in a way the caller could act on.
    }
  }
}

function tooLarge(maxBytes: number): FileAccessError {
  return new FileAccessError(
    "too-large",
    `the file is larger than ${maxBytes} bytes, the limit of this reader (localFiles({ maxBytes }))`,
  );
}

function fileKind(stats: NodeFs.Stats): string {
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}

/** Node's error, reduced to its code: Node's own message holds the (expanded) path. */
function fsError(e: unknown): FileAccessError {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileAccessError("not-found", "No such file or directory");
    case "EACCES":
    case "EPERM":
      return new FileAccessError("denied", "Permission denied");
    case "EISDIR":
      return new FileAccessError("directory", "Is a directory");
    case "ELOOP":
      return new FileAccessError("unreadable", "Too many levels of symbolic links");
    case "ENXIO":
      return new FileAccessError("not-regular", "not a regular file: only regular files are read");
    default:
      return new FileAccessError(
        "unreadable",
        `the file could not be read${typeof code === "string" && /^E[A-Z]+$/.test(code) ? ` (${code})` : ""}`,
      );
  }
}
