// The fleet conformance run (`npm run conformance:awscli -- --all`) on its committed sample: a few
// operations and waiters (`wait <waiter>` commands) of a few services (fixtures/awscli-fleet/
// <service>/: the trimmed botocore model, its waiters and the AWS CLI 1.45.11's recorded answers,
// written by `--write-sample`), compared through the same code as the sweep
// (scripts/conformance/compare-service.mjs) with no Python. Re-record with
//   node scripts/conformance-awscli.mjs --services dynamodb,ec2,lambda,sqs \
//     --operations-per-service 3 --write-sample generators/cli/test/fixtures/awscli-fleet
//   node scripts/conformance-awscli.mjs --services cloudwatch --write-sample … \
//     --operations get-otel-enrichment,start-otel-enrichment,stop-otel-enrichment
// (CloudWatch's three operations with a hidden extra name: the aliases are compared too).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCommandSurface, helpPage } from "@shapekit/cli";
import { loadModel, selectService, type Model, type Shape } from "@shapekit/model";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { compareService as untypedCompareService } from "../../../scripts/conformance/compare-service.mjs";
// @ts-expect-error: a plain .mjs script without declarations
import { generateCommandLines as untypedCommandLines } from "../../../scripts/conformance/command-lines.mjs";
import {
  modelCommandSurface,
  operationBinding,
  serviceOperations,
} from "../src/model-cli/model-surface.js";

const here = fileURLToPath(new URL("./fixtures/awscli-fleet/", import.meta.url));
const SEED = 1;

interface Failure {
  row: string;
  operation: string;
  text: string;
}
type Tally = Record<string, [number, number]> & { constraint: number; customized: number };

// The scripts' functions, typed as these tests call them.
const compareService = untypedCompareService as (options: object) => {
  tally: Tally;
  failures: Failure[];
};
const generateCommandLines = untypedCommandLines as (
  description: unknown,
  seed: string,
) => Array<{ argv: string[] }>;

function sample(service: string) {
  const dir = join(here, service);
  const version = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory())!.name;
  const records = readFileSync(join(dir, "awscli-1.45.11.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const { model } = loadModel([join(dir, version, "service-2.json")]);
  const selection = selectService(model!, undefined);
  if (!selection.ok) throw new Error(selection.message);
  return { model: model!, service: selection.service, records };
}

const services = readdirSync(here).sort();

/**
 * The sample's commands as the sweep compares them: its operations, its waiters' commands, then
 * its operations' hidden extra names.
 */
function commands(model: Model, service: Shape): Map<string, unknown> {
  const all = new Map<string, unknown>(serviceOperations(model, service));
  const surface = modelCommandSurface(model, service);
  const wait = surface.wait!;
  for (const name of wait.names) all.set(`wait ${name}`, { binding: wait.waiter(name) });
  for (const alias of Object.keys(surface.commandAliases ?? {}))
    all.set(alias, { binding: surface.operation(alias) });
  return all;
}

describe("AWS CLI fleet sample", () => {
  it("has a few services, each with recorded command lines", () => {
    expect(services.length).toBeGreaterThanOrEqual(4);
  });

  it.each(services)("%s: the command lines are the generator's, for the seed", (name) => {
    const { model, service, records } = sample(name);
    for (const [cli, op] of commands(model, service)) {
      const description =
        (op as { binding?: { description: unknown } }).binding?.description ??
        operationBinding(model, service, op as Shape).description;
      const generated = generateCommandLines(description, `${SEED}:${name}`).map((l) => l.argv);
      const recorded = records.filter((r) => r.operation === cli && "argv" in r).map((r) => r.argv);
      expect(recorded).toEqual(generated);
    }
  });

  it.each(services)("%s: agrees with the AWS CLI", (name) => {
    const { model, service, records } = sample(name);
    const { tally, failures } = compareService({
      deps: { operationBinding, createCommandSurface, helpPage },
      model,
      service,
      operations: commands(model, service),
      records,
      serviceName: name,
    });
    expect(failures).toEqual([]);
    // Something was compared in every row the AWS CLI v1 has.
    for (const row of ["input", "options", "accepted", "validated", "rejected"])
      expect(tally[row]![1]).toBeGreaterThan(0);
  });

  it("has waiters' commands in it, recorded and compared", () => {
    const waits = services.flatMap((name) =>
      sample(name).records.filter((r) => String(r.operation).startsWith("wait ") && "options" in r),
    );
    expect(waits.length).toBeGreaterThanOrEqual(6);
  });

  it("has hidden command aliases in it, recorded and compared", () => {
    const { model, service, records } = sample("cloudwatch");
    expect(modelCommandSurface(model, service).commandAliases).toEqual({
      "get-o-tel-enrichment": "get-otel-enrichment",
      "start-o-tel-enrichment": "start-otel-enrichment",
      "stop-o-tel-enrichment": "stop-otel-enrichment",
    });
    const aliased = records.filter((r) => /-o-tel-/.test(String(r.operation)));
    expect(aliased.filter((r) => "options" in r).length).toBe(3);
    expect(aliased.filter((r) => "argv" in r).length).toBeGreaterThanOrEqual(6);
  });

  it("a request that differs from the AWS CLI's is reported, with its path", () => {
    const { model, service, records } = sample("sqs");
    const changed = records.map((r) =>
      "request" in r ? { ...r, request: { ...(r.request as object), Extra: 1 } } : r,
    );
    const { tally, failures } = compareService({
      deps: { operationBinding, createCommandSurface, helpPage },
      model,
      service,
      operations: serviceOperations(model, service),
      records: changed,
      serviceName: "sqs",
    });
    expect(tally.accepted![0]).toBe(0);
    expect(failures.filter((f) => f.row === "accepted").length).toBe(tally.accepted![1]);
    expect(failures.find((f) => f.row === "accepted")!.text).toMatch(
      /Extra: AWS CLI 1, ours undefined/,
    );
  });
});
