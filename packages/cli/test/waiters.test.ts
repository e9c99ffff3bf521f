// The `wait` commands of a surface (the AWS CLI's waiters): the list, the help page, the command
// line parsed as the polled operation's under the waiter's name (its own options where the AWS
// CLI's differ), skeletons, and `--send`, which polls through the sender until an acceptor
// decides, with botocore's messages. botocore's own `Waiter` is held against the same polling in
// waiter-polling.test.ts (recorded cases); here each rule is shown on a small hand-made service.

import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import {
  createCommandSurface,
  EXIT_CODES,
  runCommand,
  serviceErrorOf,
  type CliOperationDescription,
  type CliWaiter,
  type RequestSender,
} from "@shapekit/cli";
import { pythonEquals, pythonStr, timer, waitFor } from "@shapekit/cli/waiting";

const describeThing: CliOperationDescription = {
  name: "describe-thing",
  operationName: "DescribeThing",
  input: "In",
  output: "Out",
  options: [
    { name: "--thing-name", member: "Name", shape: "S", required: true },
    { name: "--version-number", member: "Version", shape: "I", required: false },
  ],
  shapes: {
    In: {
      type: "structure",
      name: "In",
      members: [
        { name: "Name", shape: "S", required: true },
        { name: "Version", shape: "I" },
      ],
    },
    Out: {
      type: "structure",
      name: "Out",
      members: [
        { name: "Status", shape: "S" },
        { name: "Parts", shape: "L" },
      ],
    },
    L: { type: "list", name: "L", member: "P" },
    P: { type: "structure", name: "P", members: [{ name: "State", shape: "S" }] },
    S: { type: "string", name: "S" },
    I: { type: "integer", name: "I" },
  },
  documentation: { operation: "<p>Describes a thing.</p>", shapes: {}, members: {} },
};

const thingReady: CliWaiter = {
  name: "thing-ready",
  waiterName: "ThingReady",
  operation: "describe-thing",
  delay: 15,
  maxAttempts: 4,
  acceptors: [
    { state: "success", matcher: "path", argument: "Status", expected: "READY" },
    { state: "failure", matcher: "pathAny", argument: "Parts[].State", expected: "BROKEN" },
    { state: "retry", matcher: "error", expected: "Throttled" },
    { state: "failure", matcher: "error", expected: "NotFound" },
  ],
  // The AWS CLI gives an operation's own customizations (here: a renamed option) to the
  // operation's command, not to its waiters'.
  options: [
    { name: "--thing-name", member: "Name", shape: "S", required: true },
    { name: "--number", member: "Version", shape: "I", required: false },
  ],
};

const thingGone: CliWaiter = {
  name: "thing-gone",
  waiterName: "ThingGone",
  operation: "describe-thing",
  delay: 5,
  maxAttempts: 3,
  description: "<p>Waits until the thing is gone.</p>",
  acceptors: [{ state: "success", matcher: "error", expected: true }],
};

const surface = createCommandSurface({
  command: "shapekit-tiny",
  operations: [{ description: describeThing }],
  waiters: [thingReady, thingGone],
});

/** A service error as the AWS SDK for JavaScript v3 throws it. */
function sdkError(name: string, message: string, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode } });
}

/** Runs a command line with a sender answering `answers` in turn (the last one again after). */
async function run(argv: string[], answers: unknown[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: Parameters<RequestSender>[0][] = [];
  const sleeps: number[] = [];
  const send: RequestSender = (request) => {
    calls.push(request);
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  const code = await runCommand(surface, argv, {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    send,
    sleep: (seconds) => (sleeps.push(seconds), Promise.resolve()),
  });
  return { code, out: out.join(""), err: err.join(""), calls, sleeps };
}

describe("wait commands", () => {
  it("are listed, sorted by waiter name, by `wait` and `wait help`", async () => {
    expect(surface.wait?.names).toEqual(["thing-gone", "thing-ready"]);
    const listed = await run(["wait", "help"]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/waiters:\n {2}thing-gone\n {2}thing-ready\n/);
    const bare = await run(["wait"]);
    expect(bare.code).toBe(EXIT_CODES.usage);
    expect(bare.err).toContain("name a waiter");
    const usage = await run([]);
    expect(usage.err).toContain("shapekit-tiny wait <waiter> [options]");
  });

  it("keep one command per name, the later waiter's, as the AWS CLI's command table does", () => {
    const twice = createCommandSurface({
      command: "shapekit-tiny",
      operations: [{ description: describeThing }],
      waiters: [
        { ...thingGone, name: "abc-ready", waiterName: "AbcReady" },
        { ...thingGone, name: "abc-ready", waiterName: "ABCReady" },
      ],
    });
    expect(twice.wait?.names).toEqual(["abc-ready"]);
    expect(twice.wait?.waiter("abc-ready").waiter.waiterName).toBe("AbcReady");
  });

  it("read a catalog's waiter only when its command is first used, once", () => {
    const read: string[] = [];
    const lazy = createCommandSurface({
      command: "shapekit-tiny",
      operations: [{ description: describeThing }],
      waiters: {
        names: ["thing-gone", "thing-ready"],
        waiter: (name) => (read.push(name), name === "thing-gone" ? thingGone : thingReady),
      },
    });
    expect(lazy.wait?.names).toEqual(["thing-gone", "thing-ready"]);
    expect(read).toEqual([]);
    expect(lazy.wait?.optionTable("thing-ready").map((o) => o.name)).toContain("--number");
    lazy.wait?.renderHelp("thing-ready");
    expect(read).toEqual(["thing-ready"]);
  });

  it("refuse an unknown waiter with a suggestion", async () => {
    const r = await run(["wait", "thing-redy"]);
    expect(r.code).toBe(EXIT_CODES.usage);
    expect(r.err).toContain('unknown waiter "thing-redy"; did you mean thing-ready?');
    expect(() => surface.wait!.waiter("thing-redy")).toThrow(/Unknown waiter "thing-redy"/);
  });

  it("parse as the polled operation, under the waiter's own options", async () => {
    const r = await run(["wait", "thing-ready", "--thing-name", "t", "--number", "3"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ Name: "t", Version: 3 });
    // The dry run says what the wait would do, on stderr: stdout stays the request alone.
    expect(r.err).toBe(
      "shapekit-tiny wait thing-ready: dry run: the waiter would call describe-thing with this request every 15 seconds, at most 4 times, until a success or failure state\n",
    );
    // The operation keeps its own option; the waiter without an override has the operation's.
    expect((await run(["describe-thing", "--thing-name", "t", "--number", "3"])).code).not.toBe(0);
    expect(surface.wait!.optionTable("thing-gone").map((o) => o.name)).toContain(
      "--version-number",
    );
    const missing = await run(["wait", "thing-ready"]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain("--thing-name");
  });

  it("print an input skeleton, and no output skeleton (a wait prints nothing)", async () => {
    const input = await run(["wait", "thing-ready", "--generate-cli-skeleton"]);
    expect(JSON.parse(input.out)).toEqual({ Name: "", Version: 0 });
    const output = await run(["wait", "thing-ready", "--generate-cli-skeleton", "output"]);
    expect(output.code).toBe(EXIT_CODES.other);
    expect(output.err).toContain("no output skeleton");
    expect(output.err).toContain("describe-thing --generate-cli-skeleton output");
  });

  it("have a help page saying what they wait for, how often and how long", async () => {
    const page = (await run(["wait", "thing-ready", "help"])).out;
    expect(page).toContain("THING-READY");
    expect(page).toContain("Waits until `Status` is `READY`, polling with `describe-thing`.");
    expect(page).toContain("every 15 seconds, at most 4 times");
    expect(page).toContain("--number");
    expect(page).not.toContain("--version-number");
    const gone = (await run(["wait", "thing-gone", "help", "--format", "markdown"])).out;
    expect(gone).toContain("Waits until the thing is gone.");
  });
});

describe("wait --send", () => {
  const argv = ["wait", "thing-ready", "--thing-name", "t", "--send"];

  it("polls until a success state, sleeping the delay between calls, and prints nothing", async () => {
    const r = await run(argv, [{ Status: "PENDING" }, { Status: "PENDING" }, { Status: "READY" }]);
    expect(r).toMatchObject({ code: 0, out: "", err: "" });
    expect(r.sleeps).toEqual([15, 15]);
    expect(r.calls).toEqual(
      Array(3).fill({
        operation: "describe-thing",
        operationName: "DescribeThing",
        input: { Name: "t" },
      }),
    );
  });

  it("fails on a failure state with botocore's message, exit 255", async () => {
    const r = await run(argv, [{ Parts: [{ State: "OK" }, { State: "BROKEN" }] }]);
    expect(r.code).toBe(EXIT_CODES.other);
    expect(r.err).toBe(
      'shapekit-tiny wait thing-ready: error: Waiter ThingReady failed: Waiter encountered a terminal failure state: For expression "Parts[].State" we matched expected path: "BROKEN" at least once\n',
    );
  });

  it("gives up after maxAttempts calls, naming the last acceptor when one matched before", async () => {
    const never = await run(argv, [{ Status: "PENDING" }]);
    expect(never.calls).toHaveLength(4);
    expect(never.sleeps).toEqual([15, 15, 15]);
    expect(never.err).toContain("Waiter ThingReady failed: Max attempts exceeded\n");
    // A retry acceptor matched once: botocore then names the acceptor its loop ended on.
    const retried = await run(argv, [sdkError("Throttled", "slow down"), { Status: "PENDING" }]);
    expect(retried.err).toContain(
      "Max attempts exceeded. Previously accepted state: Matched expected service error code: NotFound\n",
    );
  });

  it("matches service errors by code, and fails on one no acceptor matches", async () => {
    const notFound = await run(argv, [sdkError("NotFound", "no such thing", 404)]);
    expect(notFound.err).toContain(
      "Waiter encountered a terminal failure state: Matched expected service error code: NotFound",
    );
    // A response holding an error code is an error response, as botocore's waiter sees one.
    const resolved = await run(argv, [{ Error: { Code: "AccessDenied", Message: "no" } }]);
    expect(resolved.err).toContain(
      "Waiter ThingReady failed: An error occurred (AccessDenied): no",
    );
    const denied = await run(argv, [sdkError("AccessDenied", "not yours")]);
    expect(denied.err).toContain(
      "Waiter ThingReady failed: An error occurred (AccessDenied): not yours",
    );
    expect(denied.calls).toHaveLength(1);
    const gone = await run(
      ["wait", "thing-gone", "--thing-name", "t", "--send"],
      [{ Status: "READY" }, { Status: "DELETING" }, sdkError("NotFound", "gone")],
    );
    expect(gone).toMatchObject({ code: 0, err: "" });
    expect(gone.calls).toHaveLength(3);
  });

  it("stops on a rejection that is not a service error, with it", async () => {
    const r = await run(argv, [new Error("socket hang up")]);
    expect(r.code).toBe(EXIT_CODES.other);
    expect(r.err).toBe("shapekit-tiny: error: socket hang up\n");
  });

  it("refuses paging options before calling (the AWS CLI passes them on, and the call fails)", async () => {
    const paged = createCommandSurface({
      command: "shapekit-tiny",
      operations: [
        {
          description: {
            ...describeThing,
            pagination: { inputTokens: ["Version"], type: "integer", resultKeys: ["Parts"] },
          },
        },
      ],
      waiters: [thingGone],
    });
    const calls: unknown[] = [];
    const err: string[] = [];
    const code = await runCommand(
      paged,
      ["wait", "thing-gone", "--thing-name", "t", "--max-items", "2", "--send"],
      {
        io: { stdout: () => {}, stderr: (t) => err.push(t) },
        send: (r) => (calls.push(r), Promise.resolve({})),
      },
    );
    expect(code).toBe(EXIT_CODES.invalidParameter);
    expect(calls).toEqual([]);
    expect(err.join("")).toContain("--max-items do not apply");
  });
});

describe("a service error on --send", () => {
  it("is printed as the AWS CLI prints a ClientError, exit 254", async () => {
    const r = await run(
      ["describe-thing", "--thing-name", "t", "--send"],
      [sdkError("NotFound", "no such thing")],
    );
    expect(r.code).toBe(EXIT_CODES.serviceError);
    expect(r.err).toBe(
      "shapekit-tiny describe-thing: error: An error occurred (NotFound) when calling the DescribeThing operation: no such thing\n",
    );
  });

  it("is recognised in the SDK's form and in botocore's, and nothing else is one", () => {
    expect(serviceErrorOf(sdkError("A", "m", 409))).toEqual({
      code: "A",
      message: "m",
      httpStatusCode: 409,
    });
    expect(
      serviceErrorOf({
        Error: { Code: "B", Message: "n" },
        ResponseMetadata: { HTTPStatusCode: 400 },
      }),
    ).toEqual({ code: "B", message: "n", httpStatusCode: 400 });
    for (const thrown of [new Error("x"), "text", null, undefined, { name: "A" }, { Error: {} }])
      expect(serviceErrorOf(thrown)).toBeUndefined();
  });
});

describe("waitFor", () => {
  it("matches a status acceptor on botocore's ResponseMetadata and on a service error's status", async () => {
    const waiter: CliWaiter = {
      ...thingGone,
      acceptors: [
        { state: "success", matcher: "status", expected: 404 },
        { state: "retry", matcher: "status", expected: 200 },
      ],
    };
    const answers = [{ ResponseMetadata: { HTTPStatusCode: 200 } }, sdkError("NotFound", "x", 404)];
    let i = 0;
    const outcome = await waitFor(
      () => {
        const a = answers[i++];
        return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
      },
      {},
      waiter,
      { sleep: () => Promise.resolve() },
    );
    expect(outcome).toEqual({ ok: true, attempts: 2 });
  });

  it("takes a response without a status as HTTP 200, or the SDK's $metadata status", async () => {
    // As s3api's bucket-exists waits: 200 is success, 404 polls again.
    const bucketExists: CliWaiter = {
      ...thingGone,
      acceptors: [
        { state: "success", matcher: "status", expected: 200 },
        { state: "retry", matcher: "status", expected: 404 },
      ],
    };
    const sleep = () => Promise.resolve();
    expect(await waitFor(() => Promise.resolve({}), {}, bucketExists, { sleep })).toEqual({
      ok: true,
      attempts: 1,
    });
    const notYet = { $metadata: { httpStatusCode: 404 } };
    const outcome = await waitFor(() => Promise.resolve(notYet), {}, bucketExists, { sleep });
    expect(outcome).toMatchObject({ ok: false, attempts: thingGone.maxAttempts });
  });

  it("searches { input, output } for an inputOutput acceptor", async () => {
    const waiter: CliWaiter = {
      ...thingGone,
      acceptors: [
        {
          state: "success",
          matcher: "path",
          argument: "input.Name == output.Status",
          inputOutput: true,
          expected: true,
        },
      ],
    };
    const outcome = await waitFor(() => Promise.resolve({ Status: "t" }), { Name: "t" }, waiter);
    expect(outcome).toEqual({ ok: true, attempts: 1 });
  });

  it("never changes the request it sends", async () => {
    const input = { Name: "t" };
    await waitFor(
      (sent) => ((sent.Name = "changed"), Promise.resolve({})),
      input,
      { ...thingGone, maxAttempts: 2 },
      { sleep: () => Promise.resolve() },
    );
    expect(input).toEqual({ Name: "t" });
  });
});

describe("the default sleep", () => {
  it("waits a delay longer than setTimeout takes in one step (which would fire at once)", async () => {
    vi.useFakeTimers();
    try {
      let done = false;
      const days30 = 30 * 24 * 3600;
      void timer(days30).then(() => (done = true));
      await vi.advanceTimersByTimeAsync((days30 - 1) * 1000);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1000);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("Python's == and str()", () => {
  const json = fc.jsonValue();
  it("== is reflexive and symmetric on JSON values", () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(pythonEquals(a, a)).toBe(true);
        expect(pythonEquals(a, b)).toBe(pythonEquals(b, a));
      }),
      { seed: 1207 },
    );
  });
  it("compares booleans as numbers and nothing else across kinds", () => {
    expect(pythonEquals(true, 1)).toBe(true);
    expect(pythonEquals(false, 0)).toBe(true);
    expect(pythonEquals(1, 1.0)).toBe(true);
    expect(pythonEquals("1", 1)).toBe(false);
    expect(pythonEquals(null, false)).toBe(false);
    expect(pythonEquals([true], [1])).toBe(true);
    expect(pythonEquals({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
  it("str() writes what botocore's messages print", () => {
    expect(pythonStr("InService")).toBe("InService");
    expect(pythonStr(true)).toBe("True");
    expect(pythonStr(200)).toBe("200");
    expect(pythonStr(0.5)).toBe("0.5");
    expect(pythonStr(null)).toBe("None");
    expect(pythonStr(["a", false])).toBe("['a', False]");
  });
});
