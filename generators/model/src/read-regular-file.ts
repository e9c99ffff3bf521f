// Reading a file the user named: a model file (`--model`, a folder's `.smithy` and `.json`
// files), a config. Only a regular file is read, and only up to a size no real one reaches: a
// named pipe (FIFO) or a device given by mistake (`--model /dev/stdin`, `/dev/zero`) would
// otherwise block the generator for ever or feed it bytes without end. The file is opened
// without blocking (opening a FIFO with no writer would block) and judged by the descriptor
// it opened (fstat), so nothing can be swapped in between the check and the read.

import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/**
 * The most a model file may hold: 40 times botocore's largest model (EC2, about 6 MB), as for
 * a gzip-compressed model's expanded text (`MAX_GUNZIPPED_BYTES`).
 */
export const MAX_MODEL_FILE_BYTES = 256 * 1024 * 1024;

/** Why a named file is not read: its message says what the file is, not how to use it. */
export class UnreadableFileError extends Error {
  override readonly name = "UnreadableFileError";
  /** The system's error code (`ENOENT`, `EACCES`, …), when the system refused. */
  readonly code: string | undefined;

  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/** The system's refusal (`ENOENT`, `EACCES`, …) as an `UnreadableFileError` named by its code. */
function systemRefusal(error: unknown): UnreadableFileError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UnreadableFileError(code ?? (error as Error).message, code);
}

/** What a file that is neither a regular file nor a directory is, in a reader's words. */
function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * The bytes of the regular file `file`, at most `maxBytes`. Throws an `UnreadableFileError`
 * that says why not: the system's refusal (its error code, `ENOENT`), a file that is no regular
 * file, one larger than `maxBytes`, or one that grew while it was read.
 */
export function readRegularFile(file: string, maxBytes: number = MAX_MODEL_FILE_BYTES): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO opens at once (and is then refused); a regular file is unaffected.
    // Windows has no such flag (undefined), and no FIFOs to open.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw systemRefusal(e);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UnreadableFileError("it is a directory", "EISDIR");
    if (!stats.isFile())
      throw new UnreadableFileError(`it is ${fileKind(stats)}, not a regular file`);
    if (stats.size > maxBytes)
      throw new UnreadableFileError(
        `it holds ${stats.size} bytes, more than the ${maxBytes} a file is read up to`,
      );
    // The size fstat gave, and one byte more to see the end: a file that grows while it is
    // read is refused (what was read would be neither its old text nor its new one), so no
    // more than the size checked above is ever read.
    const bytes = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === bytes.length) {
        throw new UnreadableFileError(`it grew while being read, past ${stats.size} bytes`);
      }
    }
    return bytes.subarray(0, length);
  } catch (e) {
    throw e instanceof UnreadableFileError ? e : systemRefusal(e);
  } finally {
    closeSync(fd);
  }
}
