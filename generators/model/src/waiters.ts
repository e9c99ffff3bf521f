// Which waiters poll an operation, from whichever model form it came in: botocore's configs
// (`shapekit.botocore#waiters`, set by the service-2 converter from `waiters-2.json`: what the AWS
// CLI's `wait` commands run), or Smithy's `smithy.waiters#waitable` (IDL, JSON AST), read in
// botocore's terms so that one runtime polls both:
//   - `minDelay` (default 2, as Smithy says) is the fixed delay between calls; Smithy's backoff up
//     to `maxDelay` has no botocore counterpart;
//   - Smithy leaves the total wait to the caller; here it is 10 minutes (maxAttempts is 600 s over
//     the delay, rounded up), the total most of botocore's waiters have (249 of 602 in botocore
//     1.43);
//   - `output` matchers are `path` (stringEquals, booleanEquals), `pathAll` (allStringEquals) and
//     `pathAny` (anyStringEquals); `inputOutput` the same over `{ input, output }`; `errorType` an
//     `error` matcher of the error's name; `success: true` the `error` matcher that accepts a
//     response without an error, `success: false` the one that accepts any error.

import type { NodeValue } from "./ast.js";
import type { Model, Shape } from "./model.js";
import { cliOperationName } from "./naming/cli-names.js";
import {
  BOTOCORE_WAITERS_TRAIT,
  WAITER_MATCHERS as MATCHERS,
  WAITER_NAME,
  WAITER_STATES as STATES,
} from "./service2/waiters.js";

const WAITABLE = "smithy.waiters#waitable";

/** How long a Smithy waiter polls in all, in seconds (see the module header). */
export const SMITHY_WAITER_SECONDS = 600;
/** Smithy's default `minDelay`. */
const SMITHY_MIN_DELAY = 2;

/** When an acceptor matches and what it then decides, in botocore's terms. */
export interface WaiterAcceptor {
  /** What a match decides: stop waiting (`success`), fail (`failure`), or poll again (`retry`). */
  readonly state: "success" | "failure" | "retry";
  /** `path`, `pathAll`, `pathAny`: a JMESPath search; `status`: the HTTP status; `error`: the error code. */
  readonly matcher: "path" | "pathAll" | "pathAny" | "status" | "error";
  /** The JMESPath expression of a path matcher. */
  readonly argument?: string;
  /** The expression searches `{ input, output }` (Smithy's `inputOutput`), not the response. */
  readonly inputOutput?: true;
  /** The value the search, status or error code must equal (`true`/`false`: any error / none). */
  readonly expected: NodeValue;
}

/** A waiter: an operation polled until an acceptor decides. */
export interface OperationWaiter {
  /** The model's name: `EndpointInService`. */
  readonly name: string;
  /** The AWS CLI's command after `wait`: `endpoint-in-service`. */
  readonly command: string;
  /** The id of the operation it polls. */
  readonly operation: string;
  /** Seconds between two calls. */
  readonly delay: number;
  /** Calls at most, the first one included. */
  readonly maxAttempts: number;
  readonly acceptors: readonly WaiterAcceptor[];
  /** What the model says the waiter waits for, when it says. */
  readonly description?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** botocore's config of one waiter (the trait holds only configs the converter checked). */
function botocoreWaiter(
  name: string,
  operation: Shape,
  value: unknown,
): OperationWaiter | undefined {
  const config = record(value);
  const acceptors = Array.isArray(config?.acceptors) ? config.acceptors : [];
  const read: WaiterAcceptor[] = [];
  for (const acceptor of acceptors) {
    const a = record(acceptor);
    if (!a || !STATES.has(a.state as string) || !MATCHERS.has(a.matcher as string))
      return undefined;
    read.push({
      state: a.state as WaiterAcceptor["state"],
      matcher: a.matcher as WaiterAcceptor["matcher"],
      ...(typeof a.argument === "string" ? { argument: a.argument } : {}),
      expected: a.expected as NodeValue,
    });
  }
  const delay = config?.delay;
  const maxAttempts = config?.maxAttempts;
  if (typeof delay !== "number" || typeof maxAttempts !== "number" || read.length === 0)
    return undefined;
  const description = config?.description;
  return {
    name,
    command: cliOperationName(name),
    operation: operation.id,
    delay,
    maxAttempts,
    acceptors: read,
    ...(typeof description === "string" && description !== "" ? { description } : {}),
  };
}

const COMPARATORS: Readonly<Record<string, WaiterAcceptor["matcher"]>> = {
  stringEquals: "path",
  booleanEquals: "path",
  allStringEquals: "pathAll",
  anyStringEquals: "pathAny",
};

/** A Smithy acceptor in botocore's terms (see the module header); `undefined` for one it cannot read. */
function smithyAcceptor(value: unknown): WaiterAcceptor | undefined {
  const acceptor = record(value);
  const state = acceptor?.state;
  const matcher = record(acceptor?.matcher);
  if (typeof state !== "string" || !STATES.has(state) || !matcher) return undefined;
  const base = { state: state as WaiterAcceptor["state"] };
  const search = record(matcher.output) ?? record(matcher.inputOutput);
  if (search) {
    const kind = COMPARATORS[search.comparator as string];
    if (
      kind === undefined ||
      typeof search.path !== "string" ||
      typeof search.expected !== "string"
    )
      return undefined;
    const expected =
      search.comparator === "booleanEquals" ? search.expected === "true" : search.expected;
    return {
      ...base,
      matcher: kind,
      argument: search.path,
      ...(matcher.inputOutput !== undefined ? { inputOutput: true as const } : {}),
      expected,
    };
  }
  if (typeof matcher.errorType === "string")
    return { ...base, matcher: "error", expected: matcher.errorType.replace(/^.*#/, "") };
  if (typeof matcher.success === "boolean")
    return { ...base, matcher: "error", expected: !matcher.success };
  return undefined;
}

/** A Smithy `@waitable` entry in botocore's terms; `undefined` for one it cannot read. */
function smithyWaiter(name: string, operation: Shape, value: unknown): OperationWaiter | undefined {
  const waiter = record(value);
  if (!waiter || !Array.isArray(waiter.acceptors)) return undefined;
  const acceptors = waiter.acceptors.map(smithyAcceptor);
  if (acceptors.length === 0 || acceptors.some((a) => a === undefined)) return undefined;
  const delay =
    typeof waiter.minDelay === "number" && waiter.minDelay >= 1
      ? waiter.minDelay
      : SMITHY_MIN_DELAY;
  const documentation = waiter.documentation;
  return {
    name,
    command: cliOperationName(name),
    operation: operation.id,
    delay,
    maxAttempts: Math.ceil(SMITHY_WAITER_SECONDS / delay),
    acceptors: acceptors as WaiterAcceptor[],
    ...(typeof documentation === "string" && documentation !== ""
      ? { description: documentation }
      : {}),
  };
}

/**
 * The waiters that poll `operation`, sorted by name: botocore's when the operation has them (the
 * AWS CLI's), else Smithy's `@waitable`. A waiter whose config cannot be read, or whose name
 * makes no command, is left out (the service-2 converter warned about botocore's; Smithy's trait
 * is the model's to get right).
 */
export function operationWaiters(operation: Shape): OperationWaiter[] {
  const botocore = record(operation.traits.get(BOTOCORE_WAITERS_TRAIT));
  const smithy = record(operation.traits.get(WAITABLE));
  const source = botocore ?? smithy;
  if (!source) return [];
  const read = botocore ? botocoreWaiter : smithyWaiter;
  return Object.keys(source)
    .filter((name) => WAITER_NAME.test(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => read(name, operation, source[name]))
    .filter((w): w is OperationWaiter => w !== undefined);
}

/**
 * Every waiter of the service's operations, sorted by name as botocore lists them. Two waiters of
 * one name (a model merged from files that each have one) keep the first, by operation id.
 */
export function serviceWaiters(model: Model, service: Shape): OperationWaiter[] {
  const byName = new Map<string, OperationWaiter>();
  const operations = model
    .closure([service.id])
    .filter((s) => s.type === "operation")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const operation of operations)
    for (const waiter of operationWaiters(operation))
      if (!byName.has(waiter.name)) byName.set(waiter.name, waiter);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
