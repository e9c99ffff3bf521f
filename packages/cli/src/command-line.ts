// `parseCommandLine`: the words after the operation name → the request the AWS CLI would send,
// or every reason it would refuse. The stages run in the AWS CLI's order, and a stage's errors
// stop the ones after it, because later stages would only report consequences:
//   0. the AWS CLI's global options (`--region`, …), wherever they are, are taken out first;
//   1. usage: option names and word counts (argparse), then required options, unless a
//      cli-input document or `--generate-cli-skeleton` is given (then the document may supply them);
//   2. unknown options and stray words, each with a "did you mean";
//   3. option values, through the shorthand parser (all of them, not just the first bad one);
//   4. the cli-input document: explicit options win, member by member at the top level;
//   5. `@idempotencyToken` members still absent get a fresh UUID, as botocore gives them;
//   6. validation of the merged request, each issue with its option and path.
// An operation whose response goes to a file (`streamingOutput`) takes that file's path as a
// positional word, required, and returned as `outfile`; it has no cli-input or skeleton options.
// A paginated operation's `--starting-token`, `--page-size`, `--max-items` and `--no-paginate`
// run where the AWS CLI runs them (pagination.ts): their words are converted with the usage
// stage, the paginate/no-paginate decision follows the unknown options, and the request returned
// is the first page's, with the settings in `pagination`.
// Files: a `file://` value is read only through the `files` option (none by default: then it is
// an error naming the option). Members whose values hold a file's contents are validated like
// any other, but their messages do not quote those contents (file-sourced-issue.ts).

import {
  parseArgumentWords,
  recordReads,
  readWordList,
  type FileSource,
  type ParseArgumentOptions,
} from "@shapekit/shorthand";
import { suggestName } from "@shapekit/validation/core";
import { scanArgv, type OptionOccurrence } from "./argv-scanner.js";
import { loadCliInput, type ReadTextFile } from "./cli-input.js";
import { exitCodeFor, type CommandLineError } from "./command-line-error.js";
import { fileSourcedMessage } from "./file-sourced-issue.js";
import { takeGlobalOptions, type GlobalOptions } from "./global-options.js";
import type { CliOperationDescription } from "./operation-description.js";
import {
  BUILTIN_DEST,
  CLI_INPUT_JSON,
  CLI_INPUT_YAML,
  GENERATE_CLI_SKELETON,
  OUTFILE,
  optionTable,
  type PagingSetting,
} from "./option-table.js";
import {
  decidePagination,
  firstPage,
  maxItemsProblem,
  pagingWord,
  PAGINATION_CONFIG,
  type CommandLinePagination,
} from "./pagination.js";
import type { SkeletonKind } from "./skeleton-text.js";
import { setMember } from "./set-member.js";

/** The shorthand package's answer for one option's words. */
export type ArgumentResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly message: string } | string };

/**
 * Parses the words given to one option (`--tags Key=a,Value=b Key=c`) by the model. `options`
 * carries the caller's `files` source; a parser that ignores it reads no files.
 */
export type ArgumentParser = (
  option: string,
  words: readonly string[],
  options?: ParseArgumentOptions,
) => ArgumentResult;

/** One validation issue as the validators package reports it. */
export interface RequestIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly severity?: "error" | "warning";
}

/** What a {@link RequestValidator} answers: accepted (perhaps with warnings), or the issues found. */
export type RequestValidation =
  | { readonly ok: true; readonly warnings?: readonly RequestIssue[] }
  | {
      readonly ok: false;
      readonly issues: readonly RequestIssue[];
      readonly warnings?: readonly RequestIssue[];
    };

/** Validates a whole request (the operation's input structure). */
export type RequestValidator = (request: unknown) => RequestValidation;

/** What `parseCommandLine` needs beside the description: the model-driven parts. */
export interface CommandLineBindings {
  /**
   * Parses one option's words; by default the shorthand runtime (`parseArgumentWords`) over the
   * description's shape table, which is what a generated shorthand package does too.
   */
  readonly parseArgument?: ArgumentParser;
  readonly validate?: RequestValidator;
  /**
   * Reads `--cli-input-json|yaml file://…` documents (and nothing else).
   * @deprecated Pass `files` in the options of `parseCommandLine`, which reads every reference.
   */
  readonly readTextFile?: ReadTextFile;
}

export interface ParseCommandLineOptions {
  /** Validate the merged request (default `true`). `false` returns what the AWS CLI would send. */
  readonly validate?: boolean;
  /**
   * Reads `file://` and `fileb://` references: option values, `key@=file://…` in shorthand and
   * `--cli-input-json|yaml file://…`. By default nothing is read: a reference is an error that
   * names this option. Pass `localFiles()` (from `@shapekit/shorthand`) to read the disk as the
   * AWS CLI does, as the bins do.
   */
  readonly files?: FileSource;
  /** Larger `--cli-input-json|yaml` documents (UTF-8 bytes) are refused. Default 1 MiB. */
  readonly maxCliInputBytes?: number;
  /**
   * Makes the value of an `@idempotencyToken` member the command line leaves out (botocore
   * fills one in before sending). Default `crypto.randomUUID`; pass your own for repeatable
   * output (tests, recorded requests).
   */
  readonly idempotencyToken?: () => string;
}

/** A validation warning (a deprecated member, say), located like an error. */
export interface CommandLineWarning {
  readonly option: string;
  readonly path: string;
  readonly message: string;
}

/**
 * What `parseCommandLine` returns. `Request` is the request's type: a generated package passes
 * the operation's input type, which a successful result's request has been validated as (with
 * `{ validate: false }`, or with `skeleton` set, it is what the command line said, unchecked).
 */
export type ParseCommandLineResult<Request = Record<string, unknown>> =
  | {
      readonly ok: true;
      /** The request, members in option order, then the cli-input document's other members. */
      readonly request: Request;
      readonly warnings: readonly CommandLineWarning[];
      /** Set when `--generate-cli-skeleton` was given: print that instead of sending. */
      readonly skeleton?: SkeletonKind;
      /** The positional file name of an operation with a streaming output (`streamingOutput`). */
      readonly outfile?: string;
      /** The AWS CLI global options given (`--region`, `--output`, …), when any was. */
      readonly globals?: GlobalOptions;
      /**
       * For a paginated operation: whether the AWS CLI would page and with which settings.
       * `request` is then the first page's request: the starting token's members and the page
       * size (as the limit key) are in it, `PaginationConfig` is not.
       */
      readonly pagination?: CommandLinePagination;
    }
  | { readonly ok: false; readonly errors: readonly CommandLineError[]; readonly exitCode: number };

function failure(errors: CommandLineError[]): ParseCommandLineResult {
  return { ok: false, errors, exitCode: exitCodeFor(errors) };
}

/**
 * Whether the AWS CLI relaxes required options for this argv (it looks for the exact words, of
 * options the operation has).
 */
function requiredRelaxed(operation: CliOperationDescription, argv: readonly string[]): boolean {
  if (operation.streamingOutput !== undefined) return false;
  return (
    argv.includes(CLI_INPUT_JSON) ||
    argv.includes(CLI_INPUT_YAML) ||
    argv.includes(GENERATE_CLI_SKELETON)
  );
}

/** A fresh random UUID (version 4), from the platform's Web Crypto (Node 19+, browsers). */
function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Parses the words after the operation name. Never throws on any argv: every problem is an
 * error value with its option (and, for validation, its path).
 */
export function parseCommandLine(
  operation: CliOperationDescription,
  bindings: CommandLineBindings,
  argv: readonly string[],
  options: ParseCommandLineOptions = {},
): ParseCommandLineResult {
  // A program may pass anything as argv: a usage error naming it, not a TypeError inside.
  const read = readWordList(argv, "argv");
  if (!read.ok) return failure([{ kind: "usage", message: read.problem }]);
  const specs = optionTable(operation);
  // 0. The AWS CLI's global options, taken out wherever they are (global-options.ts).
  const taken = takeGlobalOptions(read.words);
  if (!taken.ok) return failure([taken.error]);
  const words = taken.remaining;
  const globals = taken.globals ? { globals: taken.globals } : {};

  // 1. Usage.
  const takesOutfile = operation.streamingOutput !== undefined;
  const scan = scanArgv(words, specs, takesOutfile);
  if (!scan.ok)
    return failure([
      { kind: "usage", message: scan.message, ...(scan.option ? { option: scan.option } : {}) },
    ]);
  const given = scan.values;
  const pagination = operation.pagination;
  const pagingValues = new Map<PagingSetting, string | number>();
  for (const spec of specs) {
    const occurrence = spec.paging && pagination ? given.get(spec.dest) : undefined;
    if (!occurrence) continue;
    const converted = pagingWord(spec, occurrence.words[0]!, pagination!);
    if (!converted.ok)
      return failure([{ kind: "usage", option: spec.name, message: converted.message }]);
    pagingValues.set(spec.paging!, converted.value);
  }
  if (!requiredRelaxed(operation, words)) {
    // A required boolean is shown as required in the synopsis, but its flags are never
    // required on the line (the AWS CLI adds them to argparse without `required`), nor is an
    // option a customization made line-optional: leaving them out is the model validation's to
    // report, as botocore's does.
    const missing = specs
      .filter(
        (s) =>
          s.required && s.arity !== "none" && s.option?.lineOptional !== true && !given.has(s.dest),
      )
      .map((s) => s.name);
    if (takesOutfile && scan.positional === undefined) missing.push(OUTFILE);
    if (missing.length > 0) {
      return failure([
        {
          kind: "usage",
          message: `the following arguments are required: ${missing.join(", ")}`,
          option: missing[0]!,
        },
      ]);
    }
  }

  // 2. Unknown options.
  if (scan.unknown.length > 0) {
    const names = specs.filter((s) => s.option?.hidden !== true).map((s) => s.name);
    return failure(
      scan.unknown.map((word): CommandLineError => {
        const suggestion = word.startsWith("-")
          ? suggestName(word.split("=", 1)[0]!, names)
          : undefined;
        const what = word.startsWith("-")
          ? `unknown option ${word}`
          : `unexpected word ${JSON.stringify(word)} (no option takes it here)`;
        return {
          kind: "unknown-option",
          option: word,
          message: suggestion ? `${what}; did you mean ${suggestion}?` : what,
          ...(suggestion ? { suggestion } : {}),
        };
      }),
    );
  }

  const jsonInput = given.get(BUILTIN_DEST.cliInputJson);
  const yamlInput = given.get(BUILTIN_DEST.cliInputYaml);
  if (jsonInput && yamlInput) {
    return failure([
      {
        kind: "usage",
        option: CLI_INPUT_YAML,
        message: `${CLI_INPUT_JSON} and ${CLI_INPUT_YAML} cannot be used together`,
      },
    ]);
  }
  let paginate = false;
  if (pagination) {
    const decision = decidePagination(operation, pagination, specs, given, pagingValues);
    if (!decision.ok) return failure([decision.error]);
    paginate = decision.paginate;
  }

  // 3. Option values, in option-table order (the order the AWS CLI builds the request in).
  const request: Record<string, unknown> = {};
  const fromOptions = new Map<string, string>();
  /** Members whose values hold what files held, with the references read. */
  const fromFiles = new Map<string, string[]>();
  const valueErrors: CommandLineError[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (spec.paging && pagingValues.has(spec.paging)) {
      const value = pagingValues.get(spec.paging)!;
      if (!paginate && spec.shadows?.member) {
        // Pagination off: the option is the member's again.
        setMember(request, spec.shadows.member, value);
        fromOptions.set(spec.shadows.member, spec.name);
        continue;
      }
      // The AWS CLI checks `int(value) > 0` here, so a string limit key still needs a number.
      const problem = spec.paging === "MaxItems" ? maxItemsProblem(value) : undefined;
      if (problem) return failure([{ kind: "syntax", option: spec.name, message: problem }]);
      const config = (
        Object.hasOwn(request, PAGINATION_CONFIG) ? request[PAGINATION_CONFIG] : {}
      ) as Record<string, unknown>;
      setMember(config, spec.paging, value);
      setMember(request, PAGINATION_CONFIG, config);
      continue;
    }
    if (!spec.member || seen.has(spec.dest)) continue;
    const occurrence: OptionOccurrence | undefined = given.get(spec.dest);
    if (!occurrence) continue;
    seen.add(spec.dest);
    const optionName = occurrence.spec.name;
    if (occurrence.spec.arity === "none") {
      setMember(request, spec.member, occurrence.spec.flagValue ?? true);
      fromOptions.set(spec.member, optionName);
      continue;
    }
    let result: ArgumentResult;
    const reads: string[] = [];
    const argumentOptions = options.files ? { files: recordReads(options.files, reads) } : {};
    try {
      result = bindings.parseArgument
        ? bindings.parseArgument(optionName, occurrence.words, argumentOptions)
        : parseArgumentWords(
            operation.shapes,
            occurrence.spec.option!,
            occurrence.words,
            argumentOptions,
          );
    } catch (e) {
      result = { ok: false, error: { message: String((e as Error)?.message ?? e) } };
    }
    if (result.ok) {
      setMember(request, spec.member, result.value);
      fromOptions.set(spec.member, optionName);
      if (reads.length > 0) fromFiles.set(spec.member, [...new Set(reads)]);
    } else {
      const message = typeof result.error === "string" ? result.error : result.error.message;
      // The shorthand's own messages already name the option ("Error parsing parameter '--x'").
      const named = message.includes(`'${optionName}'`) || message.startsWith(`${optionName}:`);
      valueErrors.push({
        kind: "syntax",
        option: optionName,
        message: named ? message : `${optionName}: ${message}`,
      });
    }
  }
  if (valueErrors.length > 0) return failure(valueErrors);

  const skeletonWords = given.get(BUILTIN_DEST.generateCliSkeleton);
  if (skeletonWords) {
    // The skeleton replaces the call: the document and validation no longer matter.
    return {
      ok: true,
      request,
      warnings: [],
      skeleton: skeletonWords.words[0] as SkeletonKind,
      ...globals,
    };
  }

  // 4. The cli-input document fills in what the options did not set.
  const input = jsonInput ?? yamlInput;
  if (input) {
    const option = jsonInput ? CLI_INPUT_JSON : CLI_INPUT_YAML;
    const value = input.words[0]!;
    const reader = bindings.readTextFile;
    const documentFiles: FileSource | undefined = reader
      ? { readText: reader, readBytes: (path) => new TextEncoder().encode(reader(path)) }
      : options.files;
    const loaded = loadCliInput(option, value, {
      ...(documentFiles ? { files: documentFiles } : {}),
      ...(options.maxCliInputBytes !== undefined ? { maxBytes: options.maxCliInputBytes } : {}),
    });
    if (!loaded.ok) {
      const { line, column } = loaded.error;
      return failure([
        {
          kind: "cli-input",
          option,
          message: loaded.error.message,
          ...(line !== undefined ? { line, column: column! } : {}),
        },
      ]);
    }
    const fromFile = value.startsWith("file://") || value.startsWith("fileb://");
    for (const key of Object.keys(loaded.value)) {
      if (Object.hasOwn(request, key)) continue;
      setMember(request, key, loaded.value[key]);
      if (fromFile) fromFiles.set(key, [value]);
    }
  }

  // 5. Idempotency tokens (top-level members only, as botocore fills them).
  for (const option of operation.options) {
    if (option.idempotencyToken !== true || Object.hasOwn(request, option.member)) continue;
    setMember(request, option.member, (options.idempotencyToken ?? randomUuid)());
  }

  let settings: CommandLinePagination | undefined;
  if (pagination && paginate) {
    const page = firstPage(request, pagination, fromOptions);
    if (!page.ok) return failure([page.error]);
    settings = page.settings;
  } else if (pagination) settings = { paginate: false };
  const pagingWarnings: CommandLineWarning[] = [];
  const maxItems = pagingValues.get("MaxItems");
  if (paginate && maxItems !== undefined && Number(maxItems) <= 0) {
    pagingWarnings.push({
      option: "--max-items",
      path: "",
      message: "Non-positive values for --max-items may result in undefined behavior.",
    });
  }
  const extras = {
    ...globals,
    ...(scan.positional !== undefined ? { outfile: scan.positional } : {}),
    ...(settings ? { pagination: settings } : {}),
  };

  // 6. Validation.
  if (options.validate === false || !bindings.validate)
    return { ok: true, request, warnings: pagingWarnings, ...extras };
  const memberOf = (path: string): string => /^[^.[]*/.exec(path)![0];
  const optionOf = (path: string): string => {
    const member = memberOf(path);
    return (
      fromOptions.get(member) ??
      (input
        ? jsonInput
          ? CLI_INPUT_JSON
          : CLI_INPUT_YAML
        : (operation.options.find((o) => o.member === member && !o.negated && !o.hidden)?.name ??
          ""))
    );
  };
  let verdict: ReturnType<RequestValidator>;
  try {
    verdict = bindings.validate(request);
  } catch (e) {
    return failure([
      {
        kind: "internal",
        message: `validation failed unexpectedly: ${String((e as Error)?.message ?? e)}`,
      },
    ]);
  }
  const warnings = [
    ...pagingWarnings,
    ...(verdict.warnings ?? []).map((w) => ({
      option: optionOf(w.path),
      path: w.path,
      message: w.message,
    })),
  ];
  if (verdict.ok) return { ok: true, request, warnings, ...extras };
  return failure(
    verdict.issues
      .filter((i) => (i.severity ?? "error") === "error")
      .map((i): CommandLineError => {
        const option = optionOf(i.path);
        const sources = fromFiles.get(memberOf(i.path));
        const text = sources ? fileSourcedMessage(i, sources) : i.message;
        return {
          kind: "validation",
          option,
          path: i.path,
          code: i.code,
          message: `${option}${i.path ? ` (${i.path})` : ""}: ${text}`,
        };
      }),
  );
}
