// Names botocore accepts and Smithy does not: a shape named like an operation or the service is
// renamed `<Name>Shape` in the Smithy model (warned, with its JSON path), names equal ignoring
// case are kept and warned about, and nothing a request or the CLI sees changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../src/resolve.js";
import { convertService2 } from "../../src/service2/index.js";
import { planShapeRenames } from "../../src/service2/name-clashes.js";

const NS = "com.amazonaws.tiny";

function doc(
  shapes: Record<string, unknown>,
  operations: Record<string, unknown> = {},
  serviceId = "Tiny",
): string {
  return JSON.stringify(
    {
      metadata: { apiVersion: "2020-01-01", serviceId, protocol: "rest-json" },
      operations,
      shapes,
    },
    null,
    2,
  );
}

/** Converts and resolves; the warnings as `line:col message`, the resolved model's shapes. */
function load(text: string) {
  const converted = convertService2(text, "service-2.json");
  expect(converted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const resolved = resolveModel([converted.loaded!]);
  expect(resolved.diagnostics).toEqual([]);
  const warnings = converted.diagnostics.map(
    (d) => `${d.location.line}:${d.location.column} ${d.message}`,
  );
  return { warnings, ast: converted.loaded!.ast.shapes, model: resolved.model! };
}

const http = { method: "POST", requestUri: "/" };

describe("a shape named like an operation (IoT's DeleteStream, Pinpoint's CreateRecommenderConfiguration)", () => {
  const text = doc(
    {
      DeleteStream: { type: "boolean" },
      Settings: { type: "structure", members: { A: { shape: "Str" } } },
      CreateSettings: { type: "structure", members: { A: { shape: "Str" } } },
      DeleteOtaRequest: {
        type: "structure",
        members: {
          deleteStream: {
            shape: "DeleteStream",
            location: "querystring",
            locationName: "deleteStream",
          },
        },
      },
      CreateSettingsRequest: {
        type: "structure",
        members: { CreateSettings: { shape: "CreateSettings" } },
        payload: "CreateSettings",
      },
      Str: { type: "string" },
    },
    {
      DeleteStream: { name: "DeleteStream", http },
      DeleteOta: { name: "DeleteOta", http, input: { shape: "DeleteOtaRequest" } },
      CreateSettings: { name: "CreateSettings", http, input: { shape: "CreateSettingsRequest" } },
    },
  );
  const { warnings, ast } = load(text);
  // The line of a key inside `shapes` (operations come first in the document).
  const lines = text.split("\n");
  const shapesStart = lines.findIndex((l) => l.includes('"shapes": {'));
  const line = (needle: string) =>
    lines.findIndex((l, i) => i > shapesStart && l.includes(needle)) + 1;

  it("renames the shape, keeps the operation, and warns at the shape with its JSON path", () => {
    expect(ast[`${NS}#DeleteStream`]!.type).toBe("operation");
    expect(ast[`${NS}#DeleteStreamShape`]).toEqual({
      type: "boolean",
      traits: { "shapekit.botocore#shapeName": "DeleteStream" },
    });
    expect(ast[`${NS}#CreateSettings`]!.type).toBe("operation");
    expect(ast[`${NS}#CreateSettingsShape`]!.type).toBe("structure");
    expect(warnings).toEqual([
      `${line('"DeleteStream": {')}:5 The shape DeleteStream has the name of the operation DeleteStream; Smithy needs them distinct, so the Smithy model calls the shape DeleteStreamShape (member and wire names are unchanged) (at shapes.DeleteStream)`,
      `${line('"CreateSettings": {')}:5 The shape CreateSettings has the name of the operation CreateSettings; Smithy needs them distinct, so the Smithy model calls the shape CreateSettingsShape (member and wire names are unchanged) (at shapes.CreateSettings)`,
    ]);
  });

  it("points every reference at the renamed shape; member names and wire names are unchanged", () => {
    expect(ast[`${NS}#DeleteOtaRequest`]!.members).toEqual({
      deleteStream: {
        target: `${NS}#DeleteStreamShape`,
        traits: { "smithy.api#httpQuery": "deleteStream" },
      },
    });
    expect(ast[`${NS}#CreateSettingsRequest`]!.members).toEqual({
      CreateSettings: {
        target: `${NS}#CreateSettingsShape`,
        traits: { "smithy.api#httpPayload": {} },
      },
    });
    expect(ast[`${NS}#Settings`]!.type).toBe("structure");
  });
});

describe("other clashes", () => {
  it("renames a shape named like the service (Budgets' list shape `Budgets`)", () => {
    const { warnings, ast } = load(
      doc(
        {
          Budgets: { type: "list", member: { shape: "S" } },
          S: { type: "string" },
          Out: { type: "structure", members: { Budgets: { shape: "Budgets" } } },
        },
        {
          DescribeBudgets: { name: "DescribeBudgets", http, output: { shape: "Out" } },
        },
        "Budgets",
      ),
    );
    expect(ast["com.amazonaws.budgets#Budgets"]!.type).toBe("service");
    expect(ast["com.amazonaws.budgets#BudgetsShape"]!.type).toBe("list");
    expect(ast["com.amazonaws.budgets#Out"]!.members!.Budgets!.target).toBe(
      "com.amazonaws.budgets#BudgetsShape",
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      "The shape Budgets has the name of the service (named from metadata); Smithy needs them distinct, so the Smithy model calls the shape BudgetsShape",
    );
  });

  it("numbers the new name when `<Name>Shape` is taken", () => {
    const { ast } = load(
      doc(
        { Op: { type: "string" }, OpShape: { type: "integer" }, OpShape2: { type: "long" } },
        { Op: { name: "Op", http }, OpShape3: { name: "OpShape3", http } },
      ),
    );
    expect(ast[`${NS}#OpShape4`]).toEqual({
      type: "string",
      traits: { "shapekit.botocore#shapeName": "Op" },
    });
    expect(ast[`${NS}#OpShape`]).toEqual({ type: "integer" });
    expect(ast[`${NS}#OpShape2`]).toEqual({ type: "long" });
  });

  it("renames the service, not the operation, when an operation has the service's name", () => {
    const { warnings, ast } = load(doc({}, { Tiny: { name: "Tiny", http } }));
    expect(ast[`${NS}#Tiny`]!.type).toBe("operation");
    expect(ast[`${NS}#TinyService`]!.type).toBe("service");
    expect(ast[`${NS}#TinyService`]!.operations).toEqual([{ target: `${NS}#Tiny` }]);
    expect(warnings[0]).toContain(
      "The service name Tiny (from metadata) is also an operation name; Smithy needs them distinct, so the service shape is TinyService (at metadata)",
    );
  });

  it("keeps a `jsonvalue` copy of a renamed shape distinct from every other name", () => {
    const { ast } = load(
      doc(
        {
          Op: { type: "string" },
          SynthesizedJsonOp: { type: "string" },
          In: { type: "structure", members: { Doc: { shape: "Op", jsonvalue: true } } },
        },
        { Op: { name: "Op", http, input: { shape: "In" } } },
      ),
    );
    expect(ast[`${NS}#In`]!.members!.Doc!.target).toBe(`${NS}#SynthesizedJsonOp2`);
    expect(ast[`${NS}#SynthesizedJsonOp2`]).toEqual({
      type: "string",
      traits: { "shapekit.botocore#shapeName": "Op", "smithy.api#mediaType": "application/json" },
    });
    expect(ast[`${NS}#OpShape`]).toEqual({
      type: "string",
      traits: { "shapekit.botocore#shapeName": "Op" },
    });
  });

  it("makes `streaming` on a member a `@streaming` copy of the blob (S3's Body), once, the blob left as it is", () => {
    const { warnings, ast } = load(
      doc(
        {
          Body: { type: "blob" },
          Name: { type: "string" },
          Streamed: { type: "blob", streaming: true },
          In: {
            type: "structure",
            members: {
              Body: { shape: "Body", streaming: true },
              Again: { shape: "Body", streaming: true },
              Plain: { shape: "Body" },
              Already: { shape: "Streamed", streaming: true },
              Text: { shape: "Name", streaming: true },
            },
          },
        },
        { Op: { name: "Op", http, input: { shape: "In" } } },
      ),
    );
    const members = ast[`${NS}#In`]!.members!;
    expect(members.Body!.target).toBe(`${NS}#SynthesizedStreamingBody`);
    expect(members.Again!.target).toBe(`${NS}#SynthesizedStreamingBody`);
    expect(members.Plain!.target).toBe(`${NS}#Body`);
    expect(members.Already!.target).toBe(`${NS}#Streamed`);
    expect(members.Text!.target).toBe(`${NS}#Name`);
    expect(ast[`${NS}#SynthesizedStreamingBody`]).toEqual({
      type: "blob",
      traits: { "shapekit.botocore#shapeName": "Body", "smithy.api#streaming": {} },
    });
    expect(ast[`${NS}#Body`]).toEqual({ type: "blob" });
    expect(warnings).toEqual([
      expect.stringContaining("`streaming` on a member applies to blob members only; ignored"),
    ]);
  });

  it("renames a shape that differs only in case from an earlier shape or an operation (EC2's maxResults beside MaxResults)", () => {
    const { warnings, ast } = load(
      doc(
        {
          MaxResults: { type: "integer" },
          maxResults: { type: "integer" },
          listthings: { type: "string" },
        },
        { ListThings: { name: "ListThings", http } },
      ),
    );
    expect(Object.keys(ast)).toEqual(
      expect.arrayContaining([
        `${NS}#MaxResults`,
        `${NS}#maxResults2`,
        `${NS}#listthings2`,
        `${NS}#ListThings`,
      ]),
    );
    expect(ast[`${NS}#maxResults`]).toBeUndefined();
    expect(warnings.map((w) => w.replace(/^\d+:\d+ /, ""))).toEqual([
      "Shape maxResults differs only in case from MaxResults, which Smithy does not allow; it is named maxResults2 in the converted model (members, wire names and the command line are unchanged) (at shapes.maxResults)",
      "Shape listthings differs only in case from ListThings, which Smithy does not allow; it is named listthings2 in the converted model (members, wire names and the command line are unchanged) (at shapes.listthings)",
    ]);
  });

  it("uses the key of an operation whose `name` adds the API version (CloudFront), without a warning", () => {
    const out = convertService2(
      doc({}, { GetThing: { name: "GetThing2020_05_31", http }, Other: { name: "Renamed", http } }),
      "service-2.json",
    );
    expect(out.diagnostics.map((d) => d.message)).toEqual([
      'The operation\'s `name` "Renamed" differs from its key; the key is used (at operations.Other.name)',
    ]);
    expect(out.loaded!.ast.shapes[`${NS}#GetThing`]!.type).toBe("operation");
  });
});

describe("planShapeRenames", () => {
  const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}$/);

  it("leaves every name distinct from the others and from the reserved names, renaming only clashing shapes", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(identifier, { maxLength: 12 }),
        fc.uniqueArray(identifier, { maxLength: 6 }),
        (shapes, reserved) => {
          const renames = planShapeRenames(
            shapes,
            reserved.map((name) => ({ name, what: `the operation ${name}` })),
          );
          const renamed = new Map(renames.map((r) => [r.from, r.to]));
          const final = shapes.map((s) => renamed.get(s) ?? s);
          expect(new Set([...final, ...reserved]).size).toBe(final.length + reserved.length);
          expect(renames.map((r) => r.from)).toEqual(shapes.filter((s) => reserved.includes(s)));
          for (const { from, to } of renames) expect(to).toMatch(new RegExp(`^${from}Shape\\d*$`));
        },
      ),
    );
  });

  it("is deterministic: the same input gives the same renames", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(identifier, { maxLength: 12 }),
        fc.uniqueArray(identifier, { maxLength: 6 }),
        (shapes, names) => {
          const reserved = names.map((name) => ({ name, what: name }));
          expect(planShapeRenames(shapes, reserved)).toEqual(
            planShapeRenames([...shapes], [...reserved]),
          );
        },
      ),
    );
  });
});

describe("a converted model with arbitrary clashing names resolves", () => {
  it("every member target exists and no two shape ids are equal", () => {
    const name = fc.constantFrom(
      "Alpha",
      "alpha",
      "Beta",
      "Tiny",
      "AlphaShape",
      "Gamma",
      "BetaShape",
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 7 }),
        // Operation names are CLI commands: never two that differ only in case.
        fc.uniqueArray(name, { maxLength: 4, selector: (n) => n.toLowerCase() }),
        (shapeNames, operationNames) => {
          const shapes: Record<string, unknown> = {};
          for (const n of shapeNames)
            shapes[n] = {
              type: "structure",
              // Member names by position: botocore member names never differ only in case.
              members: Object.fromEntries(shapeNames.map((m, i) => [`m${i}`, { shape: m }])),
            };
          const operations = Object.fromEntries(
            operationNames.map((o) => [o, { name: o, http, input: { shape: shapeNames[0] } }]),
          );
          const converted = convertService2(doc(shapes, operations), "service-2.json");
          expect(converted.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          const resolved = resolveModel([converted.loaded!]);
          expect(resolved.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          const ast = converted.loaded!.ast.shapes;
          const structures = Object.values(ast).filter((s) => s.type === "structure");
          expect(structures).toHaveLength(shapeNames.length);
          for (const s of structures)
            for (const m of Object.values(s.members!))
              expect(ast[m.target]?.type).toBe("structure");
          expect(Object.values(ast).filter((s) => s.type === "operation")).toHaveLength(
            operationNames.length,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
