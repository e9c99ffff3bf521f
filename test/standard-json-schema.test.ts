// `validateInput` of an operation's entry point as a Standard Schema and a Standard JSON Schema
// v1: the JSON Schema it hands out is the committed schemas/*.schema.json document (draft
// 2020-12), a draft-07 form that ajv's default (draft-07) compiles and that agrees with the
// validator, fresh objects per call, a documented error for other targets, and issue codes.

import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { JsonSchemaTargetError } from "@shapekit/validation";
import { validateInput } from "@shapekit/sagemaker-validators/operations/CreateEndpointConfig";
import { describe, expect, it } from "vitest";

const committed = JSON.parse(
  readFileSync(
    new URL(
      "../packages/sagemaker-validators/schemas/CreateEndpointConfigInput.schema.json",
      import.meta.url,
    ),
    "utf8",
  ),
) as Record<string, unknown>;

const good = {
  EndpointConfigName: "c",
  ProductionVariants: [{ VariantName: "v", ModelName: "m", InstanceType: "ml.m5.large" }],
  Tags: [{ Key: "team", Value: "ml" }],
};
const bad = [
  { EndpointConfigName: "bad name", ProductionVariants: [] },
  { EndpointConfigName: "c" },
  { ...good, Tags: [{ Key: "team" }] },
  { ...good, Unknown: 1 },
];

describe("validateInput['~standard'].jsonSchema", () => {
  const converter = validateInput["~standard"].jsonSchema;

  it("gives the committed draft 2020-12 document for input and output", () => {
    expect(converter.input({ target: "draft-2020-12" })).toEqual(committed);
    expect(converter.output({ target: "draft-2020-12" })).toEqual(committed);
  });

  it("returns a fresh copy each call", () => {
    const first = converter.input({ target: "draft-2020-12" });
    first["title"] = "changed";
    (first["$defs"] as Record<string, unknown>)["Tag"] = {};
    expect(converter.input({ target: "draft-2020-12" })).toEqual(committed);
  });

  it("agrees with the validator in draft 2020-12 and in draft-07 (ajv)", () => {
    const draft2020 = new Ajv2020({ strict: false }).compile(
      converter.input({ target: "draft-2020-12" }),
    );
    const draft07Schema = converter.input({ target: "draft-07" });
    expect(draft07Schema["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
    expect(JSON.stringify(draft07Schema)).not.toContain("$defs");
    const draft07 = new Ajv({ strict: false }).compile(draft07Schema);
    for (const value of [good, ...bad]) {
      const expected = validateInput(value).ok;
      expect(draft2020(value)).toBe(expected);
      expect(draft07(value)).toBe(expected);
    }
    expect(validateInput(good).ok).toBe(true);
  });

  it("throws JsonSchemaTargetError for a target it does not support", () => {
    expect(() => converter.input({ target: "openapi-3.0" })).toThrow(JsonSchemaTargetError);
    expect(() => converter.output({ target: "draft-04" })).toThrow(/"draft-04" is not supported/);
  });
});

describe("validateInput['~standard'].validate", () => {
  it("keeps each issue's code beside message and path", async () => {
    const result = await validateInput["~standard"].validate(bad[0]);
    expect(result.issues).toBeDefined();
    const issues = result.issues as ReadonlyArray<{ code?: string; path?: unknown }>;
    const own = validateInput(bad[0]);
    expect(own.ok).toBe(false);
    if (!own.ok) expect(issues.map((i) => i.code)).toEqual(own.issues.map((i) => i.code));
    expect(issues.map((i) => i.code)).toEqual(["pattern", "length"]);
  });

  it("returns the value on success", async () => {
    expect(await validateInput["~standard"].validate(good)).toEqual({ value: good });
  });
});
