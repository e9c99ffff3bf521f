// Where a command writes: the process streams in the bin, buffers in tests.

import path from "node:path";

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are taken from. */
  readonly cwd: string;
}

export const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get cwd() {
    return process.cwd();
  },
};

/**
 * A path argument as the command opens it: relative to `io.cwd`. When that is the process's own
 * folder the argument is kept as typed, so messages name the file as the user spelled it.
 */
export function argumentPath(io: CommandIo, file: string): string {
  return path.isAbsolute(file) || path.resolve(io.cwd) === process.cwd()
    ? file
    : path.resolve(io.cwd, file);
}
