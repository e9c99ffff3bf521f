// `shapekit cli --model FILE... [--service ID] -- OPERATION [options]`: the AWS CLI-compatible
// command surface of any operation of any model, with no build step. The words after `--` are
// what the generated package's bin takes (`add-association --generate-cli-skeleton input`,
// `help create-endpoint-config --format markdown`, …) and run through the same runtime
// (`@shapekit/cli`'s `runCommand`), so output and exit codes are the generated bin's. Only
// problems of `shapekit cli`'s own command line or of the model use shapekit's exit codes.
// `file://` references are read through the `files` the caller of `runCli` passes (the bin
// passes `localFiles()`); a program that embeds `runCli` reads none unless it says so.

import path from "node:path";
import type { FileSource } from "@shapekit/shorthand";
import { formatDiagnostics, hasErrors, loadModel, selectService } from "@shapekit/model";
import { CLI_HELP, EXIT, UsageError } from "./usage.js";
import type { CommandIo } from "./io.js";
import { codegenVersion } from "../codegen-version.js";

interface CliArguments {
  readonly models: string[];
  readonly service: string | undefined;
  readonly command: string[];
}

function parseArguments(args: readonly string[]): CliArguments | "help" {
  const models: string[] = [];
  let service: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === "--") return { models, service, command: args.slice(i + 1) };
    if (word === "--help" || word === "-h") return "help";
    if (word === "--model" || word.startsWith("--model=")) {
      if (word !== "--model") models.push(word.slice("--model=".length));
      // `--model a.json b.smithy`: every word up to the next option.
      while (i + 1 < args.length && !args[i + 1]!.startsWith("-")) models.push(args[++i]!);
      if (models.length === 0) throw new UsageError("shapekit cli: --model needs a file or folder");
    } else if (word === "--service" || word.startsWith("--service=")) {
      service = word === "--service" ? args[++i] : word.slice("--service=".length);
      if (!service) throw new UsageError("shapekit cli: --service needs a service id or name");
    } else if (word.startsWith("-")) {
      throw new UsageError(
        `shapekit cli: unknown option ${word} (the operation's own options go after --; see shapekit cli --help)`,
      );
    } else {
      throw new UsageError(
        `shapekit cli: unexpected ${JSON.stringify(word)}: put the operation and its options after -- (shapekit cli --model <file> -- <operation> [options])`,
      );
    }
  }
  throw new UsageError("shapekit cli: missing -- <operation> [options] (see shapekit cli --help)");
}

export async function runCliCommand(
  args: readonly string[],
  io: CommandIo,
  files?: FileSource,
): Promise<number> {
  const parsed = parseArguments(args);
  if (parsed === "help") {
    io.stdout(CLI_HELP);
    return EXIT.ok;
  }
  if (parsed.models.length === 0)
    throw new UsageError("shapekit cli: give the model with --model <file|folder>");
  const { model, diagnostics, sourceText } = loadModel(
    parsed.models.map((m) => path.resolve(io.cwd, m)),
  );
  if (!model || hasErrors(diagnostics)) {
    io.stderr(formatDiagnostics(diagnostics, sourceText) + "\n");
    return EXIT.failure;
  }
  const selection = selectService(model, parsed.service);
  if (!selection.ok) {
    io.stderr(
      `shapekit cli: ${selection.message}${parsed.service === undefined ? " with --service" : ""}\n`,
    );
    return parsed.service === undefined ? EXIT.usage : EXIT.failure;
  }
  const service = selection.service;
  const [{ modelCommandSurface }, { runCommand }] = await Promise.all([
    import("../model-cli/model-surface.js"),
    import("@shapekit/cli"),
  ]);
  return runCommand(modelCommandSurface(model, service), parsed.command, {
    io,
    ...(files ? { files } : {}),
    // `--version` on the line, the AWS CLI's global flag: the command has no package version.
    version: `(shapekit ${codegenVersion()})`,
  });
}
