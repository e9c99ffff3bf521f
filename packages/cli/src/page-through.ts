// Paging through a paginated operation's results with `--send`, as the AWS CLI does through
// botocore's paginator: the sender is called once per page, each next request carrying the
// tokens the last response gave; the first page can skip the results a `--starting-token`
// says were already printed (`boto_truncate_amount`); `--max-items` cuts the results, and a
// `NextToken` to resume from (base64 of the tokens as JSON) is printed with them. The pages'
// results are then merged into one response (lists joined, numbers added, text joined) with the
// first page's other members the paginator names (`non_aggregate_keys`); `--output text`
// prints page by page instead.

import { jmespathLibrary } from "#cli-jmespath";
import type { CliPagination } from "./operation-description.js";
// Through the package's root (its public names), which `runCommand` has loaded: what both use
// then stays in the root's file, rather than in a chunk every import of the root would load.
import { pythonCompactJson } from "./index.js";
import { bytesAsBase64, nestsDeeperThan } from "@shapekit/shorthand";

/** What paging through gave: the pages, the first page's other members, where to resume. */
export interface PagedResponse {
  /** Each page as the sender returned it (the first and last cut as `--starting-token` and `--max-items` say). */
  readonly pages: readonly Record<string, unknown>[];
  /** The paginator's `non_aggregate_keys` of the first page. */
  readonly nonAggregate: Record<string, unknown>;
  /** The token to resume from (`NextToken` of the output), when `--max-items` stopped early. */
  readonly resumeToken?: string;
}

/** The paginator's settings from the command line. */
export interface PagingSettings {
  readonly maxItems?: number;
  /** How many results of the first page `--starting-token` skips (`boto_truncate_amount`). */
  readonly skip?: number;
  /** The input tokens the starting token set (the first request carries them). */
  readonly startingTokens?: Readonly<Record<string, unknown>>;
}

type Page = Record<string, unknown>;

/** A paginator that names the next page's tokens. */
export type PagingPaginator = CliPagination & { readonly outputTokens: readonly string[] };

/** Thrown where botocore's paginator stops with an error (a token received twice, say). */
export class PaginationError extends Error {
  override readonly name = "PaginationError";
}

/**
 * Calls `send` for the first request and for every next page, as botocore's `PageIterator`
 * does, and gives the pages. `first` is the first page's request (tokens of a starting token
 * and the page size already in it).
 */
export async function pageThrough(
  send: (input: Record<string, unknown>) => Promise<unknown>,
  first: Record<string, unknown>,
  paginator: PagingPaginator,
  settings: PagingSettings,
): Promise<PagedResponse> {
  const [primary, ...secondary] = paginator.resultKeys;
  if (primary === undefined) throw new PaginationError("the paginator names no result key");
  const input = { ...first };
  const pages: Page[] = [];
  const nonAggregate: Record<string, unknown> = {};
  let nextToken: Record<string, unknown> = settings.startingTokens
    ? { ...settings.startingTokens }
    : Object.fromEntries(paginator.inputTokens.map((name) => [name, null]));
  let previousToken: Record<string, unknown> | undefined;
  let resume: Record<string, unknown> | undefined;
  let total = 0;
  let skipped = 0;
  for (let index = 0; ; index++) {
    // Pages are cut and merged below: on copies, never on what the sender handed over.
    const page = copyOf(asPage(await send({ ...input })));
    if (index === 0) {
      if (settings.startingTokens !== undefined) {
        skipped = settings.skip ?? 0;
        const all = search(primary, page);
        setByPath(
          page,
          primary,
          Array.isArray(all) || typeof all === "string" ? all.slice(skipped) : null,
        );
        for (const key of secondary) setByPath(page, key, emptyLike(search(key, page)));
      }
      for (const key of paginator.nonAggregateKeys ?? [])
        setByPath(nonAggregate, key, search(key, page) ?? null);
    } else {
      skipped = 0;
    }
    const results = search(primary, page) ?? [];
    const count = lengthOf(results);
    const excess = settings.maxItems === undefined ? 0 : total + count - settings.maxItems;
    if (excess > 0) {
      const kept = count - excess;
      if (!Array.isArray(results) && typeof results !== "string")
        throw new PaginationError("a page's results are not a list");
      setByPath(page, primary, results.slice(0, kept));
      resume = { ...nextToken, boto_truncate_amount: kept + skipped };
      pages.push(page);
      break;
    }
    pages.push(page);
    total += count;
    nextToken = tokensOf(page, paginator);
    if (Object.values(nextToken).every((value) => value === null)) break;
    if (settings.maxItems !== undefined && total === settings.maxItems) {
      resume = nextToken;
      break;
    }
    if (previousToken !== undefined && sameJson(previousToken, nextToken))
      throw new PaginationError(
        `The same next token was received twice: ${pythonCompactJson(nextToken)}`,
      );
    for (const [name, value] of Object.entries(nextToken)) {
      if (value !== null && value !== "None") setMember(input, name, value);
      else delete input[name];
    }
    previousToken = nextToken;
  }
  return {
    pages,
    nonAggregate,
    ...(resume !== undefined ? { resumeToken: resumeToken(resume, paginator.inputTokens) } : {}),
  };
}

/**
 * The pages as one response, as botocore's `build_full_result`: each result key's values of
 * every page joined (lists) or added (numbers, text), the first page's non-aggregate members,
 * and `NextToken` when there is one to resume from.
 */
export function mergedResponse(
  paged: PagedResponse,
  paginator: CliPagination,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const page of paged.pages) {
    for (const key of paginator.resultKeys) {
      const value = search(key, page);
      if (value === null || value === undefined) continue;
      const existing = search(key, merged);
      if (existing === null || existing === undefined) setByPath(merged, key, value);
      else if (Array.isArray(value)) {
        if (!Array.isArray(existing))
          throw new PaginationError(`the pages' ${key} are not all lists`);
        // One by one: a page's results can outnumber what a spread into one call takes.
        for (const item of value as unknown[]) existing.push(item);
      } else if (typeof value === "number" || typeof value === "string") {
        if (typeof existing !== typeof value)
          throw new PaginationError(`the pages' ${key} are not all of one type`);
        setByPath(merged, key, (existing as number) + (value as number));
      }
    }
  }
  mergeInto(merged, paged.nonAggregate);
  if (paged.resumeToken !== undefined) merged.NextToken = paged.resumeToken;
  return merged;
}

/**
 * What `--output text` prints for each page: its results under their keys, the first page with
 * the non-aggregate members; then the resume token as `{ NextToken: { NextToken: … } }`.
 */
export function textPages(paged: PagedResponse, paginator: CliPagination): unknown[] {
  const shown: unknown[] = paged.pages.map((page, i) => {
    const current: Record<string, unknown> = i === 0 ? paged.nonAggregate : {};
    for (const key of paginator.resultKeys) setByPath(current, key, search(key, page) ?? null);
    return current;
  });
  if (paged.resumeToken !== undefined) shown.push({ NextToken: { NextToken: paged.resumeToken } });
  return shown;
}

/** Lists and plain objects copied all the way down; other values (bytes, dates) shared. */
function copyOf<T>(value: T): T {
  if (nestsDeeperThan(value, MAX_PAGE_NESTING))
    throw new PaginationError(`a page nests more than ${MAX_PAGE_NESTING} levels deep`);
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (
      isRecord(v) &&
      (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)
    ) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) setMember(out, key, copy(v[key]));
      return out;
    }
    return v;
  };
  return copy(value) as T;
}

/** How deep a page may nest (as a response may: see `MAX_RESPONSE_NESTING`). */
const MAX_PAGE_NESTING = 500;

/** The value at a paginator's JMESPath expression (`null` where there is none). */
function search(expression: string, data: unknown): unknown {
  return jmespathLibrary().search(data, expression);
}

function asPage(response: unknown): Page {
  if (typeof response === "object" && response !== null && !Array.isArray(response))
    return response as Page;
  throw new PaginationError("the sender's response to a page is not an object");
}

/** The tokens of the next request, or none (`{}`) when `more_results` says there is no more. */
function tokensOf(page: Page, paginator: PagingPaginator): Record<string, unknown> {
  if (paginator.moreResults !== undefined && !truthy(search(paginator.moreResults, page)))
    return {};
  const tokens: Record<string, unknown> = {};
  const pairs = Math.min(paginator.outputTokens.length, paginator.inputTokens.length);
  for (let i = 0; i < pairs; i++) {
    const value = search(paginator.outputTokens[i]!, page);
    // An empty token is no token.
    setMember(tokens, paginator.inputTokens[i]!, truthy(value) ? value : null);
  }
  return tokens;
}

/** Python's truth of a JSON value. */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "")
    return false;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Uint8Array) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

function lengthOf(results: unknown): number {
  if (Array.isArray(results) || typeof results === "string") return results.length;
  if (typeof results === "object" && results !== null) return Object.keys(results).length;
  throw new PaginationError("a page's results are not a list");
}

/**
 * A secondary result of the first page after a starting token: the results are emptied (`[]`,
 * `""`; they were printed with the page the token came from), a number is kept (DynamoDB's
 * `Count` still says what the service evaluated), anything else is `null`.
 */
function emptyLike(sample: unknown): unknown {
  if (Array.isArray(sample)) return [];
  if (typeof sample === "string") return "";
  // Python's bool is an int too.
  if (typeof sample === "number" || typeof sample === "boolean") return sample;
  return null;
}

/** An own, plain member (also for a name like `__proto__`, which `=` would take as the prototype). */
const MEMBER = { enumerable: true, writable: true, configurable: true } as const;
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { ...MEMBER, value });
}

/** Sets `value` at a dotted path (`A.B`), making the objects on the way (botocore's rule). */
function setByPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const dot = path.indexOf(".");
  const key = dot === -1 ? path : path.slice(0, dot);
  if (key === "") throw new PaginationError(`invalid result expression ${JSON.stringify(path)}`);
  if (dot === -1) {
    setMember(target, key, value);
    return;
  }
  if (!Object.hasOwn(target, key)) setMember(target, key, {});
  setByPath(target[key] as Record<string, unknown>, path.slice(dot + 1), value);
}

/** botocore's `merge_dicts`: `source` into `target`, objects merged member by member. */
function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    const existing = target[key];
    if (isRecord(value) && isRecord(existing) && Object.hasOwn(target, key))
      mergeInto(existing, value);
    else setMember(target, key, value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, bytesAsBase64) === JSON.stringify(b, bytesAsBase64);
}

/**
 * botocore's resume token: base64 of the tokens as Python's `json.dumps` writes them, bytes
 * values base64 with their paths listed in `boto_encoded_keys`. Its keys must be the input
 * tokens (and `boto_truncate_amount`), or botocore refuses it.
 */
function resumeToken(token: Record<string, unknown>, inputTokens: readonly string[]): string {
  const expected = [
    ...inputTokens,
    ...(Object.hasOwn(token, "boto_truncate_amount") ? ["boto_truncate_amount"] : []),
  ].sort();
  const keys = Object.keys(token).sort();
  if (expected.length !== keys.length || expected.some((k, i) => k !== keys[i]))
    throw new PaginationError(`Bad starting token: ${pythonCompactJson(token)}`);
  const encodedKeys: Array<Array<string | number>> = [];
  const encode = (value: unknown, path: Array<string | number>): unknown => {
    if (value instanceof Uint8Array) {
      encodedKeys.push(path);
      return bytesAsBase64("", value);
    }
    if (Array.isArray(value)) return value.map((item, i) => encode(item, [...path, i]));
    if (isRecord(value))
      return Object.fromEntries(Object.keys(value).map((k) => [k, encode(value[k], [...path, k])]));
    return value;
  };
  const plain = encode(token, []) as Record<string, unknown>;
  if (encodedKeys.length > 0) plain.boto_encoded_keys = encodedKeys;
  const bytes = new TextEncoder().encode(pythonCompactJson(plain));
  return bytesAsBase64("", bytes) as string;
}
