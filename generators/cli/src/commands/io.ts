// Where a command writes: the process streams in the bin, buffers in tests.

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
