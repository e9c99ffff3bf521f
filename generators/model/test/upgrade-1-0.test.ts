import { describe, expect, it } from "vitest";
import { loadJsonAst } from "../src/json-ast-loader.js";
import { describeDiagnostics, jsonText, resolveDocs } from "./json-models.js";

describe("Smithy 1.0 files", () => {
  it("give non-boxed primitive shapes and the members targeting them zero defaults", () => {
    const { model, diagnostics } = resolveDocs({
      smithy: "1.0",
      shapes: {
        "ns#Count": { type: "integer" },
        "ns#Flag": { type: "boolean" },
        "ns#Boxed": { type: "integer", traits: { "smithy.api#box": {} } },
        "ns#S": {
          type: "structure",
          members: {
            count: { target: "ns#Count" },
            flag: { target: "ns#Flag" },
            boxed: { target: "ns#Boxed" },
            prim: { target: "smithy.api#PrimitiveLong" },
            boxedMember: { target: "smithy.api#PrimitiveLong", traits: { "smithy.api#box": {} } },
            plain: { target: "smithy.api#Integer" },
          },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    const d = (id: string) =>
      model!.shape(id)?.traits.get("smithy.api#default") ??
      model!.member(id)?.traits.get("smithy.api#default");
    expect([d("ns#Count"), d("ns#Flag"), d("ns#Boxed")]).toEqual([0, false, undefined]);
    expect(model!.shape("ns#Boxed")!.traits.size).toBe(0);
    expect([
      d("ns#S$count"),
      d("ns#S$flag"),
      d("ns#S$boxed"),
      d("ns#S$prim"),
      d("ns#S$boxedMember"),
      d("ns#S$plain"),
    ]).toEqual([0, false, undefined, 0, null, undefined]);
  });

  it("give members targeting a streaming blob an empty default unless required", () => {
    const { model, diagnostics } = resolveDocs({
      smithy: "1.0",
      shapes: {
        "ns#Stream": { type: "blob", traits: { "smithy.api#streaming": {} } },
        "ns#Plain": { type: "blob" },
        "ns#S": {
          type: "structure",
          members: { body: { target: "ns#Stream" }, plain: { target: "ns#Plain" } },
        },
        "ns#R": {
          type: "structure",
          members: { body: { target: "ns#Stream", traits: { "smithy.api#required": {} } } },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    const d = (id: string) => model!.member(id)!.traits.get("smithy.api#default");
    expect([d("ns#S$body"), d("ns#S$plain"), d("ns#R$body")]).toEqual(["", undefined, undefined]);
  });

  it("reject the @default trait, which 1.0 does not have", () => {
    const { diagnostics } = resolveDocs({
      smithy: "1.0",
      shapes: {
        "ns#N": { type: "integer", traits: { "smithy.api#default": 1 } },
        "ns#S": {
          type: "structure",
          members: { a: { target: "smithy.api#String", traits: { "smithy.api#default": "x" } } },
        },
      },
    });
    expect(describeDiagnostics(diagnostics).map((d) => d.replace(/^\S+ /, ""))).toEqual([
      'error The @default trait of ns#N can only be used in Smithy 2.0 or later (add `$version: "2"`; 1.0 defaults are implicit)',
      'error The @default trait of ns#S$a can only be used in Smithy 2.0 or later (add `$version: "2"`; 1.0 defaults are implicit)',
    ]);
  });

  it("turn sets into lists with @uniqueItems (any version)", () => {
    const { model } = resolveDocs({
      smithy: "1.0",
      shapes: { "ns#Set": { type: "set", member: { target: "smithy.api#String" } } },
    });
    expect(model!.expectShape("ns#Set").type).toBe("list");
    expect(model!.expectShape("ns#Set").traits.has("smithy.api#uniqueItems")).toBe(true);
  });

  it("reject 2.0-only features in a 1.0 JSON AST file", () => {
    const text = jsonText({
      smithy: "1.0",
      shapes: {
        "ns#E": { type: "enum", members: { A: { target: "smithy.api#Unit" } } },
        "ns#M": { type: "structure", members: {}, traits: { "smithy.api#mixin": {} } },
        "ns#R": { type: "resource", properties: { a: { target: "smithy.api#String" } } },
      },
    });
    expect(describeDiagnostics(loadJsonAst(text, "v1.json").diagnostics)).toEqual([
      "v1.json:4:5 error enum shapes cannot be used in Smithy version 1.0 (ns#E in a file using version `1.0`)",
      "v1.json:16:9 error Mixins can only be used in Smithy 2.0 or later; @mixin is applied to ns#M in a file using version `1.0`",
      "v1.json:19:5 error Resource properties can only be used with Smithy version 2 or later (ns#R in a file using version `1.0`)",
    ]);
  });
});
