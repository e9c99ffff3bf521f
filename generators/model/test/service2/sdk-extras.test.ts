// botocore's `service-2.sdk-extras.json`: its `merge` object is deep-merged into the model before
// the conversion (objects merge, anything else is replaced), diagnostics about what it added point
// into the extras file, and `loadModel` finds it beside `service-2.json[.gz]`.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/load.js";
import { convertService2 } from "../../src/service2/index.js";
import { parseJsonDocument } from "../../src/service2/json-document.js";
import { mergeSdkExtras } from "../../src/service2/sdk-extras.js";

const NS = "com.amazonaws.tiny";

const model = {
  metadata: { apiVersion: "2020-01-01", serviceId: "Tiny", protocol: "json" },
  operations: { CopyThing: { name: "CopyThing", input: { shape: "CopyThingMessage" } } },
  shapes: {
    CopyThingMessage: {
      type: "structure",
      required: ["Id"],
      members: { Id: { shape: "String" }, Tags: { shape: "TagList" } },
    },
    TagList: { type: "list", member: { shape: "String" }, max: 5 },
    Expires: { type: "string" },
    String: { type: "string" },
  },
};
const modelText = JSON.stringify(model, null, 2);

function extras(merge: unknown): string {
  return JSON.stringify({ version: 1.0, merge }, null, 2);
}

function convert(...extrasTexts: string[]) {
  return convertService2(modelText, "service-2.json", {
    extras: extrasTexts.map((text, i) => ({ text, file: `extras-${i}.json` })),
  });
}

describe("merging sdk-extras into a service-2 model", () => {
  it("adds members and shapes, replaces scalars and lists, merges objects (RDS's SourceRegion, S3's Expires)", () => {
    const result = convert(
      extras({
        shapes: {
          CopyThingMessage: {
            members: { SourceRegion: { shape: "String", documentation: "<p>Where from.</p>" } },
            required: ["Id", "SourceRegion"],
          },
          Expires: { type: "timestamp" },
          Region: { type: "string" },
        },
        metadata: { serviceId: "Tiny" },
      }),
    );
    expect(result.diagnostics).toEqual([]);
    const shapes = result.loaded!.ast.shapes;
    expect(Object.keys(shapes[`${NS}#CopyThingMessage`]!.members!)).toEqual([
      "Id",
      "Tags",
      "SourceRegion",
    ]);
    expect(shapes[`${NS}#CopyThingMessage`]!.members!.SourceRegion!.traits).toMatchObject({
      "smithy.api#documentation": "<p>Where from.</p>",
      "smithy.api#required": {},
    });
    expect(shapes[`${NS}#Expires`]).toEqual({ type: "timestamp" });
    expect(shapes[`${NS}#Region`]).toEqual({ type: "string" });
    // Untouched parts of a merged shape stay as the model has them.
    expect(shapes[`${NS}#TagList`]!.traits).toEqual({ "smithy.api#length": { max: 5 } });
  });

  it("merges several files in order, the later one winning", () => {
    const result = convert(
      extras({ shapes: { TagList: { max: 7 } } }),
      extras({ shapes: { TagList: { max: 9 } } }),
    );
    expect(result.loaded!.ast.shapes[`${NS}#TagList`]!.traits).toEqual({
      "smithy.api#length": { max: 9 },
    });
  });

  it("changes the namespace when the extras set the service id (Secrets Manager, EKS)", () => {
    const result = convert(extras({ metadata: { serviceId: "Other Name" } }));
    expect(Object.keys(result.loaded!.ast.shapes)).toContain("com.amazonaws.othername#OtherName");
  });

  it("ignores a file without `merge`, and treats __proto__ as an ordinary key", () => {
    expect(convert('{"version": 1.0}').loaded!.ast.shapes).toEqual(convert().loaded!.ast.shapes);
    const result = convert('{"merge": {"shapes": {"__proto__": {"type": "string"}}}}');
    expect(result.diagnostics).toEqual([]);
    expect(Object.hasOwn(result.loaded!.ast.shapes, `${NS}#__proto__`)).toBe(true);
    expect(Object.getPrototypeOf(result.loaded!.ast.shapes)).toBe(Object.prototype);
  });

  it("points a problem in what the extras added at the extras file, and other problems at the model", () => {
    const extrasText = extras({
      shapes: {
        CopyThingMessage: { members: { SourceRegion: { shape: "Missing" } } },
        TagList: { min: "x" },
      },
    });
    const result = convert(extrasText);
    const found = result.diagnostics.map(
      (d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.message}`,
    );
    const extrasLine = (needle: string) =>
      extrasText.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(found).toEqual(
      expect.arrayContaining([
        `extras-0.json:${extrasLine('"shape": "Missing"')}:13 Unknown shape "Missing" (at shapes.CopyThingMessage.members.SourceRegion.shape)`,
        `extras-0.json:${extrasLine('"min": "x"')}:9 \`min\` must be a number (at shapes.TagList.min)`,
      ]),
    );
    expect(found).toHaveLength(2);
  });

  it("rejects an extras file that is not JSON, not an object, or whose merge is not an object", () => {
    const messages = (text: string) =>
      convert(text).diagnostics.map(
        (d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.message}`,
      );
    expect(messages("{")[0]).toMatch(/^extras-0\.json:1:2 Invalid JSON/);
    expect(messages("[]")).toEqual([
      "extras-0.json:1:1 An sdk-extras file must be an object with a `merge` object",
    ]);
    expect(messages('{\n  "merge": [1]\n}')).toEqual([
      "extras-0.json:2:3 `merge` must be an object (at merge)",
    ]);
    expect(convert("[]").loaded).toBeUndefined();
  });

  it("is botocore's deep merge: objects merge key by key, anything else from the extras replaces", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.integer(),
        fc.constantFrom("a", "b"),
        fc.array(fc.integer(), { maxLength: 2 }),
        tie("object"),
      ),
      object: fc.dictionary(fc.constantFrom("k", "l", "m", "__proto__"), tie("value"), {
        maxKeys: 3,
      }),
    })).object;
    // The rule as botocore states it, written independently of the implementation.
    const expected = (base: unknown, extra: unknown): unknown => {
      if (!isPlainObject(base) || !isPlainObject(extra)) return extra;
      const out = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      for (const [k, v] of Object.entries(extra))
        Object.defineProperty(out, k, {
          value: Object.hasOwn(base, k) ? expected(base[k], v) : v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return out;
    };
    fc.assert(
      fc.property(json, json, (base, extra) => {
        const parsed = parseJsonDocument(JSON.stringify(base), "service-2.json");
        if (!parsed.ok) throw new Error("unreachable: the text is JSON.stringify output");
        const problems = mergeSdkExtras(parsed.document, [
          { text: JSON.stringify({ merge: extra }), file: "x.json" },
        ]);
        expect(problems).toEqual([]);
        expect(JSON.stringify(parsed.document.value)).toBe(JSON.stringify(expected(base, extra)));
      }),
      { numRuns: 200 },
    );
  });
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

describe("loadModel reads the sdk-extras file beside a service-2 file", () => {
  const extrasText = extras({
    shapes: { CopyThingMessage: { members: { SourceRegion: { shape: "String" } } } },
  });

  it.each([
    ["service-2.json", modelText, "service-2.sdk-extras.json", extrasText],
    [
      "service-2.json.gz",
      gzipSync(Buffer.from(modelText)),
      "service-2.sdk-extras.json",
      extrasText,
    ],
    [
      "service-2.json",
      modelText,
      "service-2.sdk-extras.json.gz",
      gzipSync(Buffer.from(extrasText)),
    ],
  ])("%s with %s", (modelName, modelContent, extrasName, extrasContent) => {
    const dir = mkdtempSync(join(tmpdir(), "shapekit-extras-"));
    writeFileSync(join(dir, modelName), modelContent);
    writeFileSync(join(dir, extrasName), extrasContent);
    for (const path of [dir, join(dir, modelName)]) {
      const result = loadModel([path]);
      expect(result.diagnostics).toEqual([]);
      expect([...result.model!.expectShape(`${NS}#CopyThingMessage`).members.keys()]).toEqual([
        "Id",
        "Tags",
        "SourceRegion",
      ]);
    }
  });

  it("shows the extras file's line under a diagnostic about what it added", () => {
    const dir = mkdtempSync(join(tmpdir(), "shapekit-extras-"));
    mkdirSync(join(dir, "2020-01-01"));
    writeFileSync(join(dir, "2020-01-01", "service-2.json"), modelText);
    writeFileSync(
      join(dir, "2020-01-01", "service-2.sdk-extras.json"),
      extrasText.replace('"shape": "String"', '"shape": "Strng"'),
    );
    const result = loadModel([dir]);
    const d = result.diagnostics.find((x) => x.message.includes("Strng"))!;
    expect(d.location.file).toBe(join(dir, "2020-01-01", "service-2.sdk-extras.json"));
    expect(result.sourceText(d.location.file)!.split("\n")[d.location.line - 1]).toContain(
      '"shape": "Strng"',
    );
  });

  it("does not merge an extras file beside a model with another name", () => {
    const dir = mkdtempSync(join(tmpdir(), "shapekit-extras-"));
    writeFileSync(join(dir, "tiny.json"), modelText);
    writeFileSync(join(dir, "service-2.sdk-extras.json"), extrasText);
    const result = loadModel([join(dir, "tiny.json")]);
    expect([...result.model!.expectShape(`${NS}#CopyThingMessage`).members.keys()]).toEqual([
      "Id",
      "Tags",
    ]);
  });
});
