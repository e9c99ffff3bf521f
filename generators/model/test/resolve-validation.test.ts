import { describe, expect, it } from "vitest";
import { describeDiagnostics, errors, resolveDocs } from "./json-models.js";

const S = "smithy.api#String";
const U = "smithy.api#Unit";
const doc = (shapes: Record<string, unknown>) => ({ smithy: "2.0", shapes });
const messages = (shapes: Record<string, unknown>) => errors(resolveDocs(doc(shapes)).diagnostics).map((d) => d.message);

describe("references and traits", () => {
  it("reports unresolved member targets and operation bindings at the member / shape", () => {
    const result = resolveDocs(
      doc({
        "ns#S": { type: "structure", members: { a: { target: "ns#Nope" } } },
        "ns#O": { type: "operation", input: { target: "ns#S" }, output: { target: "ns#Gone" }, errors: [{ target: S }] },
      }),
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "a.json:7:9 error Member ns#S$a targets ns#Nope, which is not defined",
      "a.json:12:5 error The error of ns#O must be a structure, but smithy.api#String is a string",
      "a.json:12:5 error The output ns#Gone of ns#O is not defined",
    ]);
  });

  it("requires traits to be shapes marked @trait; unknown non-prelude traits are warnings", () => {
    const result = resolveDocs(
      doc({
        "ns#notTrait": { type: "string" },
        "ns#A": { type: "string", traits: { "ns#notTrait": "x", "smithy.api#nope": {}, "aws.api#service": { sdkId: "X" } } },
      }),
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "a.json:10:9 error ns#notTrait is applied to ns#A as a trait, but it is not marked @trait",
      "a.json:11:9 error Unknown trait smithy.api#nope on ns#A: the prelude defines no such trait",
      "a.json:12:9 warning Trait aws.api#service (on ns#A) is not defined by any file of the model; its values are not checked",
    ]);
  });

  it("checks trait values against the trait's shape", () => {
    expect(
      messages({
        "ns#A": { type: "string", traits: { "smithy.api#length": { min: "1" }, "smithy.api#error": "nobody", "smithy.api#documentation": 3 } },
        "ns#B": { type: "list", member: { target: S }, traits: { "smithy.api#tags": "a", "smithy.api#http": { uri: "/" } } },
      }),
    ).toEqual([
      "Invalid trait value on ns#A: @length.min: expected a number for long smithy.api#Long, found string",
      'Invalid trait value on ns#A: @error: "nobody" is not a value of smithy.api#error',
      "Invalid trait value on ns#A: @documentation: expected a string for string smithy.api#documentation, found number",
      "Invalid trait value on ns#B: @tags: expected an array for list smithy.api#tags, found string",
      "Invalid trait value on ns#B: @http: missing required member `method` of smithy.api#http",
    ]);
  });
});

describe("enums and intEnums", () => {
  it("gives enum members without @enumValue their name as value", () => {
    const { model } = resolveDocs(doc({ "ns#E": { type: "enum", members: { FOO: { target: U } } } }));
    expect(model!.member("ns#E$FOO")!.traits.get("smithy.api#enumValue")).toBe("FOO");
  });

  it("rejects empty enums, non-string enum values, duplicates and members not targeting Unit", () => {
    expect(
      messages({
        "ns#Empty": { type: "enum", members: {} },
        "ns#E": {
          type: "enum",
          members: {
            A: { target: U, traits: { "smithy.api#enumValue": 10 } },
            B: { target: U, traits: { "smithy.api#enumValue": "x" } },
            C: { target: U, traits: { "smithy.api#enumValue": "x" } },
            D: { target: S },
          },
        },
      }),
    ).toEqual([
      "enum ns#Empty must have at least one member",
      "ns#E$A: enum members can only be assigned string values, but found: 10",
      'ns#E$C: the value "x" is already used by ns#E$B',
      "enum member ns#E$D must target smithy.api#Unit, not smithy.api#String",
    ]);
  });

  it("requires intEnum values to be 32-bit integers", () => {
    const v = (value: unknown) => ({ target: U, traits: { "smithy.api#enumValue": value } });
    expect(
      messages({
        "ns#I": { type: "intEnum", members: { A: v("Abc"), B: v(1.5), C: v(2147483648), D: { target: U }, E: v(1) } },
        "ns#Empty": { type: "intEnum", members: {} },
      }),
    ).toEqual([
      'ns#I$A: intEnum members require integer values, but found: "Abc"',
      "ns#I$B: intEnum members do not support floating point values, but found: 1.5",
      "ns#I$C: intEnum members must fit within an integer, but found: 2147483648",
      "ns#I$D: intEnum members require an @enumValue",
      "intEnum ns#Empty must have at least one member",
    ]);
  });
});

describe("lists, maps and defaults", () => {
  it("requires list members and map keys and values; map keys are strings", () => {
    expect(
      messages({
        "ns#L": { type: "list" },
        "ns#M": { type: "map", key: { target: "smithy.api#Integer" } },
      }),
    ).toEqual([
      "Missing required member of shape ns#L: member",
      "Missing required member of shape ns#M: value",
      "The key of map ns#M must target a string shape, not the integer smithy.api#Integer",
    ]);
  });

  it("checks default values against the target and requires repeating a target's default", () => {
    expect(
      messages({
        "ns#S": {
          type: "structure",
          members: {
            a: { target: S, traits: { "smithy.api#default": 1 } },
            b: { target: "smithy.api#PrimitiveInteger" },
            c: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": 1 } },
            d: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": null } },
            e: { target: "smithy.api#Integer", traits: { "smithy.api#default": 0, "smithy.api#required": {} } },
          },
        },
        "ns#Root": { type: "integer", traits: { "smithy.api#default": null } },
      }),
    ).toEqual([
      "ns#S$a: @default: expected a string for string smithy.api#String, found number",
      "Member ns#S$b targets smithy.api#PrimitiveInteger, which has a default of 0: the member must repeat it (or set @default(null))",
      "Member ns#S$c has a default of 1, but its target smithy.api#PrimitiveInteger defaults to 0",
      "The @default of ns#Root cannot be null on a root shape",
    ]);
  });
});
