// `--send`: the validated request goes to the sender the embedding program supplied, and what
// comes back is printed as the AWS CLI prints a response. As there, a paginated operation is
// paged through (one call per page, page-through.ts) and a streamed output member is written to
// the outfile (through the caller's writer only). A waiter's command (`wait <waiter> --send`)
// calls its operation until the waiter decides (wait-for.ts) and prints nothing. The pager, the
// waiter and the formatters are loaded here, when they are used, never by the import of the
// runtime. A service error the sender rejects with is printed as the AWS CLI prints it.

import { EXIT_CODES } from "./command-line-error.js";
import type { ParseCommandLineResult } from "./command-line.js";
import { aliasedOperation, type CliWaiterBinding, type CommandSurface } from "./command-surface.js";
import type { GlobalOptions } from "./global-options.js";
import type { CliOperationDescription } from "./operation-description.js";
import type { PagingPaginator, PagingSettings } from "./page-through.js";
import type { CommandLinePagination } from "./pagination.js";
import type { FormatResponseOptions } from "./response-output.js";
import type { CommandIo, OutputTerminal, RunCommandOptions, SendOptions } from "./run-command.js";
import { serviceErrorMessage, serviceErrorOf } from "./service-error.js";
import { readStartingToken } from "./starting-token.js";
import { streamedChunks } from "./streaming-output.js";

/**
 * Sends the parsed command line's request with `options.send` and prints the response; the exit
 * code. A service error (see `RequestSender`) is printed as the AWS CLI prints it, exit 254.
 */
export async function sendRequest(
  surface: CommandSurface,
  first: string,
  result: ParseCommandLineResult & { readonly ok: true },
  options: SendOptions,
  io: CommandIo,
): Promise<number> {
  try {
    return await sendAndPrint(surface, first, result, options, io);
  } catch (e) {
    const error = serviceErrorOf(e);
    if (error === undefined) throw e;
    const operationName = surface.operation(first).description.operationName;
    io.stderr(`${surface.command} ${first}: error: ${serviceErrorMessage(error, operationName)}\n`);
    return EXIT_CODES.serviceError;
  }
}

/**
 * `wait <waiter> --send`: calls the waiter's operation with the request until the waiter decides;
 * prints nothing on success (exit 0), botocore's message otherwise (exit 255).
 */
export async function sendWait(
  surface: CommandSurface,
  binding: CliWaiterBinding,
  result: ParseCommandLineResult & { readonly ok: true },
  options: SendOptions,
  io: CommandIo,
): Promise<number> {
  const { waiter, description } = binding;
  const label = `${surface.command} wait ${waiter.name}`;
  const paging = result.pagination;
  if (
    paging?.startingToken !== undefined ||
    paging?.pageSize !== undefined ||
    paging?.maxItems !== undefined
  ) {
    // The AWS CLI hands them to the operation as `PaginationConfig`, which it refuses.
    io.stderr(
      `${label}: error: a waiter calls ${waiter.operation} one page at a time: --starting-token, --page-size and --max-items do not apply\n`,
    );
    return EXIT_CODES.invalidParameter;
  }
  const sender = options.send;
  const operationName = description.operationName;
  const { waitFor } = await import("./wait-for.js");
  const outcome = await waitFor(
    (input) => sender({ operation: waiter.operation, operationName, input }),
    result.request,
    waiter,
    options.sleep ? { sleep: options.sleep } : {},
  );
  if (outcome.ok) return EXIT_CODES.success;
  io.stderr(`${label}: error: ${outcome.message}\n`);
  return EXIT_CODES.other;
}

/** `sendRequest` short of the service error. */
async function sendAndPrint(
  surface: CommandSurface,
  first: string,
  result: ParseCommandLineResult & { readonly ok: true },
  options: SendOptions,
  io: CommandIo,
): Promise<number> {
  const description = surface.operation(first).description;
  // The AWS CLI writes a streamed output member to the outfile; a library only with a writer.
  const outfile = result.outfile;
  if (outfile !== undefined && !options.writeFile) {
    io.stderr(
      `${surface.command} ${first}: error: --send writes the response's ${description.streamingOutput ?? "output"} to ${JSON.stringify(outfile)}, and this build has no file writer (runCommand(surface, argv, { send, writeFile }))\n`,
    );
    return EXIT_CODES.other;
  }
  const operationName = description.operationName;
  const sender = options.send;
  // The sender is told the operation's own CLI name, whichever alias ran it.
  const operation = aliasedOperation(surface, first);
  const sendInput = (input: Record<string, unknown>) => sender({ operation, operationName, input });
  const paging = pagingOf(description, result.pagination);
  if (paging !== undefined) {
    // Page by page, as the AWS CLI does: one call of the sender per page.
    const paged = await import("./page-through.js");
    const pages = await paged.pageThrough(
      sendInput,
      result.request,
      paging.paginator,
      paging.settings,
    );
    const { formatResponse } = await import("./response-output.js");
    const shown =
      result.globals?.output === "text"
        ? paged.textPages(pages, paging.paginator)
        : [paged.mergedResponse(pages, paging.paginator)];
    const formatOptions = responseFormat(first, result.globals, options);
    io.stdout(shown.map((page) => formatResponse(page, formatOptions)).join(""));
    return EXIT_CODES.success;
  }
  let response = await sendInput(result.request);
  const member = description.streamingOutput;
  if (outfile !== undefined && member !== undefined && hasOwnMember(response, member)) {
    const { [member]: body, ...rest } = response;
    const chunks = streamedChunks(body);
    if (chunks === undefined)
      throw new Error(`the response's ${member} is not bytes, text or a stream of bytes`);
    await options.writeFile!(outfile, chunks);
    // Written, not printed: the rest of the response is, as the AWS CLI prints it.
    response = rest;
  }
  // Loaded here: only a response needs the formatters (`--query`'s syntax was checked with
  // the command line).
  const { formatResponse } = await import("./response-output.js");
  io.stdout(formatResponse(response, responseFormat(first, result.globals, options)));
  return EXIT_CODES.success;
}

/** How the response is printed: `--output`, `--query`, `--color` and the terminal. */
function responseFormat(
  command: string,
  globals: GlobalOptions | undefined,
  options: RunCommandOptions,
): FormatResponseOptions {
  const terminal = options.terminal ?? (options.io ? undefined : processTerminal());
  return {
    command,
    ...(globals?.output ? { output: globals.output } : {}),
    ...(globals?.query !== undefined ? { query: globals.query } : {}),
    terminalWidth: terminal?.isTTY ? terminal.columns : 80,
    color: globals?.color === "on" || (globals?.color !== "off" && terminal?.isTTY === true),
  };
}

/**
 * The paginator and settings to page through the results with, when the AWS CLI would (a
 * paginated operation, no `--no-paginate`) and the description names the next page's tokens.
 */
function pagingOf(
  description: CliOperationDescription,
  pagination: CommandLinePagination | undefined,
): { paginator: PagingPaginator; settings: PagingSettings } | undefined {
  const paginator = description.pagination;
  const outputTokens = paginator?.outputTokens;
  if (!pagination?.paginate || paginator === undefined || outputTokens === undefined)
    return undefined;
  if (outputTokens.length === 0 || paginator.resultKeys.length === 0) return undefined;
  let starting: { startingTokens: Record<string, unknown>; skip: number } | undefined;
  if (pagination.startingToken !== undefined) {
    // Read once already, when the command line was parsed: it is well formed.
    const read = readStartingToken(pagination.startingToken, paginator.inputTokens);
    if (read.ok)
      starting = {
        startingTokens: Object.fromEntries(read.members.map(([k, v]) => [k, v ?? null])),
        skip: read.skip,
      };
  }
  return {
    paginator: { ...paginator, outputTokens },
    settings: {
      ...(pagination.maxItems !== undefined ? { maxItems: pagination.maxItems } : {}),
      ...starting,
    },
  };
}

/** Whether `value` is an object with an own `member` (a response the sender built). */
function hasOwnMember(value: unknown, member: string): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.hasOwn(value, member);
}

/** The process's standard output as a terminal, where there is a process (not in browsers). */
function processTerminal(): OutputTerminal | undefined {
  const stdout = (globalThis as { process?: { stdout?: { isTTY?: boolean; columns?: number } } })
    .process?.stdout;
  if (stdout === undefined) return undefined;
  return { columns: stdout.columns ?? 80, isTTY: stdout.isTTY === true };
}
