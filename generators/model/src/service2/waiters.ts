// botocore's `waiters-2.json` (with its `waiters-2.sdk-extras.json`, merged as botocore merges
// every sdk-extras file) → `shapekit.botocore#waiters` on the converted operations.
//
// A waiter polls one operation until an acceptor matches a response: the AWS CLI's
// `aws <service> wait <waiter>` commands. Smithy's `smithy.waiters#waitable` cannot hold what the
// AWS CLI runs on: botocore's fixed `delay` and `maxAttempts`, `status` matchers (an HTTP status
// code), expected values that are numbers, and `retry` acceptors on a path. So each polled
// operation gets botocore's configs whole, keyed by waiter name, in one trait defined here (as
// `shapekit.botocore#paginator` is): waiters.ts reads it, and reads `@waitable` of Smithy models.
//
// Problems with the file as a whole (not JSON, not version 2, no `waiters` object) are warnings
// and the model loads without waiters: botocore fails only when a waiter is asked for. A single
// bad waiter (no `operation`, an operation the model does not have, an acceptor botocore would
// refuse) is a warning and is left out.

import type { AstShape, NodeValue } from "../ast.js";
import { error, warning, type Diagnostic } from "../diagnostic.js";
import { pointer } from "../source-location.js";
import { api, type ConversionContext } from "./context.js";
import { formatJsonPath, isObject, own, type JsonPath } from "./format.js";
import { readCompanionDocument, type Service2Companion } from "./companion-document.js";
import type { JsonDocument } from "./json-document.js";

/** The trait that keeps botocore's waiter configs of an operation, by waiter name. */
export const BOTOCORE_WAITERS_TRAIT = "shapekit.botocore#waiters";
const WAITER_SHAPE = "shapekit.botocore#Waiter";
const ACCEPTORS_SHAPE = "shapekit.botocore#WaiterAcceptors";
const ACCEPTOR_SHAPE = "shapekit.botocore#WaiterAcceptor";

/** The acceptor states and matchers botocore's `WaiterModel` (version 2) knows. */
export const WAITER_STATES: ReadonlySet<string> = new Set(["success", "failure", "retry"]);
export const WAITER_MATCHERS: ReadonlySet<string> = new Set([
  "path",
  "pathAll",
  "pathAny",
  "status",
  "error",
]);
const PATH_MATCHERS = new Set(["path", "pathAll", "pathAny"]);

/** A waiter name botocore's `xform_name` turns into a command (`EndpointInService`). */
export const WAITER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** botocore's waiter file and the sdk-extras files merged into it, in order. */
export type Service2Waiters = Service2Companion;

/** Parses the waiter file (merging its extras); no document, and the problems, when it is unusable. */
export function readWaiters(waiters: Service2Waiters): {
  document?: JsonDocument;
  diagnostics: Diagnostic[];
} {
  const read = readCompanionDocument(waiters, "waiters", "waiters");
  const document = read.document;
  if (document === undefined) return read;
  // An object with a `waiters` object: readCompanionDocument checked it.
  const value = document.value as Record<string, unknown>;
  if (own(value, "version") !== 2) {
    const at = document.locate(Object.hasOwn(value, "version") ? ["version"] : []);
    return {
      diagnostics: [
        error(
          "waiters",
          `Unsupported waiters file version ${JSON.stringify(own(value, "version") ?? null)}: botocore reads version 2`,
          at,
        ),
      ],
    };
  }
  return { document, diagnostics: [] };
}

/** The file-level problems of `readWaiters` as warnings: the model still loads, without waiters. */
export function waiterFileWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) =>
    warning(d.code, `${d.message}; the waiters are ignored`, d.location),
  );
}

/**
 * Adds each waiter of `document.waiters` to the converted operation it polls, as
 * `shapekit.botocore#waiters`, with the trait's definition when any operation has one.
 */
export function addWaiterTraits(document: JsonDocument, ctx: ConversionContext): void {
  const waiters = own(document.value, "waiters") as Record<string, unknown>;
  const byOperation = new Map<string, Record<string, NodeValue>>();
  for (const name of Object.keys(waiters).sort()) {
    const path: JsonPath = ["waiters", name];
    const warn = (message: string, at: JsonPath = path) =>
      ctx.diagnostics.push(
        warning("waiters", `${message} (at ${formatJsonPath(at)})`, document.locate(at)),
      );
    if (!WAITER_NAME.test(name)) {
      warn(
        `The waiter name ${JSON.stringify(name)} is not a name a command can have; it is ignored`,
      );
      continue;
    }
    const config = readWaiter(waiters[name], path, warn);
    if (config === undefined) continue;
    const shape = ctx.shapes[ctx.id(config.operation)];
    if (shape?.type !== "operation") {
      warn(
        `The waiter polls an operation the model does not have: ${config.operation}; it is ignored`,
        [...path, "operation"],
      );
      continue;
    }
    let traitValue = byOperation.get(config.operation);
    if (!traitValue) {
      byOperation.set(config.operation, (traitValue = {}));
      ctx.sources.set(
        pointer.trait(ctx.id(config.operation), BOTOCORE_WAITERS_TRAIT),
        document.locate(path),
      );
    }
    traitValue[name] = config.value;
  }
  for (const [operation, value] of byOperation) {
    const shape = ctx.shapes[ctx.id(operation)]!;
    shape.traits = { ...shape.traits, [BOTOCORE_WAITERS_TRAIT]: value };
  }
  if (byOperation.size > 0) Object.assign(ctx.shapes, waiterTraitShapes());
}

/** One waiter as the trait keeps it, or `undefined` (warned) when botocore would refuse it. */
function readWaiter(
  value: unknown,
  path: JsonPath,
  warn: (message: string, at?: JsonPath) => void,
): { operation: string; value: Record<string, NodeValue> } | undefined {
  if (!isObject(value)) {
    warn("A waiter must be an object");
    return undefined;
  }
  const operation = own(value, "operation");
  if (typeof operation !== "string" || operation === "") {
    warn("A waiter needs `operation`, the name of the operation it polls");
    return undefined;
  }
  const delay = own(value, "delay");
  if (typeof delay !== "number" || !Number.isFinite(delay) || delay < 0) {
    warn("A waiter needs `delay`, the seconds between two calls (a number, 0 or more)", [
      ...path,
      "delay",
    ]);
    return undefined;
  }
  const maxAttempts = own(value, "maxAttempts");
  if (typeof maxAttempts !== "number" || !Number.isInteger(maxAttempts) || maxAttempts < 1) {
    warn("A waiter needs `maxAttempts`, how many calls it makes at most (an integer, 1 or more)", [
      ...path,
      "maxAttempts",
    ]);
    return undefined;
  }
  const acceptors = own(value, "acceptors");
  if (!Array.isArray(acceptors) || acceptors.length === 0) {
    warn("A waiter needs `acceptors`, a non-empty list", [...path, "acceptors"]);
    return undefined;
  }
  const read: NodeValue[] = [];
  for (const [i, acceptor] of acceptors.entries()) {
    const at: JsonPath = [...path, "acceptors", i];
    const problem = acceptorProblem(acceptor);
    if (problem !== undefined) {
      warn(`${problem}; the waiter is ignored`, at);
      return undefined;
    }
    const a = acceptor as Record<string, unknown>;
    read.push({
      state: a.state as string,
      matcher: a.matcher as string,
      ...(a.argument !== undefined ? { argument: a.argument as string } : {}),
      expected: a.expected as NodeValue,
    });
  }
  const description = own(value, "description");
  return {
    operation,
    value: {
      delay,
      maxAttempts,
      acceptors: read,
      ...(typeof description === "string" && description !== "" ? { description } : {}),
    },
  };
}

/** Why botocore would refuse an acceptor, or `undefined` when it is one it runs. */
function acceptorProblem(acceptor: unknown): string | undefined {
  if (!isObject(acceptor)) return "An acceptor must be an object";
  const state = own(acceptor, "state");
  const matcher = own(acceptor, "matcher");
  if (typeof state !== "string" || !WAITER_STATES.has(state))
    return `An acceptor's \`state\` is success, failure or retry, not ${JSON.stringify(state ?? null)}`;
  if (typeof matcher !== "string" || !WAITER_MATCHERS.has(matcher))
    return `An acceptor's \`matcher\` is path, pathAll, pathAny, status or error, not ${JSON.stringify(matcher ?? null)}`;
  const expected = own(acceptor, "expected");
  if (expected === undefined || expected === null)
    return "An acceptor needs `expected`, the value it matches";
  const argument = own(acceptor, "argument");
  if (PATH_MATCHERS.has(matcher) && (typeof argument !== "string" || argument === ""))
    return `A ${matcher} acceptor needs \`argument\`, the JMESPath expression it searches`;
  if (argument !== undefined && typeof argument !== "string")
    return "An acceptor's `argument` must be a string";
  return undefined;
}

/** The definitions of `shapekit.botocore#waiters` and the shapes it refers to. */
function waiterTraitShapes(): Record<string, AstShape> {
  const text = { target: api("String") };
  const required = { [api("required")]: {} };
  return {
    [BOTOCORE_WAITERS_TRAIT]: {
      type: "map",
      key: text,
      value: { target: WAITER_SHAPE },
      traits: {
        [api("trait")]: { selector: "operation" },
        [api("documentation")]:
          "botocore's waiters (waiters-2.json) that poll an operation, by waiter name; set by ShapeKit's service-2 converter.",
      },
    },
    [WAITER_SHAPE]: {
      type: "structure",
      members: {
        delay: { target: api("Double"), traits: required },
        maxAttempts: { target: api("Integer"), traits: required },
        acceptors: { target: ACCEPTORS_SHAPE, traits: required },
        description: text,
      },
    },
    [ACCEPTORS_SHAPE]: { type: "list", member: { target: ACCEPTOR_SHAPE } },
    [ACCEPTOR_SHAPE]: {
      type: "structure",
      members: {
        state: { ...text, traits: required },
        matcher: { ...text, traits: required },
        argument: text,
        expected: { target: api("Document"), traits: required },
      },
    },
  };
}
