// Hidden extra command names (`commandAliases`): the AWS CLI keeps an older spelling of a few
// commands (`aws cloudwatch get-o-tel-enrichment` runs `get-otel-enrichment`, and its help page
// is titled with the alias), and lists only the command's own name. The catalogue that supplies
// the aliases and `shapekit cli`'s use of it are tested in generators/cli.

import { describe, expect, it } from "vitest";
import {
  createCommandSurface,
  EXIT_CODES,
  runCommand,
  type CliOperationBinding,
  type RequestSender,
} from "@shapekit/cli";
import { chainDescription } from "./chain-description.js";

const bindings: CliOperationBinding[] = [
  { description: chainDescription("get-otel-enrichment", 1, ["Name"], { output: true }) },
  { description: chainDescription("start-otel-enrichment", 1, ["Name"]) },
];
const surface = createCommandSurface({
  command: "shapekit-cloudwatch",
  operations: bindings,
  commandAliases: { "get-o-tel-enrichment": "get-otel-enrichment" },
});

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const requests: unknown[] = [];
  const send: RequestSender = (request) => {
    requests.push(request);
    return Promise.resolve({});
  };
  const code = await runCommand(surface, argv, {
    io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    send,
  });
  return { code, out: out.join(""), err: err.join(""), requests };
}

describe("command aliases", () => {
  it("are not listed among the operations, nor in help", async () => {
    expect(surface.operations).toEqual(["get-otel-enrichment", "start-otel-enrichment"]);
    expect(surface.commandAliases).toEqual({ "get-o-tel-enrichment": "get-otel-enrichment" });
    const help = await run(["help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("get-otel-enrichment");
    expect(help.out).not.toContain("get-o-tel-enrichment");
  });

  it("run the operation they name, with its options, under their own name", () => {
    const argv = ["--top", "Name=x"];
    expect(surface.parseCommandLine("get-o-tel-enrichment", argv)).toEqual(
      surface.parseCommandLine("get-otel-enrichment", argv),
    );
    expect(surface.generateCliSkeleton("get-o-tel-enrichment", "input")).toBe(
      surface.generateCliSkeleton("get-otel-enrichment", "input"),
    );
    expect(surface.optionTable("get-o-tel-enrichment")).toEqual(
      surface.optionTable("get-otel-enrichment"),
    );
    const binding = surface.operation("get-o-tel-enrichment");
    expect(binding.description.name).toBe("get-o-tel-enrichment");
    expect(binding.description.operationName).toBe("GetOtelEnrichment");
    expect(surface.synopsis("get-o-tel-enrichment")).toMatch(/^ *get-o-tel-enrichment$/m);
    expect(surface.renderHelp("get-o-tel-enrichment")).toMatch(/^GET-O-TEL-ENRICHMENT$/m);
  });

  it("work in runCommand: a dry run, --send, help and the skeleton", async () => {
    const dry = await run(["get-o-tel-enrichment", "--top", "Name=x"]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out)).toEqual({ Top: { Name: "x" } });
    const sent = await run(["get-o-tel-enrichment", "--top", "Name=x", "--send"]);
    expect(sent.code).toBe(0);
    // The sender is told the operation, not the alias that ran it.
    expect(sent.requests).toEqual([
      expect.objectContaining({
        operation: "get-otel-enrichment",
        operationName: "GetOtelEnrichment",
        input: { Top: { Name: "x" } },
      }),
    ]);
    const help = await run(["get-o-tel-enrichment", "help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^GET-O-TEL-ENRICHMENT$/m);
    const helpFirst = await run(["help", "get-o-tel-enrichment"]);
    expect(helpFirst.code).toBe(0);
    expect(helpFirst.out).toBe(help.out);
    const skeleton = await run(["get-o-tel-enrichment", "--generate-cli-skeleton"]);
    expect(skeleton.out).toBe((await run(["get-otel-enrichment", "--generate-cli-skeleton"])).out);
  });

  it("are not suggested for a misspelt command, and do not shadow operations", async () => {
    const typo = await run(["get-o-tel-enrichmen"]);
    expect(typo.code).toBe(EXIT_CODES.usage);
    expect(typo.err).toContain("did you mean get-otel-enrichment?");
    expect(surface.operation("get-otel-enrichment").description.name).toBe("get-otel-enrichment");
  });

  it("must name an operation of the surface, and be no operation's name", () => {
    expect(() =>
      createCommandSurface({
        command: "x",
        operations: bindings,
        commandAliases: { "get-o-tel": "get-nothing" },
      }),
    ).toThrow(/"get-o-tel" runs "get-nothing", an operation this surface does not have/);
    expect(() =>
      createCommandSurface({
        command: "x",
        operations: bindings,
        commandAliases: { "start-otel-enrichment": "get-otel-enrichment" },
      }),
    ).toThrow(/"start-otel-enrichment" is the name of an operation/);
    // An inherited name is no alias.
    const plain = createCommandSurface({ command: "x", operations: bindings });
    expect(plain.commandAliases).toBeUndefined();
    expect(() => plain.operation("constructor")).toThrow(/Unknown operation "constructor"/);
  });
});
