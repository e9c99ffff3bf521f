// The typed trait readers: each reads its trait off a shape, a member or a trait map, with the
// model's types, and reads a value of another form (or no trait) as absent.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AstModel, AstShape, NodeValue } from "../src/ast.js";
import { Model } from "../src/model.js";
import * as trait from "../src/traits.js";

function model(shapes: Record<string, AstShape>): Model {
  const ast: AstModel = {
    smithy: "2.0",
    shapes: { "smithy.api#String": { type: "string" }, ...shapes },
  };
  return new Model(ast);
}

const m = model({
  "ex#Name": {
    type: "string",
    traits: {
      "smithy.api#length": { min: 1 },
      "smithy.api#pattern": "^[a-z]+$",
      "smithy.api#documentation": "<p>A name.</p>",
      "smithy.api#deprecated": { since: "2024" },
    },
  },
  "ex#Color": {
    type: "enum",
    members: {
      RED: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "red" } },
      BLUE: { target: "smithy.api#Unit" },
    },
  },
  "ex#Legacy": {
    type: "string",
    traits: {
      "smithy.api#enum": [
        { value: "a", name: "A", documentation: "first", deprecated: true },
        { value: "b" },
      ],
    },
  },
  "ex#Input": {
    type: "structure",
    members: {
      name: {
        target: "ex#Name",
        traits: { "smithy.api#required": {}, "smithy.api#range": { max: 5 } },
      },
    },
  },
});

describe("trait readers", () => {
  it("read bounds with an open end as undefined", () => {
    const name = m.expectShape("ex#Name");
    expect(trait.length(name)).toEqual({ min: 1, max: undefined });
    expect(trait.range(name)).toBeUndefined();
    expect(trait.range(m.expectShape("ex#Input").members.get("name")!)).toEqual({
      min: undefined,
      max: 5,
    });
  });

  it("read the same off a shape and off its trait map", () => {
    const name = m.expectShape("ex#Name");
    expect(trait.pattern(name)).toBe("^[a-z]+$");
    expect(trait.pattern(name.traits)).toBe("^[a-z]+$");
    expect(trait.documentation(name.traits)).toBe("<p>A name.</p>");
    expect(trait.deprecated(name)).toEqual({ message: undefined, since: "2024" });
  });

  it("read annotation traits as booleans", () => {
    const member = m.expectShape("ex#Input").members.get("name")!;
    expect(trait.isRequired(member)).toBe(true);
    expect(trait.isSparse(member)).toBe(false);
    expect(trait.deprecated(member)).toBeUndefined();
  });

  it("list an enum's values, the member name standing in for a missing enumValue", () => {
    const color = m.expectShape("ex#Color");
    expect(trait.enumValues(color)).toEqual(["red", "BLUE"]);
  });

  it("read a 1.0 @enum trait's definitions", () => {
    const legacy = m.expectShape("ex#Legacy");
    expect(trait.legacyEnum(legacy)).toEqual([
      { value: "a", name: "A", documentation: "first", deprecated: true },
      { value: "b", name: undefined, documentation: undefined, deprecated: false },
    ]);
    expect(trait.enumValues(legacy)).toEqual(["a", "b"]);
    expect(trait.enumValues(m.expectShape("ex#Name"))).toBeUndefined();
  });

  it("read a value of another form as absent, and a string pattern as itself", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
    ) as fc.Arbitrary<NodeValue>;
    fc.assert(
      fc.property(value, (v) => {
        const traits = new Map<string, NodeValue>([
          [trait.ID.length, v],
          [trait.ID.range, v],
          [trait.ID.enum, typeof v === "string" ? v : null],
          [trait.ID.pattern, v],
        ]);
        expect(trait.length(traits)).toBeUndefined();
        expect(trait.range(traits)).toBeUndefined();
        expect(trait.legacyEnum(traits)).toBeUndefined();
        expect(trait.pattern(traits)).toBe(typeof v === "string" ? v : undefined);
      }),
    );
  });
});
