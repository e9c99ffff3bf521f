// `shapekit cli --model`: the command surface of any operation straight from a model, on the
// kitchen fixture (a small service-2.json of our own with the shapes that make skeletons and
// syntax blocks interesting: recursion, unions, empty structures, enum-keyed maps, lists of
// scalars and of enums, blobs, timestamps, an operation without input). Skeletons and syntax
// blocks are compared byte for byte with what AWS CLI 1.45.11 printed for the same model
// (`awscli-1.45.11.jsonl`, recorded with scripts/conformance/record-awscli-surface.py and
// AWS_DATA_PATH pointing at the fixture).

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { helpPage } from "@shapekit/cli";
import { loadModel } from "@shapekit/model";
import { runCli, type CommandIo } from "@shapekit/codegen";
import { operationBinding, serviceOperations } from "../src/model-cli/model-surface.js";

const fixture = fileURLToPath(new URL("./fixtures/kitchen/service-2.json", import.meta.url));
const recording = fileURLToPath(
  new URL("./fixtures/kitchen/awscli-1.45.11.jsonl", import.meta.url),
);

interface SkeletonRecord {
  operation: string;
  kind: "input" | "output";
  ok: boolean;
  stdout: string;
}
interface BlockRecord {
  operation: string;
  param: string;
  shorthand: string | null;
  json: string | null;
  syntax: string | null;
}
const records = readFileSync(recording, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as SkeletonRecord | BlockRecord);
const skeletonRecords = records.filter((r): r is SkeletonRecord => "kind" in r);
const blockRecords = records.filter((r): r is BlockRecord => "param" in r);

async function shapekit(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CommandIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: process.cwd(),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const run = (...words: string[]) => shapekit(["cli", "--model", fixture, "--", ...words]);

describe("shapekit cli --model: agreement with the AWS CLI on the kitchen fixture", () => {
  it.each(skeletonRecords.filter((r) => r.ok).map((r) => [r.operation, r.kind, r] as const))(
    "%s --generate-cli-skeleton %s",
    async (operation, kind, record) => {
      const result = await run(operation, "--generate-cli-skeleton", kind);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toBe(record.stdout);
    },
  );

  it("prints an output skeleton where the AWS CLI refuses to (member-name values break its minimums)", async () => {
    const refused = skeletonRecords.find((r) => r.kind === "output" && !r.ok)!;
    const result = await run(refused.operation, "--generate-cli-skeleton", "output");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{\n {4}"/);
  });

  it("has the AWS CLI's Shorthand Syntax, JSON Syntax and Syntax blocks for every option", () => {
    const { model } = loadModel([fixture]);
    const service = model!.ownShapes().find((s) => s.type === "service")!;
    const operations = serviceOperations(model!, service);
    expect([...operations.keys()]).toEqual(
      [...new Set(skeletonRecords.map((r) => r.operation))].sort(),
    );
    let compared = 0;
    for (const [name, operation] of operations) {
      const page = helpPage(operationBinding(model!, service, operation).description);
      const ours = new Map(page.options.map((o) => [o.names[0], o.syntax]));
      for (const record of blockRecords.filter((r) => r.operation === name)) {
        const blocks = ours.get(record.param);
        expect({
          param: `${name} ${record.param}`,
          shorthand: blocks?.shorthand ?? null,
          json: blocks?.json ?? null,
          syntax: blocks?.syntax ?? null,
        }).toEqual({
          param: `${name} ${record.param}`,
          shorthand: record.shorthand,
          json: record.json,
          syntax: record.syntax,
        });
        compared++;
      }
    }
    expect(compared).toBe(blockRecords.length);
  });
});

describe("shapekit cli --model: the generated bin's surface", () => {
  it("prints the yaml-input skeleton with required markers and documentation", async () => {
    const result = await run("create-order", "--generate-cli-skeleton", "yaml-input");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("OrderName: ''  # [REQUIRED] A name for the order.");
    expect(result.stdout).toMatch(
      /^Priority: Low +# How soon it is needed\. Valid values are: Low, Normal, Urgent\.$/m,
    );
  });

  it("prints the help page as text and as markdown in the seed's layout", async () => {
    const markdown = await run("create-order", "help", "--format", "markdown");
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(
      /^# create-order\n\n## Description\n\nPlaces an order with the kitchen\.\n/,
    );
    expect(markdown.stdout).not.toContain("<p>");
    expect(markdown.stdout).toContain(
      "## Synopsis\n\n```\ncreate-order\n--order-name <value>\n--dishes <value>\n[--priority <value>]\n",
    );
    expect(markdown.stdout).toContain("`--express` | `--no-express` (boolean)");
    expect(markdown.stdout).toContain(
      "Shorthand Syntax:\n\n```\nKeyName1=string,KeyName2=string\n```",
    );
    const text = await run("help", "create-order");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("--order-name <value>");
    expect(text.stdout).not.toContain("```");
    expect((await run("create-order", "help", "--format", "pdf")).code).toBe(2);
  });

  it("parses and validates a command line into the request, as JSON", async () => {
    const ok = await run(
      "create-order",
      "--order-name",
      "dinner",
      "--dishes",
      "DishName=soup,Portions=2",
      "DishName=bread",
      "--no-express",
      "--labels",
      "a",
      "b",
      "--notes",
      "diet=none",
    );
    expect(ok).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(ok.stdout)).toEqual({
      OrderName: "dinner",
      Dishes: [{ DishName: "soup", Portions: 2 }, { DishName: "bread" }],
      Express: false,
      Labels: ["a", "b"],
      Notes: { diet: "none" },
    });
    expect((await run("close-kitchen")).stdout).toBe("{}\n");
  });

  it("has the waiters of the waiters-2.json beside the model as wait commands", async () => {
    const listed = await run("wait", "help");
    expect(listed).toMatchObject({ code: 0, stderr: "" });
    expect(listed.stdout).toContain("waiters:\n  order-served\n");
    const request = await run("wait", "order-served", "--order-name", "dinner");
    expect(request.code).toBe(0);
    expect(request.stderr).toContain("the waiter would call describe-order with this request");
    expect(JSON.parse(request.stdout)).toEqual({ OrderName: "dinner" });
    const help = await run("wait", "order-served", "help");
    expect(help.stdout).toContain(
      "Waits until `Status` is `Delivered`, polling with `describe-order`.",
    );
    expect(help.stdout).toContain("every 10 seconds, at most 30 times");
    const bad = await run("wait", "order-served", "--order-name", "Dinner!");
    expect(bad.code).toBe(252);
  });

  it("reports validation issues with the validators' messages and paths, exit 252", async () => {
    const bad = await run(
      "create-order",
      "--order-name",
      "Dinner!",
      "--dishes",
      "DishName=soup,Portions=20",
      "--labels",
      "a",
      "b",
      "c",
      "d",
    );
    expect(bad.code).toBe(252);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain('--order-name (OrderName): "Dinner!" does not match the pattern');
    expect(bad.stderr).toContain("--dishes (Dishes[0].Portions): 20 is above the maximum of 12");
    expect(bad.stderr).toContain("--labels (Labels): the list has 4 items; at most 3 allowed");
    const syntax = await run(
      "create-order",
      "--order-name",
      "x",
      "--dishes",
      "DishName=soup,Portions=x",
    );
    expect(syntax.code).toBe(252);
    expect(syntax.stderr).toContain("--dishes");
  });

  it("validates as the packages do: strict timestamps, and a flood of unknown keys capped at 100 issues", async () => {
    const base = ["create-order", "--order-name", "x", "--dishes", "DishName=soup"];
    expect((await run(...base, "--deliver-at", "2024-05-01T10:00:00Z")).code).toBe(0);
    const lenient = await run(...base, "--deliver-at", "hello 1");
    expect(lenient.code).toBe(252);
    expect(lenient.stderr).toContain(
      '--deliver-at (DeliverAt): expected a timestamp (Date, epoch seconds or ISO 8601 date-time string), found the string "hello 1"',
    );
    const request: Record<string, unknown> = { OrderName: "x", Dishes: [{ DishName: "soup" }] };
    for (let i = 0; i < 10_000; i++) request[`k${i}`] = i;
    const flood = await run("create-order", "--cli-input-json", JSON.stringify(request));
    expect(flood.code).toBe(252);
    const lines = flood.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(101);
    expect(lines.at(-1)).toContain("more issues not shown: validation stopped after the first 100");
  });

  it("exits 2 for a command line it cannot parse, with did-you-mean for an unknown operation", async () => {
    const missing = await run("create-order", "--order-name", "x");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("the following arguments are required: --dishes");
    const unknown = await run("create-ordr");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown operation "create-ordr"; did you mean create-order?');
  });

  it("has its own usage errors: no --, no model, an unknown service; model errors exit 1", async () => {
    expect((await shapekit(["cli", "--model", fixture])).code).toBe(2);
    expect((await shapekit(["cli", "--", "create-order"])).code).toBe(2);
    expect(
      (await shapekit(["cli", "--model", fixture, "--service", "Nope", "--", "close-kitchen"]))
        .code,
    ).toBe(1);
    expect((await shapekit(["cli", "--help"])).stdout).toContain("shapekit cli --model");
    const broken = await shapekit([
      "cli",
      "--model",
      fileURLToPath(new URL("./fixtures/kitchen/missing.json", import.meta.url)),
      "--",
      "x",
    ]);
    expect(broken.code).toBe(1);
  });
});
