// botocore's `waiters-2.json` beside a service-2 model: `shapekit.botocore#waiters` on each polled
// operation, read back by `serviceWaiters` as botocore's configs (sorted by name, CLI names from
// botocore's rule); bad entries and bad files are warnings naming the JSON path, and the model
// still loads; an IDL model's `@waitable` reads in botocore's terms (see waiters.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/load.js";
import { convertService2 } from "../../src/service2/index.js";
import { parseIdl } from "../../src/idl/index.js";
import { resolveModel } from "../../src/resolve.js";
import { operationWaiters, serviceWaiters, SMITHY_WAITER_SECONDS } from "../../src/waiters.js";
import type { Model, Shape } from "../../src/model.js";

const model = {
  metadata: { apiVersion: "2020-01-01", serviceId: "Tiny", protocol: "json" },
  operations: {
    DescribeThing: {
      name: "DescribeThing",
      input: { shape: "DescribeThingInput" },
      output: { shape: "DescribeThingOutput" },
    },
    ListThings: { name: "ListThings", output: { shape: "DescribeThingOutput" } },
  },
  shapes: {
    DescribeThingInput: { type: "structure", members: { Name: { shape: "String" } } },
    DescribeThingOutput: { type: "structure", members: { Status: { shape: "String" } } },
    String: { type: "string" },
  },
};
const modelText = JSON.stringify(model, null, 2);

const thingReady = {
  operation: "DescribeThing",
  delay: 15,
  maxAttempts: 40,
  acceptors: [
    { matcher: "path", argument: "Status", state: "success", expected: "READY" },
    { matcher: "error", state: "failure", expected: "ResourceNotFound" },
    { matcher: "status", state: "retry", expected: 500 },
  ],
};

function convert(waiters: unknown) {
  return convertService2(modelText, "service-2.json", {
    waiters: { file: { text: JSON.stringify(waiters, null, 2), file: "waiters-2.json" } },
  });
}

function resolved(waiters: unknown): { model: Model; service: Shape; warnings: string[] } {
  const result = convert(waiters);
  const r = resolveModel([result.loaded!]);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const service = [...r.model!.shapes()].find((s) => s.type === "service")!;
  return {
    model: r.model!,
    service,
    warnings: result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.message),
  };
}

describe("botocore's waiters-2.json", () => {
  it("gives each polled operation its waiters, read back as botocore's configs", () => {
    const {
      model: m,
      service,
      warnings,
    } = resolved({
      version: 2,
      waiters: {
        ThingReady: thingReady,
        ThingGone: {
          operation: "DescribeThing",
          description: "Waits until the thing is gone.",
          delay: 5,
          maxAttempts: 3,
          acceptors: [{ matcher: "error", state: "success", expected: true }],
        },
      },
    });
    expect(warnings).toEqual([]);
    const waiters = serviceWaiters(m, service);
    expect(waiters.map((w) => [w.name, w.command])).toEqual([
      ["ThingGone", "thing-gone"],
      ["ThingReady", "thing-ready"],
    ]);
    expect(waiters[1]).toEqual({
      name: "ThingReady",
      command: "thing-ready",
      operation: "com.amazonaws.tiny#DescribeThing",
      delay: 15,
      maxAttempts: 40,
      acceptors: [
        { state: "success", matcher: "path", argument: "Status", expected: "READY" },
        { state: "failure", matcher: "error", expected: "ResourceNotFound" },
        { state: "retry", matcher: "status", expected: 500 },
      ],
    });
    expect(waiters[0]!.description).toBe("Waits until the thing is gone.");
    expect(waiters[0]!.acceptors[0]!.expected).toBe(true);
  });

  it("warns about a waiter botocore would refuse, names its JSON path, and keeps the others", () => {
    const bad = [
      [{ ...thingReady, operation: "Nope" }, "polls an operation the model does not have: Nope"],
      [{ ...thingReady, delay: "15" }, "needs `delay`"],
      [{ ...thingReady, maxAttempts: 0 }, "needs `maxAttempts`"],
      [{ ...thingReady, acceptors: [] }, "needs `acceptors`"],
      [
        { ...thingReady, acceptors: [{ matcher: "path", state: "success", expected: "x" }] },
        "needs `argument`",
      ],
      [
        { ...thingReady, acceptors: [{ matcher: "regex", state: "success", expected: "x" }] },
        'not "regex"',
      ],
      [
        { ...thingReady, acceptors: [{ matcher: "error", state: "done", expected: "x" }] },
        'not "done"',
      ],
      [{ ...thingReady, acceptors: [{ matcher: "error", state: "success" }] }, "needs `expected`"],
    ] as const;
    for (const [waiter, message] of bad) {
      const {
        model: m,
        service,
        warnings,
      } = resolved({
        version: 2,
        waiters: { Bad: waiter, ThingReady: thingReady },
      });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(message);
      expect(warnings[0]).toMatch(/\(at waiters\.Bad/);
      expect(serviceWaiters(m, service).map((w) => w.name)).toEqual(["ThingReady"]);
    }
  });

  it("warns about a file it cannot use and loads the model without waiters", () => {
    for (const [file, message] of [
      [{ version: 1, waiters: { ThingReady: thingReady } }, "botocore reads version 2"],
      [{ version: 2 }, "must be an object with a `waiters` object"],
      [[], "must be an object with a `waiters` object"],
    ] as const) {
      const { model: m, service, warnings } = resolved(file);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(message);
      expect(warnings[0]).toContain("the waiters are ignored");
      expect(serviceWaiters(m, service)).toEqual([]);
    }
  });

  it("is read from beside a service-2 file by loadModel, and its problems carry file:line:col", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "shapekit-waiters-")), "tiny", "2020-01-01");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "service-2.json"), modelText);
    writeFileSync(
      join(dir, "waiters-2.json"),
      JSON.stringify(
        { version: 2, waiters: { ThingReady: thingReady, Bad: { ...thingReady, delay: -1 } } },
        null,
        2,
      ),
    );
    const result = loadModel([join(dir, "service-2.json")]);
    const service = [...result.model!.shapes()].find((s) => s.type === "service")!;
    expect(serviceWaiters(result.model!, service).map((w) => w.command)).toEqual(["thing-ready"]);
    const warning = result.diagnostics.find((d) => d.code === "waiters")!;
    expect(warning.location.file).toBe(join(dir, "waiters-2.json"));
    expect(warning.location.line).toBeGreaterThan(1);
  });
});

describe("Smithy's @waitable", () => {
  const idl = `$version: "2"
namespace example.tiny

use smithy.waiters#waitable

@waitable(
    ThingReady: {
        documentation: "Waits for a ready thing."
        minDelay: 7
        acceptors: [
            { state: "success", matcher: { output: { path: "Status", expected: "READY", comparator: "stringEquals" } } }
            { state: "failure", matcher: { output: { path: "Flags", expected: "true", comparator: "booleanEquals" } } }
            { state: "retry", matcher: { output: { path: "Parts[].Status", expected: "WAIT", comparator: "anyStringEquals" } } }
            { state: "success", matcher: { inputOutput: { path: "output.Parts[].Status", expected: "OK", comparator: "allStringEquals" } } }
            { state: "failure", matcher: { errorType: "NotFound" } }
            { state: "failure", matcher: { errorType: "example.tiny#Gone" } }
            { state: "success", matcher: { success: true } }
        ]
    }
    ThingQuick: { acceptors: [{ state: "success", matcher: { success: false } }] }
    "__proto__": { acceptors: [{ state: "success", matcher: { success: false } }] }
)
operation DescribeThing { output := { Status: String, Flags: Boolean, Parts: Parts } }
list Parts { member: Part }
structure Part { Status: String }
`;

  it("reads in botocore's terms: minDelay as the delay, ten minutes in all", () => {
    const r = resolveModel([parseIdl(idl, "tiny.smithy").loaded!]);
    const operation = r.model!.expectShape("example.tiny#DescribeThing");
    // A name that makes no command is left out.
    expect(operationWaiters(operation).map((w) => w.name)).toEqual(["ThingQuick", "ThingReady"]);
    const [quick, ready] = operationWaiters(operation);
    expect(quick).toMatchObject({
      name: "ThingQuick",
      command: "thing-quick",
      delay: 2,
      maxAttempts: SMITHY_WAITER_SECONDS / 2,
      acceptors: [{ state: "success", matcher: "error", expected: true }],
    });
    expect(ready).toEqual({
      name: "ThingReady",
      command: "thing-ready",
      operation: "example.tiny#DescribeThing",
      delay: 7,
      maxAttempts: Math.ceil(SMITHY_WAITER_SECONDS / 7),
      description: "Waits for a ready thing.",
      acceptors: [
        { state: "success", matcher: "path", argument: "Status", expected: "READY" },
        { state: "failure", matcher: "path", argument: "Flags", expected: true },
        { state: "retry", matcher: "pathAny", argument: "Parts[].Status", expected: "WAIT" },
        {
          state: "success",
          matcher: "pathAll",
          argument: "output.Parts[].Status",
          inputOutput: true,
          expected: "OK",
        },
        { state: "failure", matcher: "error", expected: "NotFound" },
        { state: "failure", matcher: "error", expected: "Gone" },
        { state: "success", matcher: "error", expected: false },
      ],
    });
  });
});
