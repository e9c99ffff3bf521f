// The options of one operation as the AWS CLI defines them: the description's (one per input
// member, a `--no-x` beside each boolean `--x`), plus the options the AWS CLI adds to every operation that we support
// (`--cli-input-json`, `--cli-input-yaml`, `--generate-cli-skeleton`). How many words each takes
// follows the AWS CLI: a list takes one or more, a boolean is a `--x` / `--no-x` pair taking
// none, everything else takes exactly one.
// A paginated operation also gets `--starting-token`, `--page-size` (with a limit key) and
// `--max-items` after the cli-input options; one whose name a member option already has takes that
// option's place (IAM's `--max-items`), and the member's option is kept as `shadows`. `--no-paginate`
// (a global option of the AWS CLI, accepted anywhere) is accepted by every operation.

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
  /** For the pagination options: which setting (`PaginationConfig` key) it gives. */
  readonly paging?: PagingSetting;
  /**
   * Matched only when written in full, never by an abbreviation: for an option the AWS CLI v1
   * does not have (`--cli-input-yaml`), so that `--cli-input` still means `--cli-input-json`,
   * as it does there.
   */
  readonly fullNameOnly?: boolean;
  /** For a pagination option that took a member option's name: that option (used with `--no-paginate`). */
  readonly shadows?: OptionSpec;
}

/** The keys of botocore's `PaginationConfig`, one per pagination option. */
export type PagingSetting = "StartingToken" | "PageSize" | "MaxItems";

export const CLI_INPUT_JSON = "--cli-input-json";
export const CLI_INPUT_YAML = "--cli-input-yaml";
export const GENERATE_CLI_SKELETON = "--generate-cli-skeleton";
export const STARTING_TOKEN = "--starting-token";
export const PAGE_SIZE = "--page-size";
export const MAX_ITEMS = "--max-items";
export const NO_PAGINATE = "--no-paginate";

/** Destinations of the built-in options (never member names: those start with a capital). */
export const BUILTIN_DEST = {
  cliInputJson: "cli-input-json",
  cliInputYaml: "cli-input-yaml",
  generateCliSkeleton: "generate-cli-skeleton",
  startingToken: "starting-token",
  pageSize: "page-size",
  maxItems: "max-items",
  noPaginate: "no-paginate",
} as const;

/** Every option string of the operation, in the AWS CLI's order: members, then built-ins. */
export function optionTable(operation: CliOperationDescription): OptionSpec[] {
  const specs: OptionSpec[] = [];
  for (const option of operation.options) {
    const type = shapeOf(operation, option.shape).type;
    const base = { dest: option.member, member: option.member, option, name: option.name };
    if (type === "boolean") {
      specs.push({
        ...base,
        arity: "none",
        flagValue: option.negated !== true,
        required: option.required && option.negated !== true,
      });
    } else {
      specs.push({
        ...base,
        arity: type === "list" ? "zero-or-more" : "one",
        required: option.required,
      });
    }
  }
  // The AWS CLI adds no cli-input or skeleton options where the response goes to an outfile.
  const streaming = operation.streamingOutput !== undefined;
  if (!streaming) {
    specs.push({
      name: CLI_INPUT_JSON,
      dest: BUILTIN_DEST.cliInputJson,
      arity: "one",
      required: false,
    });
    specs.push({
      name: CLI_INPUT_YAML,
      dest: BUILTIN_DEST.cliInputYaml,
      arity: "one",
      required: false,
      fullNameOnly: true,
    });
  }
  if (operation.pagination) {
    const paging: OptionSpec[] = [
      {
        name: STARTING_TOKEN,
        dest: BUILTIN_DEST.startingToken,
        arity: "one",
        required: false,
        paging: "StartingToken",
      },
    ];
    if (operation.pagination.limitKey !== undefined)
      paging.push({
        name: PAGE_SIZE,
        dest: BUILTIN_DEST.pageSize,
        arity: "one",
        required: false,
        paging: "PageSize",
      });
    paging.push({
      name: MAX_ITEMS,
      dest: BUILTIN_DEST.maxItems,
      arity: "one",
      required: false,
      paging: "MaxItems",
    });
    for (const spec of paging) {
      const at = specs.findIndex((s) => s.member !== undefined && s.name === spec.name);
      if (at === -1) specs.push(spec);
      else specs[at] = { ...spec, shadows: specs[at]! };
    }
  }
  if (!streaming) {
    specs.push({
      name: GENERATE_CLI_SKELETON,
      dest: BUILTIN_DEST.generateCliSkeleton,
      arity: "zero-or-one",
      defaultValue: "input",
      choices: SKELETON_KINDS,
      required: false,
    });
  }
  if (!specs.some((s) => s.name === NO_PAGINATE))
    specs.push({
      name: NO_PAGINATE,
      dest: BUILTIN_DEST.noPaginate,
      arity: "none",
      flagValue: true,
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
  const pair = operation.options.find(
    (o) => o.member === option.member && o.negated === true && o.hidden !== true,
  );
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
    if (spec.paging) lines.push(`[${spec.name} <value>]`);
    else if (spec.name === CLI_INPUT_JSON) lines.push(`[${CLI_INPUT_JSON} | ${CLI_INPUT_YAML}]`);
    else if (spec.name === GENERATE_CLI_SKELETON) lines.push(`[${GENERATE_CLI_SKELETON} <value>]`);
    if (!spec.option || spec.option.negated || spec.option.hidden) continue;
    const text =
      spec.arity === "none"
        ? `${spec.name} | ${negatedOptionName(operation, spec.option)}`
        : `${spec.name} <value>`;
    lines.push(spec.required ? text : `[${text}]`);
  }
  if (operation.streamingOutput !== undefined) lines.push(`<${OUTFILE}>`);
  return lines.join("\n");
}
