// The service-2.json converter on a fixture written for these tests (fictional service, our own
// documentation): the whole canonical AST is pinned in fixtures/widgets/model.json, and the rules
// that matter most are asserted one by one so that a failure says which rule broke.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatCanonicalAst, toCanonicalAst } from "../../src/canonical-ast.js";
import { resolveModel } from "../../src/resolve.js";
import { convertService2 } from "../../src/service2/index.js";

const fixtureFile = fileURLToPath(new URL("./fixtures/widgets/service-2.json", import.meta.url));
const fixtureText = readFileSync(fixtureFile, "utf8");
const NS = "com.amazonaws.widgetstore";

function convert(text: string | Uint8Array = fixtureText) {
  const result = convertService2(text, "service-2.json");
  expect(result.diagnostics).toEqual([]);
  const resolved = resolveModel([result.loaded!]);
  expect(resolved.diagnostics).toEqual([]);
  return toCanonicalAst(resolved.model!);
}

describe("convertService2", () => {
  const shapes = convert().shapes;
  const shape = (name: string) => shapes[`${NS}#${name}`]!;
  const member = (name: string, m: string) => shape(name).members![m]!;

  it("pins the whole converted fixture (canonical JSON AST)", async () => {
    const result = convertService2(fixtureText, "service-2.json");
    const text = formatCanonicalAst(resolveModel([result.loaded!]).model!);
    await expect(text).toMatchFileSnapshot("./fixtures/widgets/model.json");
  });

  it("names the namespace and service after the service id; operations sorted; version, title, documentation", () => {
    expect(shape("WidgetStore")).toEqual({
      type: "service",
      version: "2024-01-31",
      operations: [
        { target: `${NS}#DeleteWidget` },
        { target: `${NS}#Ping` },
        { target: `${NS}#PutWidget` },
      ],
      traits: {
        "smithy.api#title": "Example Widget Store",
        "smithy.api#documentation": "<p>A store for example widgets.</p>",
      },
    });
  });

  it("converts operations: Unit for a missing input or output, errors sorted, deprecation", () => {
    expect(shape("Ping")).toEqual({
      type: "operation",
      input: { target: "smithy.api#Unit" },
      output: { target: "smithy.api#Unit" },
    });
    expect(shape("PutWidget").errors!.map((e) => e.target)).toEqual([
      `${NS}#InternalFailure`,
      `${NS}#LimitExceeded`,
      `${NS}#WidgetNotFound`,
    ]);
    expect(shape("DeleteWidget").traits!["smithy.api#deprecated"]).toEqual({
      message: "Use PutWidget with an empty shelf instead.",
    });
    expect(shape("DeleteWidget").output).toEqual({ target: "smithy.api#Unit" });
  });

  it("keeps structure members in order, with required, documentation, idempotency tokens and deprecations on the member", () => {
    expect(Object.keys(shape("PutWidgetRequest").members!)).toEqual([
      "Name",
      "Size",
      "Colour",
      "Weight",
      "Tags",
      "Parts",
      "Shape",
      "Settings",
      "Blueprint",
      "Picture",
      "ClientToken",
      "Secret",
      "LegacyCode",
      "MadeAt",
      "__proto__",
    ]);
    expect(member("PutWidgetRequest", "Name").traits).toEqual({
      "smithy.api#documentation": "<p>The widget's name.</p>",
      "smithy.api#required": {},
      "smithy.api#clientOptional": {},
    });
    expect(member("PutWidgetRequest", "Weight").traits).toBeUndefined(); // `box` needs nothing in 2.0
    expect(member("PutWidgetRequest", "ClientToken").traits).toEqual({
      "smithy.api#idempotencyToken": {},
    });
    expect(member("PutWidgetRequest", "LegacyCode").traits).toEqual({
      "smithy.api#deprecated": { message: "Use Name." },
    });
    expect(member("PutWidgetRequest", "MadeAt").traits).toEqual({
      "smithy.api#timestampFormat": "epoch-seconds",
    });
    expect(member("PutWidgetRequest", "__proto__").target).toBe(`${NS}#constructor`);
  });

  it("marks a structure @input/@output only when one operation uses it and nothing else does", () => {
    expect(shape("PutWidgetRequest").traits!["smithy.api#input"]).toEqual({});
    expect(shape("PutWidgetResponse").traits!["smithy.api#output"]).toEqual({});
    expect(shape("Part").traits).toBeUndefined();
  });

  it("turns min/max into @length or @range by type, and anchors patterns", () => {
    expect(shape("WidgetName").traits).toEqual({
      "smithy.api#length": { min: 1, max: 63 },
      "smithy.api#pattern": "^[a-z][a-z0-9-]*$",
    });
    expect(shape("WidgetArn").traits!["smithy.api#pattern"]).toBe("^arn:aws[a-z\\-]*:widgets:");
    expect(shape("Grams").traits).toEqual({ "smithy.api#range": { min: 0, max: 1000 } });
    expect(shape("Ratio").traits).toEqual({ "smithy.api#range": { min: 0, max: 1 } });
    expect(shape("PartList").traits).toEqual({ "smithy.api#length": { min: 1, max: 10 } });
    expect(shape("TagMap").traits).toEqual({ "smithy.api#length": { min: 0, max: 50 } });
    expect(shape("Picture")).toEqual({
      type: "blob",
      traits: { "smithy.api#length": { min: 1, max: 1048576 } },
    });
  });

  it("makes enum shapes with derived member names, collisions numbered in order", () => {
    const members = shape("WidgetSize").members!;
    expect(
      Object.entries(members).map(([name, m]) => [name, m.traits!["smithy.api#enumValue"]]),
    ).toEqual([
      ["ML_T2_MEDIUM", "ml.t2.medium"],
      ["IN_SERVICE", "InService"],
      ["AUTO_ML_JOB", "AutoMLJob"],
      ["A_B", "a-b"],
      ["A_B_2", "a_b"],
      ["_3D", "3d"],
      ["VALUE", "*"],
    ]);
    expect(shape("WidgetSize").traits).toEqual({
      "smithy.api#documentation": "<p>How big a widget is.</p>",
    });
  });

  it("makes no member of a union or event stream required, whatever `required` lists", () => {
    const doc = JSON.parse(fixtureText) as { shapes: Record<string, Record<string, unknown>> };
    doc.shapes["UpdateStream"]!["required"] = ["Progress"];
    doc.shapes["ShapeSpec"]!["required"] = ["Round"];
    const converted = convert(JSON.stringify(doc)).shapes;
    expect(converted[`${NS}#UpdateStream`]!.members!["Progress"]!.traits).toBeUndefined();
    expect(converted[`${NS}#ShapeSpec`]!.members!["Round"]!.traits).toBeUndefined();
  });

  it("converts the other kinds: list, map, union, document, event stream, errors, timestamps, sensitive, jsonvalue", () => {
    expect(shape("PartList").member).toEqual({ target: `${NS}#Part` });
    expect(shape("TagMap").key).toEqual({
      target: `${NS}#TagKey`,
      traits: { "smithy.api#documentation": "<p>A tag key.</p>" },
    });
    expect(shape("ShapeSpec").type).toBe("union");
    expect(shape("FreeForm")).toEqual({ type: "document" });
    expect(shape("UpdateStream")).toMatchObject({
      type: "union",
      traits: { "smithy.api#streaming": {} },
    });
    expect(member("ProgressEvent", "Percent").traits).toEqual({ "smithy.api#eventPayload": {} });
    expect(shape("WidgetNotFound").traits).toMatchObject({ "smithy.api#error": "client" });
    expect(shape("LimitExceeded").traits).toEqual({
      "smithy.api#error": "client",
      "smithy.api#httpError": 429,
      "smithy.api#retryable": { throttling: true },
    });
    expect(shape("InternalFailure").traits).toEqual({
      "smithy.api#error": "server",
      "smithy.api#httpError": 500,
    });
    expect(shape("IsoTime").traits).toEqual({ "smithy.api#timestampFormat": "date-time" });
    expect(shape("Secret").traits).toEqual({ "smithy.api#sensitive": {} });
    expect(member("PutWidgetRequest", "Blueprint").target).toBe(
      `${NS}#SynthesizedJsonBlueprintJson`,
    );
    expect(shape("SynthesizedJsonBlueprintJson").traits).toEqual({
      "smithy.api#length": { max: 4096 },
      "smithy.api#mediaType": "application/json",
      // botocore's name of the shape the copy is made from (output skeletons print it).
      "shapekit.botocore#shapeName": "BlueprintJson",
    });
  });

  it("accepts gzip bytes and plain bytes alike", () => {
    expect(convert(gzipSync(Buffer.from(fixtureText)))).toEqual(convert(Buffer.from(fixtureText)));
  });

  it("takes a namespace option", () => {
    const result = convertService2(fixtureText, "service-2.json", { namespace: "example.widgets" });
    // Every shape of the model, that is; the converter's own trait definitions keep theirs.
    const modelShapes = Object.keys(result.loaded!.ast.shapes).filter(
      (id) => !id.startsWith("shapekit.botocore#"),
    );
    expect(modelShapes.length).toBeGreaterThan(10);
    expect(modelShapes.every((id) => id.startsWith("example.widgets#"))).toBe(true);
  });

  it("records where each shape and member is, for the resolver's diagnostics", () => {
    const { loaded } = convertService2(fixtureText, "service-2.json");
    const lines = fixtureText.split("\n");
    const at = loaded!.sources.get(`${NS}#Secret`)!;
    expect(lines[at.line - 1]!.slice(at.column - 1)).toMatch(/^"Secret": \{ "type"/);
    const m = loaded!.sources.get(`${NS}#PutWidgetRequest$Colour`)!;
    expect(lines[m.line - 1]!.slice(m.column - 1)).toMatch(/^"Colour"/);
  });
});

describe("convertService2 on a REST protocol", () => {
  it("adds @http and binds members to labels, headers, query strings and the payload", () => {
    const text = JSON.stringify({
      metadata: { apiVersion: "2020-01-01", serviceId: "Rest Thing", protocol: "rest-json" },
      operations: {
        GetThing: {
          name: "GetThing",
          http: { method: "GET", requestUri: "/things/{Id}", responseCode: 200 },
          input: { shape: "GetThingRequest" },
        },
      },
      shapes: {
        GetThingRequest: {
          type: "structure",
          required: ["Id"],
          members: {
            Id: { shape: "S", location: "uri", locationName: "Id" },
            Version: { shape: "S", location: "header", locationName: "x-version" },
            Filter: { shape: "S", location: "querystring", locationName: "filter" },
            Meta: { shape: "M", location: "headers", locationName: "x-meta-" },
            Body: { shape: "B" },
          },
          payload: "Body",
        },
        S: { type: "string" },
        B: { type: "blob", streaming: true },
        M: { type: "map", key: { shape: "S" }, value: { shape: "S" } },
      },
    });
    const ast = convertService2(text, "service-2.json").loaded!.ast;
    const ns = "com.amazonaws.restthing";
    expect(ast.shapes[`${ns}#GetThing`]!.traits).toEqual({
      "smithy.api#http": { method: "GET", uri: "/things/{Id}", code: 200 },
    });
    const members = ast.shapes[`${ns}#GetThingRequest`]!.members!;
    expect(members.Id!.traits).toMatchObject({
      "smithy.api#httpLabel": {},
      "smithy.api#required": {},
    });
    expect(members.Version!.traits).toEqual({ "smithy.api#httpHeader": "x-version" });
    expect(members.Filter!.traits).toEqual({ "smithy.api#httpQuery": "filter" });
    expect(members.Meta!.traits).toEqual({ "smithy.api#httpPrefixHeaders": "x-meta-" });
    expect(members.Body!.traits).toEqual({ "smithy.api#httpPayload": {} });
    expect(ast.shapes[`${ns}#B`]!.traits).toEqual({ "smithy.api#streaming": {} });
    expect(resolveModel([convertService2(text, "service-2.json").loaded!]).diagnostics).toEqual([]);
  });
});
