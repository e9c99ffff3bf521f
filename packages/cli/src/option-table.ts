// The options of one operation as the AWS CLI defines them: the description's (one per input
// member, a `--no-x` beside each boolean `--x`), plus the options the AWS CLI adds to every operation that we support
// (`--cli-input-json`, `--cli-input-yaml`, `--generate-cli-skeleton`). How many words each takes
// follows the AWS CLI: a list takes one or more, a boolean is a `--x` / `--no-x` pair taking
// none, everything else takes exactly one.

import type { CliOption } from "@shapekit/shorthand";
import { shapeOf, type CliOperationDescription } from "./operation-description.js";
import { SKELETON_KINDS } from "./skeleton-text.js";

/**
 * How many words an option consumes after its name. A list takes any number (`--ids` alone is
 * an empty list, as argparse's `nargs="*"` makes it); `one-or-more` is kept for callers' tables.
 */
export type OptionArity = "one" | "one-or-more" | "zero-or-more" | "none" | "zero-or-one";

/** One option string the command line accepts. */
export interface OptionSpec {
  /** `--endpoint-config-name`, `--no-enable-network-isolation`. */
  readonly name: string;
  /** Which request member (or built-in setting) it sets; a boolean pair shares one. */
  readonly dest: string;
  readonly arity: OptionArity;
  readonly required: boolean;
  /** For `none`: the value the flag stores. */
  readonly flagValue?: boolean;
  /** For `zero-or-one`: the value when no word follows. */
  readonly defaultValue?: string;
  readonly choices?: readonly string[];
  /** The input member, for options made from one; absent for built-ins. */
  readonly member?: string;
  /** The description's option, for options made from a member. */
  readonly option?: CliOption;
}

export const CLI_INPUT_JSON = "--cli-input-json";
export const CLI_INPUT_YAML = "--cli-input-yaml";
export const GENERATE_CLI_SKELETON = "--generate-cli-skeleton";

/** Destinations of the built-in options (never member names: those start with a capital). */
export const BUILTIN_DEST = {
  cliInputJson: "cli-input-json",
  cliInputYaml: "cli-input-yaml",
  generateCliSkeleton: "generate-cli-skeleton",
} as const;

/** Every option string of the operation, in the AWS CLI's order: members, then built-ins. */
export function optionTable(operation: CliOperationDescription): OptionSpec[] {
  const specs: OptionSpec[] = [];
  for (const option of operation.options) {
    const type = shapeOf(operation, option.shape).type;
    const base = { dest: option.member, member: option.member, option, name: option.name };
    if (type === "boolean") {
      specs.push({ ...base, arity: "none", flagValue: option.negated !== true, required: option.required && option.negated !== true });
    } else {
      specs.push({ ...base, arity: type === "list" ? "zero-or-more" : "one", required: option.required });
    }
  }
  // The AWS CLI adds no cli-input or skeleton options where the response goes to an outfile.
  if (operation.streamingOutput !== undefined) return specs;
  specs.push({ name: CLI_INPUT_JSON, dest: BUILTIN_DEST.cliInputJson, arity: "one", required: false });
  specs.push({ name: CLI_INPUT_YAML, dest: BUILTIN_DEST.cliInputYaml, arity: "one", required: false });
  specs.push({
    name: GENERATE_CLI_SKELETON,
    dest: BUILTIN_DEST.generateCliSkeleton,
    arity: "zero-or-one",
    defaultValue: "input",
    choices: SKELETON_KINDS,
    required: false,
  });
  return specs;
}

/** The positional word of an operation with a streaming output: the file it is written to. */
export const OUTFILE = "outfile";

/** `--enable-network-isolation` → `--no-enable-network-isolation`. */
export function negatedName(name: string): string {
  return `--no-${name.slice(2)}`;
}

/**
 * The `--no-x` half of a boolean option as the description names it: the AWS CLI renames some
 * (`--no-no-reboot` is `--reboot`), so it is looked up by member, not spelled from `--x`.
 */
export function negatedOptionName(operation: CliOperationDescription, option: CliOption): string {
  const pair = operation.options.find((o) => o.member === option.member && o.negated === true && o.hidden !== true);
  return pair?.name ?? negatedName(option.name);
}

/**
 * The synopsis lines, exactly as the AWS CLI's help page prints them: the operation, required
 * options bare, optional ones in brackets, boolean pairs as `--x | --no-x`, then `<outfile>` for
 * a streaming output, or else the built-ins.
 * Hidden options (the AWS CLI's undocumented aliases) are left out.
 */
export function synopsis(operation: CliOperationDescription): string {
  const lines = [operation.name];
  for (const spec of optionTable(operation)) {
    if (!spec.option || spec.option.negated || spec.option.hidden) continue;
    const text = spec.arity === "none" ? `${spec.name} | ${negatedOptionName(operation, spec.option)}` : `${spec.name} <value>`;
    lines.push(spec.required ? text : `[${text}]`);
  }
  if (operation.streamingOutput !== undefined) {
    lines.push(`<${OUTFILE}>`);
    return lines.join("\n");
  }
  lines.push(`[${CLI_INPUT_JSON} | ${CLI_INPUT_YAML}]`);
  lines.push(`[${GENERATE_CLI_SKELETON} <value>]`);
  return lines.join("\n");
}
