// Waiter polling cases for the comparison with botocore's own `Waiter`
// (record-awscli-waiters.py): random answers shaped by a waiter's acceptors, and the same
// polling run with `@shapekit/cli/waiting`'s `waitFor`. Used by conformance-awscli-waiters.mjs,
// fuzz-waiters-awscli.mjs and packages/cli/test/waiter-polling.test.ts (which replays a recording).

/** Error codes besides the acceptors' own: an error no acceptor expects fails the wait. */
const OTHER_CODES = ["ThrottlingException", "AccessDenied", "InternalError"];
/** Leaf values besides the acceptors' expected ones. */
const OTHER_VALUES = ["pending", "", "other", 0, 1, true, false, null];

/** A JMESPath expression's field paths (`Reservations[].Instances[].State.Name`), as segments. */
function fieldPaths(expression) {
  // Literals and raw strings name no field.
  const bare = expression.replace(/`[^`]*`|'[^']*'|"[^"]*"/g, " ");
  const paths = [];
  const chain =
    /[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])*)*/g;
  for (const m of bare.matchAll(chain)) {
    const after = bare.slice(m.index + m[0].length).trimStart();
    if (after.startsWith("(")) continue; // a function's name
    paths.push(
      m[0].split(/\s*\.\s*/).map((segment) => {
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(segment)[0];
        return { name, lists: (segment.match(/\[/g) ?? []).length };
      }),
    );
  }
  return paths;
}

/**
 * Sets `segments` under `target`: objects for fields, lists (of 0 to 3 items, drawn once per
 * list) for brackets, `leaf()` at the end.
 */
function place(target, segments, leaf, random) {
  const [first, ...rest] = segments;
  if (first === undefined) return;
  const build = (existing, lists) => {
    if (lists === 0) {
      if (rest.length === 0) return leaf();
      const object =
        existing !== null && typeof existing === "object" && !Array.isArray(existing)
          ? existing
          : {};
      place(object, rest, leaf, random);
      return object;
    }
    const list = Array.isArray(existing)
      ? existing
      : Array.from({ length: Math.floor(random() * 4) }, () => undefined);
    for (let i = 0; i < list.length; i++) list[i] = build(list[i], lists - 1);
    return list;
  };
  target[first.name] = build(target[first.name], first.lists);
}

/** One random answer of the waiter's operation: a response, or a service error. */
function randomAnswer(acceptors, { random, pick }) {
  const codes = [
    ...acceptors
      .filter((a) => a.matcher === "error" && typeof a.expected === "string")
      .map((a) => a.expected),
    ...OTHER_CODES,
  ];
  const statuses = [
    ...acceptors.filter((a) => a.matcher === "status").map((a) => a.expected),
    200,
    400,
    500,
  ];
  const values = [...acceptors.map((a) => a.expected), ...OTHER_VALUES];
  if (random() < 0.25)
    return {
      Error: { Code: pick(codes), Message: pick(["not found", "slow down", "Unknown"]) },
      ResponseMetadata: { HTTPStatusCode: pick(statuses.filter((s) => s >= 300).concat(400)) },
    };
  const response = {};
  for (const acceptor of acceptors)
    if (acceptor.argument !== undefined)
      for (const path of fieldPaths(acceptor.argument))
        if (random() < 0.85) place(response, path, () => pick(values), random);
  response.ResponseMetadata = { HTTPStatusCode: pick([200, 200, ...statuses]) };
  return response;
}

/**
 * `n` random polling cases over `waiters` (`{ service, waiter, acceptors }`): 1 to 6 answers
 * each, the last repeated until the waiter stops.
 */
export function randomWaiterCases(n, random, waiters) {
  return Array.from({ length: n }, () => {
    const { service, waiter, acceptors } = random.pick(waiters);
    const count = 1 + Math.floor(random.random() * 6);
    const responses = Array.from({ length: count }, () => randomAnswer(acceptors, random));
    return { service, waiter, responses };
  });
}

/** `@shapekit/cli`'s `CliWaiter` of a recorded botocore config. */
export function waiterFromConfig(name, config) {
  return {
    name,
    waiterName: name,
    operation: config.operation,
    delay: config.delay,
    maxAttempts: config.maxAttempts,
    acceptors: config.acceptors,
  };
}

/**
 * The case polled with `cli.waitFor` and `waiter`: `{ calls, sleeps, outcome }` as the recorder
 * writes them. Service errors are rejected (the SDK's way) on odd calls and resolved on even
 * ones: botocore's waiter sees both alike.
 */
export async function ourPolling(c, cli, waiter) {
  let calls = 0;
  const sleeps = [];
  let outcome;
  try {
    const result = await cli.waitFor(
      () => {
        const answer = structuredClone(c.responses[Math.min(++calls, c.responses.length) - 1]);
        return answer.Error !== undefined && calls % 2 === 1
          ? Promise.reject(answer)
          : Promise.resolve(answer);
      },
      {},
      waiter,
      { sleep: (seconds) => (sleeps.push(seconds), Promise.resolve()) },
    );
    outcome = result.ok ? "success" : result.message;
  } catch (e) {
    outcome = `exception: ${e?.name ?? "Error"}: ${e?.message ?? e}`;
  }
  return { calls, sleeps, outcome };
}

/** Whether ours agrees with botocore's recorded polling (any exception matches an exception). */
export function samePolling(ours, recorded) {
  const outcome = recorded.outcome.startsWith("exception:")
    ? ours.outcome.startsWith("exception:")
    : ours.outcome === recorded.outcome;
  return (
    outcome &&
    ours.calls === recorded.calls &&
    JSON.stringify(ours.sleeps) === JSON.stringify(recorded.sleeps)
  );
}
