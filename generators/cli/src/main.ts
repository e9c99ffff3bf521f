// The `shapekit` command line: dispatch to a command, map failures to exit codes. Stays light:
// each command loads what it needs when it runs.

import type { FileSource } from "@shapekit/shorthand";
import { codegenVersion } from "./codegen-version.js";
import { processIo, type CommandIo } from "./commands/io.js";
import { EXIT, MAIN_HELP, UsageError } from "./commands/usage.js";

/** Options of `runCli`. */
export interface RunCliOptions {
  /**
   * Reads the `file://` and `fileb://` references of a `shapekit cli -- <operation> …` command
   * line (option values, `key@=file://…`, `--cli-input-json|yaml file://…`). None by default: a
   * reference is then an error that names this option. The `shapekit` bin passes `localFiles()`
   * (from `@shapekit/shorthand`), so at a terminal they are read as the AWS CLI reads them.
   */
  readonly files?: FileSource;
}

/** Runs the command line and returns the exit code; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CommandIo = processIo,
  options: RunCliOptions = {},
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        // No command is a usage error: the help goes where errors go.
        io.stderr(MAIN_HELP);
        return EXIT.usage;
      case "help":
      case "--help":
      case "-h":
        io.stdout(MAIN_HELP);
        return EXIT.ok;
      case "--version":
      case "-v":
        io.stdout(`shapekit ${codegenVersion()}\n`);
        return EXIT.ok;
      case "generate":
        return await (await import("./commands/generate.js")).runGenerate(rest, io);
      case "ast":
        return (await import("./commands/ast.js")).runAst(rest, io);
      case "convert":
        return (await import("./commands/convert.js")).runConvert(rest, io);
      case "diff":
        return (await import("./commands/diff.js")).runDiff(rest, io);
      case "docs":
        return await (await import("./commands/docs.js")).runDocs(rest, io);
      case "cli":
        return await (await import("./commands/cli.js")).runCliCommand(rest, io, options.files);
      default:
        throw new UsageError(
          `shapekit: unknown command ${JSON.stringify(command)} (commands: generate, ast, convert, diff, cli, docs; see shapekit --help)`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n`);
      return EXIT.usage;
    }
    // A bug in ShapeKit, not in the user's input: say so in one paragraph, no stack trace
    // unless asked for with SHAPEKIT_DEBUG=1.
    io.stderr(`shapekit: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.env.SHAPEKIT_DEBUG) io.stderr(`${(e as Error)?.stack ?? ""}\n`);
    else io.stderr("Run again with SHAPEKIT_DEBUG=1 for details, and report it.\n");
    return EXIT.internal;
  }
}
