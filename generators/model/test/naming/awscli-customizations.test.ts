// The catalogue of the AWS CLI's customizations: what ShapeKit takes from it (only entries marked
// reproduced, only the data kinds), how services are matched, and the committed catalogue
// itself (recorded by scripts/conformance/catalogue-customizations.py). The excerpt is lines of
// the committed catalogue, copied as they are (a test checks that).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  awsCliCustomizations,
  CustomizationCatalogueError,
  parseCustomizationCatalogue,
  serviceKey,
} from "../../src/naming/awscli-customizations.js";
import { cliCommandAliases } from "../../src/naming/cli-names.js";

const excerptText = readFileSync(
  new URL("./awscli-customizations-excerpt.jsonl", import.meta.url),
  "utf8",
);
const fullText = readFileSync(
  new URL("../../data/awscli-customizations.jsonl", import.meta.url),
  "utf8",
);
const excerpt = parseCustomizationCatalogue(excerptText);

describe("parseCustomizationCatalogue", () => {
  it("keeps a rename by member, with its place in the AWS CLI's table", () => {
    expect(excerpt.operation("cloudsearch-domain", "Search")?.renames).toEqual([
      { member: "query", negated: false, option: "--search-query", position: 14 },
    ]);
  });

  it("keeps which half of a boolean pair a rename is for", () => {
    expect(excerpt.operation("ec2", "CreateImage")?.renames).toEqual([
      { member: "NoReboot", negated: true, option: "--reboot", position: 9 },
    ]);
  });

  it("orders an operation's renames as the AWS CLI's table does, whatever the catalogue's line order", () => {
    expect(
      excerpt.operation("route-53-domains", "ViewBilling")?.renames.map((r) => r.option),
    ).toEqual(["--start-time", "--end-time"]);
  });

  it("keeps hidden aliases, hidden options and file-value rules", () => {
    const iam = excerpt.operation("iam", "EnableMFADevice")!;
    expect(iam.aliases).toEqual([
      { member: "AuthenticationCode1", option: "--authentication-code-1" },
      { member: "AuthenticationCode2", option: "--authentication-code-2" },
    ]);
    // Still documented as required: the alias sharing the member is the whole rule.
    expect([...iam.notRequired]).toEqual([]);
    expect([...excerpt.operation("kinesis", "ListStreams")!.hidden]).toEqual([
      "ExclusiveStartStreamName",
    ]);
    expect(
      [...excerpt.operation("sagemaker", "CreateNotebookInstance")!.paramFileDisabled].sort(),
    ).toEqual(["AdditionalCodeRepositories", "DefaultCodeRepository"]);
  });

  it("ignores what is not reproduced", () => {
    expect(excerpt.operation("ec2", "RunInstances")).toBeUndefined();
    expect(excerpt.operation("ec2", "BundleInstance")).toBeUndefined();
    expect(excerpt.size).toBe(11);
  });

  it("drops a required option's requirement when help no longer shows it required", () => {
    const line = JSON.stringify({
      serviceId: "example",
      operationName: "Op",
      kind: "required-changed",
      details: { option: "--thing", member: "Thing", fields: { required: [true, null] } },
      reproduced: "yes",
    });
    expect([...parseCustomizationCatalogue(line).operation("Example", "Op")!.notRequired]).toEqual([
      "Thing",
    ]);
  });

  it("keeps a hidden command alias by service, and leaves a documented one out", () => {
    const entry = (to: string, hidden: boolean) =>
      JSON.stringify({
        serviceId: "Cloud Watch",
        operationName: "GetOTelEnrichment",
        kind: "command-alias",
        details: { from: "get-otel-enrichment", to, ...(hidden ? { hidden } : {}) },
        reproduced: "yes",
      });
    const catalogue = parseCustomizationCatalogue(
      [entry("get-o-tel-enrichment", true), entry("get-otel", false)].join("\n"),
    );
    expect(catalogue.commandAliases("cloudwatch")).toEqual([
      { alias: "get-o-tel-enrichment", operation: "GetOTelEnrichment" },
    ]);
    expect(catalogue.commandAliases("ec2")).toEqual([]);
    expect(catalogue.size).toBe(1);
    expect(() => parseCustomizationCatalogue(entry("--get", true))).toThrow(
      /:1: `details.to` must be a command name/,
    );
  });

  it("names the line of an entry it cannot read", () => {
    const bad = `${excerptText.split("\n")[0]}\n{"reproduced": "yes", "kind": "rename", "details": {"member": "a"}}\n`;
    expect(() => parseCustomizationCatalogue(bad)).toThrow(CustomizationCatalogueError);
    expect(() => parseCustomizationCatalogue(bad)).toThrow(/:2: `serviceId`/);
    expect(() => parseCustomizationCatalogue('{"reproduced": "yes" nope')).toThrow(
      /:1: not a JSON line/,
    );
  });

  it("never throws anything but its own error on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseCustomizationCatalogue(`{"reproduced": "yes", ${text}`);
        } catch (e) {
          expect(e).toBeInstanceOf(CustomizationCatalogueError);
        }
      }),
    );
  });
});

describe("serviceKey", () => {
  it("matches a service id however it is spelled", () => {
    for (const spelling of [
      "CloudSearch Domain",
      "cloudsearch-domain",
      "CloudSearchDomain",
      "cloudsearchdomain",
    ]) {
      expect(excerpt.operation(spelling, "Search")?.renames[0]?.option).toBe("--search-query");
    }
  });

  it("is idempotent and ignores case, spaces and dashes", () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const key = serviceKey(id);
        expect(serviceKey(key)).toBe(key);
        expect(serviceKey(id.toUpperCase().replace(/ /g, "-"))).toBe(serviceKey(id.toUpperCase()));
        expect(key).toMatch(/^[a-z0-9]*$/);
      }),
    );
  });
});

describe("the committed catalogue", () => {
  const lines = fullText.split("\n").filter((l) => l !== "");
  const header = JSON.parse(lines[0]!) as {
    awscli: string;
    summary: { entries: number; reproducedByKind: Record<string, number> };
    selfCheck: { operationsWhoseStepwiseTableDiffers: number };
  };

  it("holds the excerpt's lines as they are", () => {
    for (const line of excerptText.split("\n").filter((l) => l !== ""))
      expect(lines).toContain(line);
  });

  it("agrees with its own header", () => {
    expect(header.awscli).toBe("1.45.11");
    expect(lines.length - 1).toBe(header.summary.entries);
    expect(header.selfCheck.operationsWhoseStepwiseTableDiffers).toBe(0);
    const { alias, hidden, rename } = header.summary.reproducedByKind;
    const data = [
      "alias",
      "hidden",
      "rename",
      "required-changed",
      "paramfile-disabled",
      "command-alias",
    ];
    const expected = data.reduce((n, kind) => n + (header.summary.reproducedByKind[kind] ?? 0), 0);
    expect(awsCliCustomizations().size).toBe(expected);
    expect([alias, hidden, rename].every((n) => typeof n === "number" && n > 0)).toBe(true);
  });

  it("gives the hidden command aliases of the AWS CLI's customizations", () => {
    expect(cliCommandAliases("CloudWatch", ["GetOTelEnrichment", "StopOTelEnrichment"])).toEqual({
      "get-o-tel-enrichment": "get-otel-enrichment",
      "stop-o-tel-enrichment": "stop-otel-enrichment",
    });
    expect(cliCommandAliases("mturk", ["ListHITsForQualificationType"])).toEqual({
      "list-hi-ts-for-qualification-type": "list-hits-for-qualification-type",
    });
    // Only the operations given, and none without the catalogue.
    expect(cliCommandAliases("cloudwatch", ["PutMetricData"])).toEqual({});
    expect(cliCommandAliases("cloudwatch", ["GetOTelEnrichment"], null)).toEqual({});
    // A caller's catalogue: only command names, and none that is an operation's.
    const odd = {
      size: 3,
      operation: () => undefined,
      commandAliases: () => [
        { alias: "__proto__", operation: "GetOTelEnrichment" },
        { alias: "put-metric-data", operation: "GetOTelEnrichment" },
        { alias: "get-o-tel", operation: "GetOTelEnrichment" },
      ],
    };
    const aliases = cliCommandAliases("x", ["GetOTelEnrichment", "PutMetricData"], odd);
    expect(aliases).toEqual({ "get-o-tel": "get-otel-enrichment" });
    expect(Object.getPrototypeOf(aliases)).toBe(Object.prototype);
  });

  it("gives the renames the issue names", () => {
    const catalogue = awsCliCustomizations();
    expect(catalogue.operation("cloudsearch-domain", "Search")?.renames[0]?.option).toBe(
      "--search-query",
    );
    expect(catalogue.operation("sagemaker", "DeleteImageVersion")?.renames[0]?.option).toBe(
      "--version-number",
    );
    expect(catalogue.operation("ec2", "RunInstances")?.renames).toEqual([
      expect.objectContaining({
        member: "DisableApiTermination",
        negated: true,
        option: "--enable-api-termination",
      }),
    ]);
  });
});
