// The AWS CLI's option customizations that are data (renames, hidden aliases, hidden options),
// applied from the recorded catalogue (generators/model/data/awscli-customizations.jsonl) to
// `shapekit cli --model` and to the generated cli-skeleton package. The fixtures are tiny
// service-2 models of our own named like real services (CloudSearch Domain, EC2, IAM, Kinesis),
// so the AWS CLI applies its customizations to them too; what it printed and parsed for each is
// recorded in fixtures/customized/awscli-1.45.11.jsonl (scripts/conformance/record-awscli-commands.py
// with the fixture folder first on AWS_DATA_PATH) and compared here.

import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emitCliSkeleton } from "@shapekit/emit-cli-skeleton";
import type { Model, Shape } from "@shapekit/model";
import { loadFixtureModel } from "./fixture-model.js";
import { runShapekit } from "./run-shapekit.js";
import { modelCommandSurface } from "../src/model-cli/model-surface.js";
import { readRecording } from "./awscli-recording.js";
import { emitContextFor } from "../../../test/support/emit-context.js";

const fixtures = new URL("./fixtures/customized/", import.meta.url);
const modelFiles: Record<string, string> = {
  cloudsearchdomain: "cloudsearchdomain/2013-01-01/service-2.json",
  ec2: "ec2/2016-11-15/service-2.json",
  iam: "iam/2010-05-08/service-2.json",
  kinesis: "kinesis/2013-12-02/service-2.json",
};
const modelPath = (service: string) => fileURLToPath(new URL(modelFiles[service]!, fixtures));

const { synopses, cases } = readRecording(new URL("awscli-1.45.11.jsonl", fixtures));

const loaded = new Map<string, { model: Model; service: Shape }>();
function load(service: string): { model: Model; service: Shape } {
  let entry = loaded.get(service);
  if (!entry) {
    entry = loadFixtureModel(modelPath(service));
    loaded.set(service, entry);
  }
  return entry;
}

/** The synopsis lines of the operation's own options (the built-ins differ from the AWS CLI v1's). */
function ownSynopsis(text: string): string[] {
  return text
    .split("\n")
    .filter((l) => !l.startsWith("[--cli-input-json") && !l.startsWith("[--generate-cli-skeleton"));
}

describe("the catalogue's rules reach `shapekit cli --model` as the AWS CLI applies them", () => {
  it.each(synopses.map((r) => [r.service, r.operation, r] as const))(
    "%s %s: synopsis",
    (service, operation, record) => {
      const { model, service: shape } = load(service);
      expect(ownSynopsis(modelCommandSurface(model, shape).synopsis(operation))).toEqual(
        record.synopsis,
      );
    },
  );

  it.each(cases.map((r) => [r.service, r.operation, r.argv.join(" "), r] as const))(
    "%s %s %s",
    (service, operation, _argv, record) => {
      const { model, service: shape } = load(service);
      const result = modelCommandSurface(model, shape).parseCommandLine(operation, record.argv, {
        validate: false,
      });
      if (record.request) {
        expect(result).toMatchObject({ ok: true });
        // Same members and values; the AWS CLI orders an alias's member by the alias's place in its table.
        expect(result.ok && result.request).toEqual(record.request);
      } else {
        expect(result.ok).toBe(false);
        const named = /--[a-z0-9-]+/.exec(record.error!)![0];
        expect(result.ok ? [] : result.errors.map((e) => e.option)).toContain(named);
      }
    },
  );

  it("keeps the model's names when told to use no catalogue", () => {
    const { model, service } = load("cloudsearchdomain");
    const surface = modelCommandSurface(model, service, { customizations: null });
    expect(surface.synopsis("search")).toContain("--query <value>");
    expect(surface.synopsis("search")).not.toContain("--search-query");
    const ec2 = load("ec2");
    expect(
      modelCommandSurface(ec2.model, ec2.service, { customizations: null }).synopsis(
        "create-image",
      ),
    ).toContain("[--no-reboot | --no-no-reboot]");
  });

  it("documents the renamed option on the help page and leaves hidden ones out", async () => {
    const help = async (service: string, operation: string) => {
      const run = await runShapekit([
        "cli",
        "--model",
        modelPath(service),
        "--",
        "help",
        operation,
      ]);
      expect(run.code).toBe(0);
      return run.stdout;
    };
    const search = await help("cloudsearchdomain", "search");
    expect(search).toMatch(/^ {7}--search-query \(string\)$/m);
    expect(search).not.toMatch(/--query /);

    const mfa = await help("iam", "enable-mfa-device");
    expect(mfa).toContain("--authentication-code1");
    expect(mfa).not.toContain("--authentication-code-1");

    const streams = await help("kinesis", "list-streams");
    expect(streams).toContain("--limit");
    expect(streams).not.toContain("--exclusive-start-stream-name");
  });

  it("suggests no hidden alias for a mistyped option", () => {
    const { model, service } = load("iam");
    const result = modelCommandSurface(model, service).parseCommandLine("enable-mfa-device", [
      "--authentication-code-x",
      "1",
    ]);
    expect(result.ok).toBe(false);
    const suggestions = result.ok
      ? []
      : result.errors.map((e) => ("suggestion" in e ? e.suggestion : undefined));
    expect(suggestions.filter((s) => s?.includes("code-"))).toEqual([]);
  });
});

describe("the bin's own flags step aside for a model option of the same name", () => {
  function bin(service: string, words: string[]) {
    return runShapekit(["cli", "--model", modelPath(service), "--", ...words]);
  }

  it("passes --dry-run to an operation that has it (EC2's DryRun member), as the AWS CLI does", async () => {
    const recorded = cases.find(
      (c) => c.operation === "create-image" && c.argv.at(-1) === "--dry-run",
    )!;
    const result = await bin("ec2", ["create-image", ...recorded.argv]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(recorded.request);
  });

  it("prints the version for --version anywhere before --, as the AWS CLI's global flag", async () => {
    for (const words of [
      ["search", "--version"],
      ["search", "--search-query", "--vers"],
    ]) {
      const result = await bin("cloudsearchdomain", words);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toMatch(/^shapekit-[a-z-]+ \(shapekit \d+\.\d+\.\d+\S*\)\n$/);
    }
    const after = await bin("cloudsearchdomain", [
      "search",
      "--search-query",
      "x",
      "--",
      "--version",
    ]);
    expect(after.code).not.toBe(0);
  });

  it("keeps --dry-run as its own flag where the operation has no such option", async () => {
    const result = await bin("cloudsearchdomain", ["search", "--search-query", "x", "--dry-run"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({ query: "x" });
  });
});

describe("hidden command aliases", () => {
  const cloudwatch = fileURLToPath(
    new URL("./fixtures/awscli-fleet/cloudwatch/2010-08-01/service-2.json", import.meta.url),
  );

  it("run their operation under their own name in `shapekit cli`, unlisted", async () => {
    const help = await runShapekit([
      "cli",
      "--model",
      cloudwatch,
      "--",
      "get-o-tel-enrichment",
      "help",
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^GET-O-TEL-ENRICHMENT$/m);
    const list = await runShapekit(["cli", "--model", cloudwatch, "--", "help"]);
    expect(list.stdout).toContain("  get-otel-enrichment\n");
    expect(list.stdout).not.toContain("get-o-tel-enrichment");
    const dry = await runShapekit(["cli", "--model", cloudwatch, "--", "stop-o-tel-enrichment"]);
    expect(dry).toMatchObject({ code: 0, stdout: "{}\n" });
  });
});

describe("the generated cli-skeleton package carries the same names", () => {
  /** The cli-skeleton package's files for a fixture service. */
  function cliSkeletonFiles(model: Model, service: Shape, name: string) {
    return emitCliSkeleton(
      emitContextFor(model, {
        kind: "cli-skeleton",
        kinds: ["cli-skeleton"],
        service: service.id,
        npmScope: "@example",
        name: `${name}-{kind}`,
        version: "0.0.0",
        sourceDescription: "fixture",
      }),
    );
  }

  it("embeds the renamed option in the operation's description", () => {
    const { model, service } = load("cloudsearchdomain");
    const description = cliSkeletonFiles(model, service, "cloudsearchdomain").find(
      (f) => f.path === "src/descriptions/search.ts",
    );
    expect(description?.contents).toContain('"--search-query"');
    expect(description?.contents).not.toContain('"--query"');
  });

  it("gives both roots' surfaces the operations' hidden command aliases", () => {
    const file = fileURLToPath(
      new URL("./fixtures/awscli-fleet/cloudwatch/2010-08-01/service-2.json", import.meta.url),
    );
    const { model, service } = loadFixtureModel(file);
    const files = cliSkeletonFiles(model, service, "cloudwatch");
    const block = [
      "  commandAliases: {",
      '    "get-o-tel-enrichment": "get-otel-enrichment",',
      '    "start-o-tel-enrichment": "start-otel-enrichment",',
      '    "stop-o-tel-enrichment": "stop-otel-enrichment",',
      "  },",
    ].join("\n");
    for (const root of ["src/index.ts", "src/lazy-root.ts"])
      expect(files.find((f) => f.path === root)?.contents).toContain(block);
    // A service without aliases has no such property.
    const kinesis = load("kinesis");
    expect(
      cliSkeletonFiles(kinesis.model, kinesis.service, "kinesis").find(
        (f) => f.path === "src/index.ts",
      )?.contents,
    ).not.toContain("commandAliases");
  });
});
