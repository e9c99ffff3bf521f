// The bin: `<command> <operation> [options]`, `<command> help [operation]`, and, for a service
// with waiters, `<command> wait <waiter> [options]`. It parses and
// validates like the AWS CLI and, by default, prints the request as JSON instead of sending it
// (`--dry-run`, the default). `--send` hands the validated request to a sender the embedding
// program supplies — the extension point for `@aws-sdk/client-*` or any other transport; the
// generated bin has none, so it never touches the network. Files: `runCommand` reads `file://`
// references only through `options.files`; the generated bin passes `localFiles()`, so it reads
// them as the AWS CLI does, while a library caller reads none unless it says so.

import {
  bytesAsBase64,
  readWordList,
  terminalText,
  thrownReason,
  type FileSource,
} from "@shapekit/shorthand";
import { EXIT_CODES } from "./command-line-error.js";
import type { ParseCommandLineOptions, ParseCommandLineResult } from "./command-line.js";
import { isOperationCommand, type CommandSurface, type WaitCommands } from "./command-surface.js";
import { asksForVersion } from "./global-options.js";
import type { CommandLinePagination } from "./pagination.js";
import { sendRequest, sendWait } from "./send-request.js";
import type { SkeletonKind } from "./skeleton-text.js";
import type { CliWaiter } from "./waiter.js";
import type { FileWriter } from "./streaming-output.js";
import { suggestName } from "@shapekit/validation/core";

/**
 * Sends a validated request; what it resolves to is printed as the AWS CLI prints a response.
 * It rejects with the service's error answer as the AWS SDK for JavaScript v3 does (an error
 * whose `name` is the error code, with `$metadata`), or with botocore's parsed error response
 * (`{ Error: { Code, Message } }`): the AWS CLI's `An error occurred (Code) …` is then printed
 * (exit 254), and a waiter's error acceptors match it. Any other rejection exits 255 with it.
 */
export type RequestSender = (request: {
  /** The operation's CLI name (`create-endpoint-config`; an alias's operation's). */
  operation: string;
  operationName: string;
  input: Record<string, unknown>;
}) => Promise<unknown>;

/** What `--output table` needs to know of the terminal it prints to. */
export interface OutputTerminal {
  /** Its width in columns. */
  readonly columns: number;
  /** Whether it is a terminal (`--color auto` colours a table only then). */
  readonly isTTY: boolean;
}

/** Where the bin writes. */
export interface CommandIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export interface RunCommandOptions {
  readonly io?: CommandIo;
  /**
   * Called for `--send`; without it `--send` is an error (exit 255). What it resolves to is
   * printed as the AWS CLI prints a response: `--query` applied, then `--output json` (the
   * default), `text` or `table` (see `formatResponse` in `@shapekit/cli/output`).
   */
  readonly send?: RequestSender;
  /**
   * The terminal a table is laid out for and coloured on (`--color auto`). Default: the process's
   * standard output when `io` is not given (its width when it is a terminal), else none: 80
   * columns and no colour, as the AWS CLI when its output is not a terminal.
   */
  readonly terminal?: OutputTerminal;
  /**
   * Writes an operation's streamed output (`s3api get-object … out.bin`) to the outfile named on
   * the command line, as the AWS CLI does; the rest of the response is printed. Without it such
   * an operation's `--send` is an error before anything is sent: a library writes no file
   * unless asked. Node.js: `(path, data) => fs.promises.writeFile(path, data)`.
   */
  readonly writeFile?: FileWriter;
  /**
   * Reads `file://` and `fileb://` references (see `ParseCommandLineOptions.files`). None by
   * default; a bin passes `localFiles()` to read the disk as the AWS CLI does.
   */
  readonly files?: FileSource;
  /**
   * What `--version` prints after the command's name (the generated bin passes its package's
   * version). As in the AWS CLI, `--version` anywhere before a `--` prints it and runs nothing.
   * Absent: `--version` is not a flag.
   */
  readonly version?: string;
  /**
   * Waits between two calls of a waiter (`wait <waiter> --send`), `seconds` being the waiter's
   * delay. A timer by default; a program that schedules its own work, or a test, passes its own
   * (rejecting stops the wait with that error).
   */
  readonly sleep?: (seconds: number) => Promise<void>;
}

/** The options of a `--send`, once it is known there is a sender. */
export type SendOptions = RunCommandOptions & { readonly send: RequestSender };

/**
 * The bin's own flags; an operation's option of the same name takes precedence. `--no-validate`
 * prints (or sends) exactly the request the AWS CLI would build, without ShapeKit's validation
 * (`parseCommandLine`'s `{ validate: false }`); no AWS CLI global option and no botocore model
 * member spells it.
 */
const OWN_FLAGS: readonly string[] = ["--send", "--dry-run", "--no-validate"];

const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function usage(surface: CommandSurface): string {
  const waiters = waitCommands(surface) !== undefined;
  return [
    `usage: ${surface.command} <operation> [options]`,
    `       ${surface.command} help [<operation>] [--format text|markdown]`,
    `       ${surface.command} <operation> help [--format text|markdown]`,
    ...(waiters ? [`       ${surface.command} wait <waiter> [options]`] : []),
    "",
    "operations:",
    ...surface.operations.map((o) => `  ${o}`),
    ...(waiters ? ["  wait (waits until a condition holds: see wait help)"] : []),
    "",
    "By default the request is printed as JSON (--dry-run); --send passes it to a configured sender.",
    "--no-validate skips ShapeKit's validation: the request is what the AWS CLI would build.",
    "",
  ].join("\n");
}

/** The `wait` commands, when the surface has waiters and no operation of that name. */
function waitCommands(surface: CommandSurface): WaitCommands | undefined {
  const wait = surface.wait;
  return wait !== undefined && wait.names.length > 0 && !surface.operations.includes("wait")
    ? wait
    : undefined;
}

function waitUsage(surface: CommandSurface, wait: WaitCommands): string {
  return [
    `usage: ${surface.command} wait <waiter> [options]`,
    `       ${surface.command} wait <waiter> help [--format text|markdown]`,
    "",
    "Each waiter calls an operation until the condition it waits for holds, or fails; it prints",
    "nothing and exits with 0 once the condition holds, 255 otherwise (with --send).",
    "",
    "waiters:",
    ...wait.names.map((w) => `  ${w}`),
    "",
  ].join("\n");
}

/** One command's functions: an operation's, or a waiter's after `wait`. */
interface Command {
  /** How messages name it: `create-endpoint-config`, `wait endpoint-in-service`. */
  readonly label: string;
  readonly optionNames: () => readonly string[];
  readonly parse: (
    words: readonly string[],
    options: ParseCommandLineOptions,
  ) => ParseCommandLineResult;
  readonly skeleton: (kind: SkeletonKind) => string;
  /** What a dry run says on stderr the AWS CLI would also have done with the request. */
  readonly dryRunNotes: (result: ParseCommandLineResult & { readonly ok: true }) => string[];
  readonly send: (
    result: ParseCommandLineResult & { readonly ok: true },
    options: SendOptions,
  ) => Promise<number>;
}

/**
 * The message of something thrown: an Error's, a string as it is (a message someone wrote),
 * and for anything else (a hook's `throw { code: 1 }`) its kind rather than `[object Object]`.
 */
function thrownMessage(error: unknown): string {
  return typeof error === "string" ? error : thrownReason(error);
}

/** Runs one command line (the words after the bin's name) and resolves to the exit code. */
export async function runCommand(
  surface: CommandSurface,
  argv: readonly string[],
  options: RunCommandOptions = {},
): Promise<number> {
  const given = options.io ?? processIo;
  // Messages quote the model (enum values, patterns, documentation) and may quote the input:
  // nothing printed to stderr acts on a terminal. stdout carries results, printed as they are.
  const io: CommandIo = {
    stdout: (text) => given.stdout(text),
    stderr: (text) => given.stderr(terminalText(text)),
  };
  // A bin passes process.argv's strings; a program calling this may pass anything.
  const read = readWordList(argv, "argv");
  if (!read.ok) {
    io.stderr(`${surface.command}: error: ${read.problem}\n`);
    return EXIT_CODES.usage;
  }
  const words = read.words;
  try {
    const [first, ...rest] = words;
    if (first === undefined) {
      io.stderr(usage(surface));
      return EXIT_CODES.usage;
    }
    // The AWS CLI's global `--version` wins wherever it is on the line.
    if (options.version !== undefined && asksForVersion(words)) {
      io.stdout(`${surface.command} ${options.version}\n`);
      return EXIT_CODES.success;
    }
    if (first === "help" || first === "--help" || first === "-h") {
      const format = helpFormat(rest);
      if (!format.ok) {
        io.stderr(`${surface.command}: ${format.message}\n`);
        return EXIT_CODES.usage;
      }
      if (format.target === undefined) {
        io.stdout(usage(surface));
        return EXIT_CODES.success;
      }
      return printHelp(surface, format.target, format.markdown, io);
    }
    const wait = first === "wait" ? waitCommands(surface) : undefined;
    if (wait !== undefined) return await runWait(surface, wait, rest, options, io);
    if (!isOperationCommand(surface, first)) {
      const suggestion = suggestName(first, surface.operations);
      io.stderr(
        `${surface.command}: unknown operation ${JSON.stringify(first)}${suggestion ? `; did you mean ${suggestion}?` : ""}\n\n${usage(surface)}`,
      );
      return EXIT_CODES.usage;
    }
    if (rest[0] === "help")
      return commandHelp(surface, first, rest.slice(1), io, (format) =>
        surface.renderHelp(first, { format }),
      );
    return await runCommandLine(
      surface,
      {
        label: first,
        optionNames: () => surface.optionTable(first).map((spec) => spec.name),
        parse: (words, parseOptions) => surface.parseCommandLine(first, words, parseOptions),
        skeleton: (kind) => surface.generateCliSkeleton(first, kind),
        dryRunNotes: (result) => dryRunNotes(result.pagination, result.outfile),
        send: (result, sendOptions) => sendRequest(surface, first, result, sendOptions, io),
      },
      rest,
      options,
      io,
    );
  } catch (e) {
    io.stderr(`${surface.command}: error: ${thrownMessage(e)}\n`);
    return EXIT_CODES.other;
  }
}

/** The words after `wait`: a waiter's command line, its help, or the list of waiters. */
async function runWait(
  surface: CommandSurface,
  wait: WaitCommands,
  words: readonly string[],
  options: RunCommandOptions,
  io: CommandIo,
): Promise<number> {
  const [name, ...rest] = words;
  if (name === undefined) {
    io.stderr(`${surface.command} wait: name a waiter\n\n${waitUsage(surface, wait)}`);
    return EXIT_CODES.usage;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    io.stdout(waitUsage(surface, wait));
    return EXIT_CODES.success;
  }
  if (!wait.names.includes(name)) {
    const suggestion = suggestName(name, wait.names);
    io.stderr(
      `${surface.command} wait: unknown waiter ${JSON.stringify(name)}${suggestion ? `; did you mean ${suggestion}?` : ""}\n\n${waitUsage(surface, wait)}`,
    );
    return EXIT_CODES.usage;
  }
  const label = `wait ${name}`;
  if (rest[0] === "help")
    return commandHelp(surface, label, rest.slice(1), io, (format) =>
      wait.renderHelp(name, { format }),
    );
  return runCommandLine(
    surface,
    {
      label,
      optionNames: () => wait.optionTable(name).map((spec) => spec.name),
      parse: (argv, parseOptions) => wait.parseCommandLine(name, argv, parseOptions),
      skeleton: (kind) => wait.generateCliSkeleton(name, kind),
      dryRunNotes: () => [waitNote(wait.waiter(name).waiter)],
      send: (result, sendOptions) => sendWait(surface, wait.waiter(name), result, sendOptions, io),
    },
    rest,
    options,
    io,
  );
}

/** `<command> help [--format text|markdown]`: the help page `render` writes, or a usage error. */
function commandHelp(
  surface: CommandSurface,
  label: string,
  words: readonly string[],
  io: CommandIo,
  render: (format: "text" | "markdown") => string,
): number {
  const format = helpFormat(words);
  if (!format.ok || format.target !== undefined) {
    io.stderr(
      `${surface.command} ${label}: ${format.ok ? `unexpected word ${JSON.stringify(format.target)} after help` : format.message}\n`,
    );
    return EXIT_CODES.usage;
  }
  io.stdout(render(format.markdown ? "markdown" : "text"));
  return EXIT_CODES.success;
}

/** One command's words after its name: parsed, then printed as a request, a skeleton, or sent. */
async function runCommandLine(
  surface: CommandSurface,
  command: Command,
  rest: readonly string[],
  options: RunCommandOptions,
  io: CommandIo,
): Promise<number> {
  const label = `${surface.command} ${command.label}`;
  // Our own flags: taken out before the AWS CLI's rules apply to the rest, unless the
  // operation has an option of that name (EC2's `--dry-run`): the model's option wins, as a
  // member does over the AWS CLI's own options, and our flag steps aside.
  const modelOptions = new Set(command.optionNames());
  const ownFlags = OWN_FLAGS.filter((flag) => !modelOptions.has(flag));
  const send = ownFlags.includes("--send") && rest.includes("--send");
  const validate = !(ownFlags.includes("--no-validate") && rest.includes("--no-validate"));
  const words = rest.filter((w) => !ownFlags.includes(w));
  const result = command.parse(words, {
    ...(options.files ? { files: options.files } : {}),
    ...(validate ? {} : { validate: false }),
  });
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${label}: error: ${error.message}\n`);
    return result.exitCode;
  }
  for (const warning of result.warnings)
    io.stderr(
      `${label}: warning: ${warning.option}${warning.path ? ` (${warning.path})` : ""}: ${warning.message}\n`,
    );
  if (result.skeleton) {
    io.stdout(command.skeleton(result.skeleton));
    return EXIT_CODES.success;
  }
  if (!send) {
    // stdout stays one JSON document (pipe it to jq); what else the AWS CLI would do with the
    // call — page through results, write the response to a file — is said on stderr.
    for (const note of command.dryRunNotes(result)) io.stderr(`${label}: ${note}\n`);
    io.stdout(`${requestJson(result.request)}\n`);
    return EXIT_CODES.success;
  }
  if (!options.send) {
    io.stderr(
      `${label}: error: --send needs a sender; this build has none (see the package README: runCommand(surface, argv, { send }))\n`,
    );
    return EXIT_CODES.other;
  }
  return await command.send(result, { ...options, send: options.send });
}

/**
 * A request as JSON, indented as the AWS CLI prints: blob values (bytes) as base64, the way the
 * JSON protocols carry them, rather than as an object of numbered bytes.
 */
export function requestJson(value: unknown): string {
  return JSON.stringify(value, bytesAsBase64, 4);
}

/** What a dry run would also have done: paginate, or write the response to a file. */
function dryRunNotes(
  pagination: CommandLinePagination | undefined,
  outfile: string | undefined,
): string[] {
  const notes: string[] = [];
  if (outfile !== undefined)
    notes.push(`dry run: the response would be written to ${JSON.stringify(outfile)}`);
  if (pagination?.paginate) {
    const settings = [
      pagination.startingToken !== undefined
        ? `starting token ${JSON.stringify(pagination.startingToken)}`
        : undefined,
      pagination.pageSize !== undefined ? `page size ${pagination.pageSize}` : undefined,
      pagination.maxItems !== undefined ? `at most ${pagination.maxItems} items` : undefined,
    ].filter((x) => x !== undefined);
    notes.push(
      `dry run: the AWS CLI would page through the results${settings.length ? ` (${settings.join(", ")})` : ""}; the request shown is the first page's`,
    );
  }
  return notes;
}

/** What a wait's dry run would have done: call its operation until a state, how often, how long. */
function waitNote(waiter: CliWaiter): string {
  const times = waiter.maxAttempts === 1 ? "once" : `at most ${waiter.maxAttempts} times`;
  return `dry run: the waiter would call ${waiter.operation} with this request every ${waiter.delay} seconds, ${times}, until a success or failure state`;
}

/** The words after `help`: an optional operation, and `--format text|markdown` (or `--markdown`). */
function helpFormat(
  words: readonly string[],
): { ok: true; markdown: boolean; target: string | undefined } | { ok: false; message: string } {
  let markdown = false;
  let target: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === "--markdown") markdown = true;
    else if (word === "--format" || word.startsWith("--format=")) {
      const value = word === "--format" ? words[++i] : word.slice("--format=".length);
      if (value !== "text" && value !== "markdown")
        return {
          ok: false,
          message: `--format takes text or markdown, not ${JSON.stringify(value ?? "")}`,
        };
      markdown = value === "markdown";
    } else if (target === undefined) target = word;
    else return { ok: false, message: `unexpected word ${JSON.stringify(word)} after help` };
  }
  return { ok: true, markdown, target };
}

function printHelp(
  surface: CommandSurface,
  operation: string,
  markdown: boolean,
  io: CommandIo,
): number {
  if (!isOperationCommand(surface, operation)) {
    const suggestion = suggestName(operation, surface.operations);
    io.stderr(
      `${surface.command}: unknown operation ${JSON.stringify(operation)}${suggestion ? `; did you mean ${suggestion}?` : ""}\n`,
    );
    return EXIT_CODES.usage;
  }
  io.stdout(surface.renderHelp(operation, { format: markdown ? "markdown" : "text" }));
  return EXIT_CODES.success;
}
