// Waiters: the AWS CLI's `wait <waiter>` commands, which poll one operation until an acceptor
// decides (botocore's waiters-2.json; `aws` adds them through its waiters customization). A
// waiter's command is its operation's command under the waiter's name: the same options (less
// the customizations the AWS CLI gives the operation's own command, which it does not give the
// waiter's), the same request, no output (nothing is printed; the exit code says how the wait
// ended), and a description of what it waits for.

import type { CliOption } from "@shapekit/shorthand";
import type { CliOperationDescription } from "./operation-description.js";

/** When an acceptor matches a response, and what it then decides (botocore's acceptor). */
export interface CliWaiterAcceptor {
  /** `success` ends the wait, `failure` fails it, `retry` polls again. */
  readonly state: "success" | "failure" | "retry";
  /**
   * `path`: the JMESPath `argument` finds `expected`; `pathAll`: a non-empty list of results, each
   * `expected`; `pathAny`: a non-empty list with one `expected`; `status`: the HTTP status code is
   * `expected`; `error`: the error code is `expected` (`true`: any error, `false`: none).
   */
  readonly matcher: "path" | "pathAll" | "pathAny" | "status" | "error";
  readonly argument?: string;
  /** The expression searches `{ input, output }` (a Smithy model's `inputOutput` matcher). */
  readonly inputOutput?: true;
  readonly expected: unknown;
}

/** A waiter, as plain data (what a generated package embeds). */
export interface CliWaiter {
  /** The command after `wait`: `endpoint-in-service`. */
  readonly name: string;
  /** The model's name: `EndpointInService`. */
  readonly waiterName: string;
  /** The CLI name of the operation it polls: `describe-endpoint`. */
  readonly operation: string;
  /** Seconds between two calls. */
  readonly delay: number;
  /** Calls at most, the first included. */
  readonly maxAttempts: number;
  readonly acceptors: readonly CliWaiterAcceptor[];
  /** What the model says the waiter waits for (HTML), when it says. */
  readonly description?: string;
  /**
   * The command's options where they are not its operation's: the AWS CLI gives an operation's
   * own customizations (a renamed option) to the operation's command only.
   */
  readonly options?: readonly CliOption[];
}

/** The description of a waiter's command, from its operation's. */
export function waiterDescription(
  operation: CliOperationDescription,
  waiter: CliWaiter,
): CliOperationDescription {
  // No output and no streamed output: a wait prints nothing (and so has no output skeleton).
  const { output: _output, streamingOutput: _streaming, ...rest } = operation;
  return {
    ...rest,
    name: waiter.name,
    options: waiter.options ?? operation.options,
    documentation: {
      shapes: operation.documentation?.shapes ?? {},
      members: operation.documentation?.members ?? {},
      operation: waiterDocumentation(waiter),
    },
  };
}

/** `value` as a help page shows an expected value: text as it is, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function code(text: string): string {
  return `<code>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</code>`;
}

/** What the first success acceptor waits for, in words. */
function successCondition(acceptor: CliWaiterAcceptor): string {
  const expected = code(shown(acceptor.expected));
  const argument = code(acceptor.argument ?? "");
  switch (acceptor.matcher) {
    case "path":
      return `${argument} is ${expected}`;
    case "pathAll":
      return `every result of ${argument} is ${expected}`;
    case "pathAny":
      return `a result of ${argument} is ${expected}`;
    case "status":
      return `the service answers with HTTP status ${expected}`;
    case "error":
      if (acceptor.expected === true) return "the call fails with an error";
      if (acceptor.expected === false) return "the call succeeds";
      return `the call fails with ${expected}`;
  }
}

/** The waiter command's description (HTML, as the model's documentation is). */
export function waiterDocumentation(waiter: CliWaiter): string {
  const success = waiter.acceptors.find((a) => a.state === "success");
  const what =
    waiter.description ??
    `<p>Waits until ${success ? successCondition(success) : "a success state is reached"}, polling with ${code(waiter.operation)}.</p>`;
  const times = waiter.maxAttempts === 1 ? "once" : `at most ${waiter.maxAttempts} times`;
  return `${what}<p>Calls ${code(waiter.operation)} every ${waiter.delay} seconds, ${times}. The command prints nothing: it exits with 0 once a success state is reached, and with 255 on a failure state or when the last call reached none.</p>`;
}
