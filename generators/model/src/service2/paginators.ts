// botocore's `paginators-1.json` (with its `paginators-1.sdk-extras.json`, merged as botocore
// merges every sdk-extras file) → pagination traits on the converted operations.
//
// botocore's paginator config says more than Smithy's `@paginated` can: `input_token`,
// `output_token` and `result_key` may be lists (S3 ListObjectVersions drives two input tokens,
// Route 53 ListResourceRecordSets three), output tokens and result keys may be JMESPath
// expressions (`NextMarker || Contents[-1].Key`), and `more_results` / `non_aggregate_keys` have no
// Smithy counterpart. The AWS CLI needs every input token (it hides them all and stops paginating
// when the user sets one) and the limit key. So every paginated operation gets:
//   - `smithy.api#paginated` with what Smithy can express: the first input token, the first output
//     token and the first result key when they are member paths, and `pageSize` from `limit_key`.
//     Tools that only know Smithy see a normal paginated operation, and an IDL/JSON AST model with
//     `@paginated` gets the same CLI surface (see pagination.ts);
//   - `shapekit.botocore#paginator` (defined here, in the converted file) holding botocore's whole
//     config, lists kept as lists, only when it says more than `@paginated` does; it then takes
//     precedence. One complete record rather than "the rest" keeps readers from merging two halves.
//
// Problems with the file as a whole (not JSON, not an object, no `pagination` object) are
// warnings and the model loads without pagination (botocore fails only when a paginator is asked
// for, so the rest of the service works in the AWS CLI too). A single bad entry (a missing `input_token`, a token that is not a
// member of the input, an operation the model does not have) is a warning and the operation is
// left unpaginated: the AWS CLI fails on such an operation, the rest of the service still works.

import type { AstShape, NodeValue } from "../ast.js";
import { warning, type Diagnostic } from "../diagnostic.js";
import { pointer } from "../source-location.js";
import { api, type ConversionContext } from "./context.js";
import { formatJsonPath, isObject, own, type JsonPath, type Service2Operation } from "./format.js";
import { readCompanionDocument, type Service2Companion } from "./companion-document.js";
import type { JsonDocument } from "./json-document.js";

/** The trait that keeps botocore's whole paginator config (see the module header). */
export const BOTOCORE_PAGINATOR_TRAIT = "shapekit.botocore#paginator";
const EXPRESSION_LIST = "shapekit.botocore#ExpressionList";

/** A member path Smithy's `@paginated` accepts (`NextToken`, `Result.NextToken`). */
const MEMBER_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** botocore's paginator file and the sdk-extras files merged into it, in order. */
export type Service2Paginators = Service2Companion;

/** One operation's paginator as botocore reads it, every list-or-string as a list. */
interface BotocorePaginator {
  readonly inputToken: string[];
  readonly outputToken: string[];
  readonly limitKey?: string;
  readonly resultKey: string[];
  readonly moreResults?: string;
  readonly nonAggregateKeys?: string[];
}

/** Parses the paginator file (merging its extras); no document, and warnings, when it is unusable. */
export function readPaginators(paginators: Service2Paginators): {
  document?: JsonDocument;
  diagnostics: Diagnostic[];
} {
  return readCompanionDocument(paginators, "paginators", "pagination");
}

/** The file-level problems of `readPaginators` as warnings: the model still loads, unpaginated. */
export function asWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) =>
    warning(d.code, `${d.message}; the paginators are ignored`, d.location),
  );
}

/**
 * Adds the pagination traits of every entry of `document.pagination` to the converted operation
 * of that name (`operations`: botocore's operations by name), with the trait definitions when
 * any operation needs `shapekit.botocore#paginator`.
 */
export function addPaginationTraits(
  document: JsonDocument,
  operations: ReadonlyMap<string, Service2Operation>,
  ctx: ConversionContext,
): void {
  const pagination = own(document.value, "pagination") as Record<string, unknown>;
  let needsDefinition = false;
  for (const name of Object.keys(pagination)) {
    const path: JsonPath = ["pagination", name];
    const warn = (message: string, at: JsonPath = path) =>
      ctx.diagnostics.push(
        warning("paginators", `${message} (at ${formatJsonPath(at)})`, document.locate(at)),
      );
    const operation = operations.get(name);
    const shape = ctx.shapes[ctx.id(name)];
    if (operation === undefined || shape?.type !== "operation") {
      warn(`The paginator names an operation the model does not have: ${name}; it is ignored`);
      continue;
    }
    const paginator = readPaginator(pagination[name], path, warn);
    if (paginator === undefined) continue;
    const inputMembers = inputMemberNames(operation, ctx);
    const missing = [
      ...paginator.inputToken,
      ...(paginator.limitKey ? [paginator.limitKey] : []),
    ].filter((member) => !inputMembers.has(member));
    if (missing.length > 0) {
      warn(
        `The paginator of ${name} names ${missing.map((m) => JSON.stringify(m)).join(", ")}, not ${missing.length === 1 ? "a member" : "members"} of its input; the operation is left unpaginated`,
      );
      continue;
    }
    const traits: Record<string, NodeValue> = shape.traits ?? {};
    traits[api("paginated")] = paginatedTrait(paginator);
    ctx.sources.set(pointer.trait(ctx.id(name), api("paginated")), document.locate(path));
    if (!expressibleInSmithy(paginator)) {
      traits[BOTOCORE_PAGINATOR_TRAIT] = botocoreTrait(paginator);
      ctx.sources.set(pointer.trait(ctx.id(name), BOTOCORE_PAGINATOR_TRAIT), document.locate(path));
      needsDefinition = true;
    }
    shape.traits = traits;
  }
  if (needsDefinition) {
    // Defined in every converted file that uses it: identical definitions merge (Smithy's rule).
    ctx.shapes[EXPRESSION_LIST] = { type: "list", member: { target: api("String") } };
    ctx.shapes[BOTOCORE_PAGINATOR_TRAIT] = paginatorTraitShape();
  }
}

function readPaginator(
  value: unknown,
  path: JsonPath,
  warn: (message: string, at?: JsonPath) => void,
): BotocorePaginator | undefined {
  if (!isObject(value)) {
    warn("A paginator must be an object");
    return undefined;
  }
  const expressions = (key: string, required: boolean): string[] | undefined | null => {
    const v = own(value, key);
    if (v === undefined) {
      if (required) warn(`A paginator needs \`${key}\``);
      return required ? null : undefined;
    }
    const list = Array.isArray(v) ? v : [v];
    if (list.length === 0 || !list.every((e) => typeof e === "string" && e !== "")) {
      warn(`\`${key}\` must be a non-empty string or a list of them`, [...path, key]);
      return null;
    }
    return list as string[];
  };
  const text = (key: string): string | undefined | null => {
    const v = own(value, key);
    if (v === undefined) return undefined;
    if (typeof v !== "string" || v === "") {
      warn(`\`${key}\` must be a non-empty string`, [...path, key]);
      return null;
    }
    return v;
  };
  const inputToken = expressions("input_token", true);
  const outputToken = expressions("output_token", true);
  const resultKey = expressions("result_key", false);
  const nonAggregateKeys = expressions("non_aggregate_keys", false);
  const limitKey = text("limit_key");
  const moreResults = text("more_results");
  if (
    !inputToken ||
    !outputToken ||
    resultKey === null ||
    nonAggregateKeys === null ||
    limitKey === null ||
    moreResults === null
  )
    return undefined;
  return {
    inputToken,
    outputToken,
    resultKey: resultKey ?? [],
    ...(limitKey !== undefined ? { limitKey } : {}),
    ...(moreResults !== undefined ? { moreResults } : {}),
    ...(nonAggregateKeys !== undefined ? { nonAggregateKeys } : {}),
  };
}

function inputMemberNames(operation: Service2Operation, ctx: ConversionContext): Set<string> {
  const shapeName = own(operation.input, "shape");
  const input = typeof shapeName === "string" ? ctx.input.get(shapeName) : undefined;
  return new Set(isObject(input?.members) ? Object.keys(input.members) : []);
}

function paginatedTrait(p: BotocorePaginator): Record<string, NodeValue> {
  const trait: Record<string, NodeValue> = { inputToken: p.inputToken[0]! };
  if (MEMBER_PATH.test(p.outputToken[0]!)) trait.outputToken = p.outputToken[0]!;
  if (p.limitKey !== undefined) trait.pageSize = p.limitKey;
  if (p.resultKey[0] !== undefined && MEMBER_PATH.test(p.resultKey[0]))
    trait.items = p.resultKey[0];
  return trait;
}

/** Whether `@paginated` alone says everything botocore's config does. */
function expressibleInSmithy(p: BotocorePaginator): boolean {
  return (
    p.inputToken.length === 1 &&
    p.outputToken.length === 1 &&
    MEMBER_PATH.test(p.outputToken[0]!) &&
    p.resultKey.length <= 1 &&
    p.resultKey.every((k) => MEMBER_PATH.test(k)) &&
    p.moreResults === undefined &&
    p.nonAggregateKeys === undefined
  );
}

function botocoreTrait(p: BotocorePaginator): Record<string, NodeValue> {
  return {
    inputToken: p.inputToken,
    outputToken: p.outputToken,
    ...(p.limitKey !== undefined ? { limitKey: p.limitKey } : {}),
    resultKey: p.resultKey,
    ...(p.moreResults !== undefined ? { moreResults: p.moreResults } : {}),
    ...(p.nonAggregateKeys !== undefined ? { nonAggregateKeys: p.nonAggregateKeys } : {}),
  };
}

function paginatorTraitShape(): AstShape {
  const list = { target: EXPRESSION_LIST };
  const text = { target: api("String") };
  return {
    type: "structure",
    members: {
      inputToken: { ...list, traits: { [api("required")]: {} } },
      outputToken: { ...list, traits: { [api("required")]: {} } },
      limitKey: text,
      resultKey: list,
      moreResults: text,
      nonAggregateKeys: list,
    },
    traits: {
      [api("trait")]: { selector: "operation" },
      [api("documentation")]:
        "botocore's paginator config of an operation (paginators-1.json), every token and key kept; set by ShapeKit's service-2 converter when it says more than @paginated.",
    },
  };
}
