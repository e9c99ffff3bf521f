// Pagination on the command line, as the AWS CLI v1 does it, in the order it does it:
//   1. argparse converts `--page-size` / `--max-items` to the limit key's type (`int()` for
//      integer and long, the word as is for string) and `--starting-token` stays text;
//   2. setting a hidden member option the paginator drives (an input token, the limit key) turns
//      pagination off, as does `--no-paginate`; then a pagination option given with a non-empty,
//      non-zero value is an error. An option that took a member option's name (IAM's
//      `--max-items`) sets that member instead when pagination is off;
//   3. the options become `PaginationConfig` (when they are given); a cli-input document may
//      hold one too, used only when no option set one, and it is read as botocore reads it;
//   4. the first request: the command's members, the starting token's members, the limit key
//      set to the page size. `--max-items` only cuts the output, so it is not part of it.
// Without pagination, a `PaginationConfig` left in the request is sent on as a member, as the
// AWS CLI does (and its parameter check then refuses it).

import { NumberSyntaxError, pythonInt, pythonStringRepr } from "@shapekit/shorthand";
import type { OptionOccurrence } from "./argv-scanner.js";
import type { CommandLineError } from "./command-line-error.js";
import type { CliOperationDescription, CliPagination } from "./operation-description.js";
import {
  BUILTIN_DEST,
  MAX_ITEMS,
  NO_PAGINATE,
  type OptionSpec,
  type PagingSetting,
} from "./option-table.js";
import { readStartingToken } from "./starting-token.js";
import { setMember } from "./set-member.js";

/** The pagination settings of a parsed command line (see `ParseCommandLineResult`). */
export interface CommandLinePagination {
  /** Whether the AWS CLI would page through the results (`false`: one call, with the request as given). */
  readonly paginate: boolean;
  /** `--starting-token` (or the cli-input document's `PaginationConfig.StartingToken`). */
  readonly startingToken?: string;
  /** `--page-size`: the limit key's value on every request. */
  readonly pageSize?: number | string;
  /** `--max-items`: how many results the output holds at most. */
  readonly maxItems?: number;
}

const PAGINATION_CONFIG = "PaginationConfig";

/** The key the AWS CLI adds to the request for the paginator; a member name nowhere. */
export { PAGINATION_CONFIG };

type Converted =
  | { readonly ok: true; readonly value: string | number }
  | { readonly ok: false; readonly message: string };

/** argparse's conversion of a pagination option's word (its `type=`), or its usage message. */
export function pagingWord(spec: OptionSpec, word: string, pagination: CliPagination): Converted {
  if (spec.paging === "StartingToken" || pagination.type === "string")
    return { ok: true, value: word };
  try {
    return { ok: true, value: pythonInt(word) };
  } catch (e) {
    if (!(e instanceof NumberSyntaxError)) throw e;
    return {
      ok: false,
      message: `argument ${spec.name}: invalid int value: ${pythonStringRepr(word)}`,
    };
  }
}

/** Python's complaint about `int(value) <= 0` for a `--max-items` word of a string limit key, if any. */
export function maxItemsProblem(value: string | number): string | undefined {
  const converted = pythonIntOf(value);
  return converted.ok ? undefined : converted.message;
}

/** The option name of a member, as the AWS CLI looks it up (`xform_name`, not its aliases). */
function memberOptionName(operation: CliOperationDescription, member: string): string | undefined {
  return (
    operation.options.find((o) => o.member === member && o.negated !== true && o.hidden !== true)
      ?.name ?? operation.options.find((o) => o.member === member && o.negated !== true)?.name
  );
}

/**
 * Step 2: whether the command pages, or the error the AWS CLI stops with. `values` are the
 * converted words of the pagination options that were given.
 */
export function decidePagination(
  operation: CliOperationDescription,
  pagination: CliPagination,
  specs: readonly OptionSpec[],
  given: ReadonlyMap<string, OptionOccurrence>,
  values: ReadonlyMap<PagingSetting, string | number>,
):
  | { readonly ok: true; readonly paginate: boolean }
  | { readonly ok: false; readonly error: CommandLineError } {
  let paginate = !given.has(BUILTIN_DEST.noPaginate);
  const driven = [
    ...pagination.inputTokens,
    ...(pagination.limitKey !== undefined ? [pagination.limitKey] : []),
  ];
  for (const member of driven) {
    const name = memberOptionName(operation, member);
    // The AWS CLI leaves these two names out of the check (its own `--max-items` may sit there).
    if (name === undefined || name === "--start-token" || name === MAX_ITEMS) continue;
    const spec = specs.find((s) => s.name === name);
    if (spec && given.has(spec.dest)) paginate = false;
  }
  if (paginate) return { ok: true, paginate };
  const used = specs
    .filter((s) => s.paging && !s.shadows && truthy(values.get(s.paging)))
    .map((s) => s.name);
  if (used.length === 0) return { ok: true, paginate };
  return {
    ok: false,
    error: {
      kind: "usage",
      option: used[0]!,
      message: `Error during pagination: Cannot specify ${NO_PAGINATE} along with pagination arguments: ${used.join(", ")}`,
    },
  };
}

function truthy(value: string | number | undefined): boolean {
  return value !== undefined && value !== "" && value !== 0;
}

function typeName(value: unknown): string {
  if (value === null) return "NoneType";
  if (Array.isArray(value)) return "list";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  return typeof value === "object" ? "dict" : typeof value;
}

/** Python's `int(value)` of a JSON value. */
function pythonIntOf(value: unknown): Converted {
  if (typeof value === "number") return { ok: true, value: Math.trunc(value) };
  if (typeof value === "boolean") return { ok: true, value: value ? 1 : 0 };
  if (typeof value === "string") {
    try {
      return { ok: true, value: pythonInt(value) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  }
  return {
    ok: false,
    message: `int() argument must be a string, a bytes-like object or a real number, not '${typeName(value)}'`,
  };
}

/** Python's `str(value)` of a JSON scalar. */
function pythonStr(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (value === null) return "None";
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

/**
 * Steps 3–4 for a paging command: takes `PaginationConfig` out of `request` and turns the request
 * into the first page's. `sources` learns which option set the members it adds.
 */
export function firstPage(
  request: Record<string, unknown>,
  pagination: CliPagination,
  sources: Map<string, string>,
):
  | { readonly ok: true; readonly settings: CommandLinePagination }
  | { readonly ok: false; readonly error: CommandLineError } {
  const fail = (message: string, option?: string) => ({
    ok: false as const,
    error: { kind: "syntax" as const, message, ...(option ? { option } : {}) },
  });
  const config = Object.hasOwn(request, PAGINATION_CONFIG) ? request[PAGINATION_CONFIG] : {};
  delete request[PAGINATION_CONFIG];
  if (typeof config !== "object" || config === null || Array.isArray(config))
    return fail(`'${typeName(config)}' object has no attribute 'get'`);
  const get = (key: string): unknown =>
    Object.hasOwn(config, key) ? (config as Record<string, unknown>)[key] : null;
  let maxItems: number | undefined;
  if (get("MaxItems") !== null) {
    const converted = pythonIntOf(get("MaxItems"));
    if (!converted.ok) return fail(converted.message, MAX_ITEMS);
    maxItems = converted.value as number;
  }
  let pageSize: number | string | undefined;
  if (get("PageSize") !== null) {
    if (pagination.limitKey === undefined)
      return fail(
        "Error during pagination: PageSize parameter is not supported for the pagination interface for this operation.",
      );
    if (pagination.type === "string") pageSize = pythonStr(get("PageSize"));
    else {
      const converted = pythonIntOf(get("PageSize"));
      if (!converted.ok) return fail(converted.message);
      pageSize = converted.value;
    }
  }
  const token = get("StartingToken");
  if (token !== null && typeof token !== "string")
    return fail(`'${typeName(token)}' object has no attribute 'encode'`);
  if (typeof token === "string") {
    const read = readStartingToken(token, pagination.inputTokens);
    if (!read.ok) return fail(read.message, "--starting-token");
    for (const [member, value] of read.members) {
      if (value === undefined) delete request[member];
      else {
        setMember(request, member, value);
        sources.set(member, "--starting-token");
      }
    }
  }
  if (pageSize !== undefined && pagination.limitKey !== undefined) {
    setMember(request, pagination.limitKey, pageSize);
    sources.set(pagination.limitKey, "--page-size");
  }
  return {
    ok: true,
    settings: {
      paginate: true,
      ...(typeof token === "string" ? { startingToken: token } : {}),
      ...(pageSize !== undefined ? { pageSize } : {}),
      ...(maxItems !== undefined ? { maxItems } : {}),
    },
  };
}
