// Runs the `shapekit` command in-process with its output captured: what the command tests share.
import { runCli, type CommandIo, type RunCliOptions } from "@shapekit/codegen";

export interface ShapekitRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `shapekit <args>` with relative paths taken from `cwd` (default: the working folder). */
export async function runShapekit(
  args: readonly string[],
  options: RunCliOptions & { readonly cwd?: string } = {},
): Promise<ShapekitRun> {
  const { cwd = process.cwd(), ...cliOptions } = options;
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
  };
  const code = await runCli(args, io, cliOptions);
  return { code, stdout, stderr };
}
