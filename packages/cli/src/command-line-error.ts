// Errors of a command line, and the exit code each kind maps to. The codes are the ones AWS CLI
// v2 documents (https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-returncodes.html):
//   0   success;
//   2   the command line could not be parsed: no or an unknown operation, an option without its
//       value, an ambiguous abbreviation, a required option missing;
//   252 the syntax of a value was invalid, an unknown parameter was given, or a value was
//       incorrect (cli-input documents and validation included);
//   255 anything else (an internal error, or a failure of the `--send` hook).
// AWS CLI v2.9 itself exits 252 for argparse's errors too; we keep 2 for them, as documented,
// so scripts can tell "you typed the command wrong" from "a value is wrong".

/** What went wrong, by stage. */
export type CommandLineErrorKind =
  "usage" | "unknown-option" | "syntax" | "cli-input" | "validation" | "internal";

/** One problem with a command line. */
export interface CommandLineError {
  readonly kind: CommandLineErrorKind;
  /** A sentence for a person, starting with the option it concerns. */
  readonly message: string;
  /** The option concerned, as the option table names it (`--production-variants`), or the unknown word. */
  readonly option?: string;
  /** For validation: where in the request (`ProductionVariants[0].VariantName`). */
  readonly path?: string;
  /** For validation: the validators' issue code (`required`, `pattern`, …). */
  readonly code?: string;
  /** For unknown options: the nearest option name. */
  readonly suggestion?: string;
  /** For cli-input documents: 1-based line and column of the error. */
  readonly line?: number;
  readonly column?: number;
}

/** The exit codes of the bin, as AWS CLI v2 documents them. */
export const EXIT_CODES = {
  success: 0,
  usage: 2,
  invalidParameter: 252,
  /** The service answered `--send` with an error (the AWS CLI's `ClientError`). */
  serviceError: 254,
  other: 255,
} as const;

/** The exit code for a failed command line: the first error decides. */
export function exitCodeFor(errors: readonly CommandLineError[]): number {
  const kind = errors[0]?.kind;
  if (kind === "usage") return EXIT_CODES.usage;
  if (kind === "internal") return EXIT_CODES.other;
  return EXIT_CODES.invalidParameter;
}
