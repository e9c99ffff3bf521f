// The JSON Schema builder on shapes the SageMaker model does not have: a chain of nested
// structures far deeper than a recursive walk survives, and members that refine a defined
// target (their own `@length` on a list), around a cycle and in a long chain.

import { Model, parseFile, resolveModel, type AstShape } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { JsonSchemaBuilder } from "../src/json-schema.js";

function model(text: string): Model {
  const { loaded } = parseFile(text, "m.smithy");
  const { model } = resolveModel([loaded!]);
  if (!model) throw new Error("the test model does not resolve");
  return model;
}

const build = (m: Model, root: string) =>
  new JsonSchemaBuilder(m, (s) => s.name).document(m.expectShape(root), "Root");

describe("JsonSchemaBuilder", () => {
  it("builds a chain of 10,000 nested structures (no recursion per level)", () => {
    // Past the 2,048 levels the loader accepts: the model is built from its AST directly, so
    // that the builder's own guarantee is what is tested.
    const depth = 10_000;
    const shapes: Record<string, AstShape> = { "smithy.api#String": { type: "string" } };
    for (let i = 0; i < depth; i++)
      shapes[`ns#S${i}`] = { type: "structure", members: { Next: { target: `ns#S${i + 1}` } } };
    shapes[`ns#S${depth}`] = {
      type: "structure",
      members: { Leaf: { target: "smithy.api#String" } },
    };
    const m = new Model({ smithy: "2.0", shapes });
    const schema = build(m, "ns#S0") as {
      $ref: string;
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(schema.$ref).toBe("#/$defs/S0");
    expect(Object.keys(schema.$defs)).toHaveLength(depth + 1);
    expect(schema.$defs["S9999"]!.properties["Next"]).toEqual({ $ref: "#/$defs/S10000" });
    expect(schema.$defs["S10000"]!.properties["Leaf"]).toEqual({ type: "string" });
  });

  it("inlines a refined target, and refers to it (with the member's bounds) around a cycle", () => {
    const m = model(`$version: "2.0"
namespace ns
structure Root { @length(min: 1) Items: Items }
@length(max: 5)
list Items { @length(min: 2) member: Items }
`);
    const schema = build(m, "ns#Root") as {
      $defs: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(schema.$defs["Root"]!.properties!["Items"]).toMatchObject({
      type: "array",
      items: { $ref: "#/$defs/Items", minItems: 2 },
      minItems: 1,
    });
    // The definition inlines its own refined member once, then meets the cycle and refers.
    expect(schema.$defs["Items"]).toEqual({
      type: "array",
      items: { type: "array", items: { $ref: "#/$defs/Items", minItems: 2 }, minItems: 2 },
      maxItems: 5,
    });
  });

  it("stops inlining refined targets after a few levels", () => {
    const depth = 2_000;
    const lists = Array.from(
      { length: depth },
      (_, i) => `list L${i} { @length(min: 1) member: L${i + 1} }`,
    );
    const m = model(
      `$version: "2.0"\nnamespace ns\nstructure Root { Top: L0 }\n${lists.join("\n")}\nlist L${depth} { member: String }\n`,
    );
    const schema = build(m, "ns#Root") as { $defs: Record<string, unknown> };
    let node = schema.$defs["L0"] as { items?: unknown; $ref?: string };
    let inlined = 0;
    while (node.items !== undefined && (node.items as { $ref?: string }).$ref === undefined) {
      node = node.items as { items?: unknown };
      inlined++;
    }
    expect(inlined).toBeLessThanOrEqual(8);
    expect((node.items as { $ref: string; minItems: number }).minItems).toBe(1);
  });

  it("lets a JSON value header hold any JSON value, a string one within the string's bounds", () => {
    const m = model(`$version: "2.0"
namespace ns
structure Root {
  @httpHeader("x-props") Props: JsonText
  @httpHeader("x-label") Label: Text
  Body: JsonText
}
@mediaType("application/json") @length(max: 8) string JsonText
@length(max: 8) string Text
`);
    const schema = build(m, "ns#Root") as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    const props = schema.$defs["Root"]!.properties;
    expect(props["Props"]).toEqual({ maxLength: 8 });
    expect(props["Label"]).toEqual({ type: "string", maxLength: 8 });
    // Not a header: JSON text in a string, as Smithy means it.
    expect(props["Body"]).toEqual({ type: "string", maxLength: 8 });
  });
});
