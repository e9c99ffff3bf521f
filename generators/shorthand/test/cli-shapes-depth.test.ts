// The CLI shape table of a model nested far deeper than a recursive walk survives (deeper than
// the loader accepts, too).

import { Model, type AstShape } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { CliShapeBuilder } from "../src/cli-shapes.js";

describe("CliShapeBuilder", () => {
  it("describes a chain of 10,000 nested structures (no recursion per level)", () => {
    // Past the 2,048 levels the loader accepts: the model is built from its AST directly, so
    // that the builder's own guarantee is what is tested.
    const depth = 10_000;
    const shapes: Record<string, AstShape> = {
      "smithy.api#String": { type: "string" },
      "ns#Svc": { type: "service", version: "1", operations: [{ target: "ns#Op" }] },
      "ns#Op": { type: "operation", input: { target: "ns#OpInput" } },
      "ns#OpInput": {
        type: "structure",
        members: { Top: { target: "ns#S0" } },
        traits: { "smithy.api#input": {} },
      },
    };
    for (let i = 0; i < depth; i++)
      shapes[`ns#S${i}`] = { type: "structure", members: { Next: { target: `ns#S${i + 1}` } } };
    shapes[`ns#S${depth}`] = {
      type: "structure",
      members: { Leaf: { target: "smithy.api#String" } },
    };
    const model = new Model({ smithy: "2.0", shapes });
    const builder = new CliShapeBuilder(model, "ns");
    const command = builder.command(model.expectShape("ns#Op"), model.expectShape("ns#Svc"));
    expect(command.options.map((o) => [o.name, o.shape])).toEqual([["--top", "S0"]]);
    const table = builder.table();
    expect(Object.keys(table)).toHaveLength(depth + 2);
    expect(table["S9999"]).toEqual({
      type: "structure",
      name: "S9999",
      members: [{ name: "Next", shape: "S10000" }],
    });
    expect(table["S10000"]).toEqual({
      type: "structure",
      name: "S10000",
      members: [{ name: "Leaf", shape: "smithy.api#String" }],
    });
  });
});
