// commandShapes: the part of the shape table an operation's entry point holds.
import fc from "fast-check";
import type { CliCommand, CliShape, CliShapeTable } from "@shapekit/shorthand";
import { describe, expect, it } from "vitest";
import { commandShapes } from "../src/operation-entry.js";

const string = (name: string): CliShape => ({ type: "string", name });

function command(...shapes: string[]): CliCommand {
  return {
    name: "do-it",
    operation: "DoIt",
    options: shapes.map((shape, i) => ({
      name: `--option-${i}`,
      member: `Option${i}`,
      shape,
      required: false,
    })),
  };
}

/** The reference: a walk of the whole table, in its order, keeping what the options reach. */
function reachedInTableOrder(table: CliShapeTable, roots: readonly string[]): string[] {
  const reached = new Set<string>();
  const visit = (key: string): void => {
    if (reached.has(key) || !Object.hasOwn(table, key)) return;
    reached.add(key);
    const shape = table[key]!;
    if (shape.type === "structure") shape.members.forEach((m) => visit(m.shape));
    else if (shape.type === "list") visit(shape.member);
    else if (shape.type === "map") [shape.key, shape.value].forEach(visit);
  };
  roots.forEach(visit);
  return Object.keys(table).filter((key) => reached.has(key));
}

describe("commandShapes", () => {
  it("holds exactly the shapes the options reach, in the table's order", () => {
    const key = fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "H");
    const shape = fc.oneof(
      fc.constant<"scalar">("scalar"),
      fc.record({ list: key }),
      fc.record({ map: fc.tuple(key, key) }),
      fc.record({ members: fc.array(key, { maxLength: 3 }) }),
    );
    const entries = fc.uniqueArray(fc.tuple(key, shape), { selector: ([k]) => k, maxLength: 8 });
    fc.assert(
      fc.property(entries, fc.array(key, { maxLength: 4 }), (pairs, roots) => {
        const table: Record<string, CliShape> = {};
        for (const [k, s] of pairs)
          table[k] =
            s === "scalar"
              ? string(k)
              : "list" in s
                ? { type: "list", name: k, member: s.list }
                : "map" in s
                  ? { type: "map", name: k, key: s.map[0], value: s.map[1] }
                  : {
                      type: "structure",
                      name: k,
                      members: s.members.map((m) => ({ name: m, shape: m })),
                    };
        expect(Object.keys(commandShapes(table, command(...roots)))).toEqual(
          reachedInTableOrder(table, roots),
        );
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it("finds a shape added to the table after an earlier call", () => {
    const table: Record<string, CliShape> = { B: string("B"), A: string("A") };
    expect(Object.keys(commandShapes(table, command("A", "B")))).toEqual(["B", "A"]);
    table.C = { type: "list", name: "C", member: "A" };
    expect(Object.keys(commandShapes(table, command("C", "B")))).toEqual(["B", "A", "C"]);
  });
});
