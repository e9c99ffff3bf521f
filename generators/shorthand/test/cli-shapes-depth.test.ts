// The CLI shape table of a model nested far deeper than a recursive walk survives.

import { parseFile, resolveModel } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { CliShapeBuilder } from "../src/cli-shapes.js";

describe("CliShapeBuilder", () => {
  it("describes a chain of 10,000 nested structures (no recursion per level)", () => {
    const depth = 10_000;
    const shapes = Array.from({ length: depth }, (_, i) => `structure S${i} { Next: S${i + 1} }`);
    const text = `$version: "2.0"\nnamespace ns\nservice Svc { operations: [Op] }\noperation Op { input := { Top: S0 } }\n${shapes.join("\n")}\nstructure S${depth} { Leaf: String }\n`;
    const { model } = resolveModel([parseFile(text, "m.smithy").loaded!]);
    const builder = new CliShapeBuilder(model!, "ns");
    const command = builder.command(model!.expectShape("ns#Op"), model!.expectShape("ns#Svc"));
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
