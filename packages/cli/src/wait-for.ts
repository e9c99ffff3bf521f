// `wait <waiter> --send`: the waiter's operation is called until an acceptor decides, as
// botocore's `Waiter.wait` polls for the AWS CLI. After each call the acceptors are tried in
// order and the first that matches sets the state: `success` ends the wait, `failure` fails it,
// `retry` (or no match) polls again after `delay` seconds, up to `maxAttempts` calls. A service
// error no acceptor matches fails the wait. The messages are botocore's `WaiterError` texts,
// so a script reading them sees what the AWS CLI prints.
//
// A response is matched as botocore sees it: the sender's value (with its HTTP status, 200 when
// the sender gives none), or for a service error the parsed error response
// (`{ Error: { Code, Message }, ResponseMetadata: { HTTPStatusCode } }`); values compare with
// Python's `==` (`true == 1`), as botocore compares them.

import { jmespathLibrary } from "#cli-jmespath";
// Through the package's root (its public names), which `runCommand` has loaded: what both use
// then stays in the root's file, rather than in a chunk every import of the root would load.
import { serviceErrorOf } from "./index.js";
// Python's `str()`, as the text and table formatters print values (shared with them, in a
// chunk of the two lazily loaded entry points: the root loads neither).
import { pythonStr, type JsonValue } from "./python-text.js";
import type { CliWaiter, CliWaiterAcceptor } from "./waiter.js";

export { pythonStr };

/** How a wait ended. */
export type WaitOutcome =
  | { readonly ok: true; readonly attempts: number }
  | {
      readonly ok: false;
      readonly attempts: number;
      /** botocore's `WaiterError` text: `Waiter EndpointInService failed: …`. */
      readonly message: string;
    };

/** What polling needs besides the waiter. */
export interface WaitSettings {
  /** Waits `seconds` between two calls (a timer by default; tests and schedulers pass their own). */
  readonly sleep?: (seconds: number) => Promise<void>;
}

type Response = Record<string, unknown>;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The response botocore's waiter sees for one call: the value, or the parsed service error. */
async function call(
  send: (input: Record<string, unknown>) => Promise<unknown>,
  input: Record<string, unknown>,
): Promise<Response> {
  try {
    return withStatus(record(await send(input)) ?? {});
  } catch (e) {
    const error = serviceErrorOf(e);
    // Not the service's answer (a network failure, a bug): the wait stops with it.
    if (error === undefined) throw e;
    return {
      Error: {
        Code: error.code,
        ...(error.message !== undefined ? { Message: error.message } : {}),
      },
      ResponseMetadata:
        error.httpStatusCode !== undefined ? { HTTPStatusCode: error.httpStatusCode } : {},
    };
  }
}

/**
 * A successful response as botocore has it, with its HTTP status in `ResponseMetadata`: the
 * sender's, the AWS SDK's (`$metadata.httpStatusCode`), or 200 when the sender says none (it
 * answered, so the call succeeded). `status` acceptors (`s3api wait bucket-exists`) read it.
 */
function withStatus(response: Response): Response {
  const metadata = record(response.ResponseMetadata);
  if (metadata !== undefined && Object.hasOwn(metadata, "HTTPStatusCode")) return response;
  const sdkStatus = record(response.$metadata)?.httpStatusCode;
  const status = typeof sdkStatus === "number" ? sdkStatus : 200;
  return { ...response, ResponseMetadata: { ...metadata, HTTPStatusCode: status } };
}

/** Whether the response is a service error (botocore's `is_valid_waiter_error`). */
function isServiceError(response: Response): boolean {
  const error = record(response.Error);
  return error !== undefined && Object.hasOwn(error, "Code");
}

/** Python's `==` on JSON values: numbers and booleans compare as numbers (`True == 1`). */
export function pythonEquals(a: unknown, b: unknown): boolean {
  const numeric = (v: unknown) => typeof v === "number" || typeof v === "boolean";
  if (numeric(a) && numeric(b)) return Number(a) === Number(b);
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => pythonEquals(item, b[i]));
  }
  const x = record(a);
  const y = record(b);
  if (x === undefined || y === undefined) return a === b;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length &&
    keys.every((k) => Object.hasOwn(y, k) && pythonEquals(x[k], y[k]))
  );
}

/** Python's `str()` of an expected value or an error's code, as botocore's messages print it. */
function str(value: unknown): string {
  return pythonStr(value as JsonValue);
}

/** botocore's explanation of an acceptor, in its messages. */
function explanation(acceptor: CliWaiterAcceptor): string {
  const expected = str(acceptor.expected);
  switch (acceptor.matcher) {
    case "path":
      return `For expression "${acceptor.argument}" we matched expected path: "${expected}"`;
    case "pathAll":
      return `For expression "${acceptor.argument}" all members matched expected path: "${expected}"`;
    case "pathAny":
      return `For expression "${acceptor.argument}" we matched expected path: "${expected}" at least once`;
    case "status":
      return `Matched expected HTTP status code: ${expected}`;
    case "error":
      return `Matched expected service error code: ${expected}`;
  }
}

/** Whether `acceptor` matches the response of a call with `input`. */
function matches(
  acceptor: CliWaiterAcceptor,
  response: Response,
  input: Record<string, unknown>,
): boolean {
  switch (acceptor.matcher) {
    case "path":
    case "pathAll":
    case "pathAny": {
      if (isServiceError(response)) return false;
      const data = acceptor.inputOutput ? { input, output: response } : response;
      const found = jmespathLibrary().search(data, acceptor.argument ?? "@");
      if (acceptor.matcher === "path") return pythonEquals(found, acceptor.expected);
      if (!Array.isArray(found) || found.length === 0) return false;
      return acceptor.matcher === "pathAll"
        ? found.every((item) => pythonEquals(item, acceptor.expected))
        : found.some((item) => pythonEquals(item, acceptor.expected));
    }
    case "status":
      return pythonEquals(
        record(response.ResponseMetadata)?.HTTPStatusCode ?? null,
        acceptor.expected,
      );
    case "error": {
      if (acceptor.expected === true) return isServiceError(response);
      if (acceptor.expected === false) return !Object.hasOwn(response, "Error");
      const error = record(response.Error);
      return pythonEquals(
        error && Object.hasOwn(error, "Code") ? error.Code : "",
        acceptor.expected,
      );
    }
  }
}

/** The longest delay `setTimeout` keeps (a longer one fires at once): about 24.8 days. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** Waits `seconds`, in steps `setTimeout` can take: a model's delay may be longer than one. */
export async function timer(seconds: number): Promise<void> {
  let left = seconds * 1000;
  do {
    const step = Math.min(left, LONGEST_TIMEOUT_MS);
    await new Promise((resolve) => setTimeout(resolve, step));
    left -= step;
  } while (left > 0);
}

/**
 * Calls `send` with `input` until the waiter's acceptors decide, waiting `delay` seconds between
 * calls. Resolves to how the wait ended; rejects with what the sender threw when that is not a
 * service error (nothing a waiter can match).
 */
export async function waitFor(
  send: (input: Record<string, unknown>) => Promise<unknown>,
  input: Record<string, unknown>,
  waiter: CliWaiter,
  settings: WaitSettings = {},
): Promise<WaitOutcome> {
  const sleep = settings.sleep ?? timer;
  const fail = (attempts: number, reason: string): WaitOutcome => ({
    ok: false,
    attempts,
    message: `Waiter ${waiter.waiterName} failed: ${reason}`,
  });
  let state: CliWaiterAcceptor["state"] | "waiting" = "waiting";
  let matchedBefore = false;
  for (let attempts = 1; ; attempts++) {
    const response = await call(send, { ...input });
    // The acceptor the messages name: the one that matched, else the last one tried (botocore
    // names its loop variable's last value, whichever acceptor that was).
    let named: CliWaiterAcceptor | undefined;
    let matched = false;
    for (const acceptor of waiter.acceptors) {
      named = acceptor;
      if (matches(acceptor, response, input)) {
        matched = matchedBefore = true;
        state = acceptor.state;
        break;
      }
    }
    if (!matched && isServiceError(response)) {
      const error = record(response.Error)!;
      return fail(
        attempts,
        `An error occurred (${str(error.Code ?? "Unknown")}): ${str(error.Message ?? "Unknown")}`,
      );
    }
    if (state === "success") return { ok: true, attempts };
    if (state === "failure")
      return fail(attempts, `Waiter encountered a terminal failure state: ${explanation(named!)}`);
    if (attempts >= waiter.maxAttempts)
      return fail(
        attempts,
        matchedBefore
          ? `Max attempts exceeded. Previously accepted state: ${explanation(named!)}`
          : "Max attempts exceeded",
      );
    await sleep(waiter.delay);
  }
}
