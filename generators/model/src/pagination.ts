// How an operation paginates, from whichever model form it came in: Smithy's `@paginated` (IDL,
// JSON AST, or the service-2 converter), with the service's `@paginated` as defaults for the
// properties the operation leaves out (Smithy's merge rule: an operation is paginated only when it
// carries the trait itself), or botocore's whole config from `shapekit.botocore#paginator`
// (service2/paginators.ts), which takes precedence because it keeps every token.

import type { Shape } from "./model.js";
import { BOTOCORE_PAGINATOR_TRAIT } from "./service2/paginators.js";

const PAGINATED = "smithy.api#paginated";

/** An operation's pagination, in botocore's terms (every list has at least the Smithy value). */
export interface OperationPaginator {
  /** Input members the paginator sets from the previous page (the first is `@paginated`'s `inputToken`). */
  readonly inputTokens: readonly string[];
  /** Output paths (JMESPath in botocore) of the next page's tokens; empty when unknown. */
  readonly outputTokens: readonly string[];
  /** The input member that sets the page size (`pageSize`, botocore's `limit_key`). */
  readonly limitKey?: string;
  /** Output paths of the results (`items`, botocore's `result_key`). */
  readonly resultKeys: readonly string[];
  /** botocore's `more_results`, when there is one. */
  readonly moreResults?: string;
  /** botocore's `non_aggregate_keys`. */
  readonly nonAggregateKeys: readonly string[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * The pagination of `operation` in `service`, or `undefined` when it is not paginated or its
 * paginator names no input token (a `@paginated` whose `inputToken` neither the operation nor the
 * service sets describes nothing a command line can drive).
 */
export function operationPaginator(
  operation: Shape,
  service?: Shape,
): OperationPaginator | undefined {
  const botocore = record(operation.traits.get(BOTOCORE_PAGINATOR_TRAIT));
  if (botocore) {
    const inputTokens = texts(botocore.inputToken);
    if (inputTokens.length === 0) return undefined;
    const limitKey = text(botocore.limitKey);
    const moreResults = text(botocore.moreResults);
    return {
      inputTokens,
      outputTokens: texts(botocore.outputToken),
      ...(limitKey ? { limitKey } : {}),
      resultKeys: texts(botocore.resultKey),
      ...(moreResults ? { moreResults } : {}),
      nonAggregateKeys: texts(botocore.nonAggregateKeys),
    };
  }
  const own = record(operation.traits.get(PAGINATED));
  if (!own) return undefined;
  const defaults = service ? (record(service.traits.get(PAGINATED)) ?? {}) : {};
  const property = (name: string): string | undefined => text(own[name]) ?? text(defaults[name]);
  const inputToken = property("inputToken");
  if (inputToken === undefined) return undefined;
  const outputToken = property("outputToken");
  const pageSize = property("pageSize");
  const items = property("items");
  return {
    inputTokens: [inputToken],
    outputTokens: outputToken ? [outputToken] : [],
    ...(pageSize ? { limitKey: pageSize } : {}),
    resultKeys: items ? [items] : [],
    nonAggregateKeys: [],
  };
}
