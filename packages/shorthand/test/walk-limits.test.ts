// Syntax blocks of a model that reuses its shapes: written out in full up to the budget, and
// stopped with ShapesTooLargeError past it, however many shapes the model would make them hold;
// and of shapes nested past MAX_WALKED_DEPTH: ShapesTooDeepError, not a stack overflow.
import { describe, expect, it } from "vitest";
import {
  ExpansionBudget,
  MAX_EXPANDED_SHAPES,
  MAX_WALKED_DEPTH,
  ShapesTooDeepError,
  ShapesTooLargeError,
  syntaxHelp,
  type CliShapeTable,
} from "@shapekit/shorthand";

/**
 * `S0` → `S1` → … → `S{levels}` (a string): each a structure whose members (named `names`) all
 * have the next shape.
 */
function chain(levels: number, names: readonly string[]): CliShapeTable {
  const table: Record<string, CliShapeTable[string]> = {
    [`S${levels}`]: { type: "string", name: `S${levels}` },
  };
  for (let i = 0; i < levels; i++)
    table[`S${i}`] = {
      type: "structure",
      name: `S${i}`,
      members: names.map((name) => ({ name, shape: `S${i + 1}` })),
    };
  return table;
}

/** Members `A` and `B` at every level: 2^levels shapes written out. */
const doubling = (levels: number) => chain(levels, ["A", "B"]);

/** `W0` of `width` members of `W1`, `W1` of `width` members of `W2`, `W2` of strings. */
function wide(width: number): CliShapeTable {
  const members = (shape: string) =>
    Array.from({ length: width }, (_, i) => ({ name: `M${i}`, shape }));
  return {
    W0: { type: "structure", name: "W0", members: members("W1") },
    W1: { type: "structure", name: "W1", members: members("W2") },
    W2: { type: "structure", name: "W2", members: members("Text") },
    Text: { type: "string", name: "Text" },
  };
}

describe("ExpansionBudget", () => {
  it("counts what is spent and throws once past its limit", () => {
    const budget = new ExpansionBudget("the test", 3);
    for (let i = 0; i < 3; i++) budget.spend();
    expect(budget.spent).toBe(3);
    expect(() => budget.spend()).toThrow(
      "The test would write out more than 3 shapes (the model reuses its shapes at every level), more than can be shown",
    );
  });
});

describe("syntaxHelp of shapes reused at every level", () => {
  it("writes every shape out below the limit", () => {
    const help = syntaxHelp(doubling(8), "S0");
    expect(help.json?.match(/"A": /g)).toHaveLength(2 ** 8 - 1);
    // Shorthand stops at three levels, as the AWS CLI's does: no block.
    expect(help.shorthand).toBeUndefined();
    expect(syntaxHelp(doubling(3), "S0").shorthand).toBe(
      "A={A={A=string,B=string},B={A=string,B=string}},B={A={A=string,B=string},B={A=string,B=string}}",
    );
  });

  it("throws ShapesTooLargeError past the limit, naming the option", () => {
    expect(() =>
      syntaxHelp(doubling(40), "S0", {
        name: "--top",
        member: "Top",
        shape: "S0",
        required: false,
      }),
    ).toThrow(new ShapesTooLargeError("the syntax of --top", MAX_EXPANDED_SHAPES));
    // Within three levels too: 1,000 members of 1,000 members of 1,000 strings.
    expect(() => syntaxHelp(wide(1000), "W0")).toThrow(ShapesTooLargeError);
  });

  it("spends a budget it is given, which a help page shares between its blocks", () => {
    // Alone, each fits in 550 (the JSON block writes out the 2^levels - 1 structures).
    const fresh = new ExpansionBudget("the page", 550);
    syntaxHelp(doubling(9), "S0", undefined, fresh);
    expect(fresh.spent).toBeGreaterThanOrEqual(2 ** 9 - 1);
    // Together they do not.
    const shared = new ExpansionBudget("the page", 550);
    syntaxHelp(doubling(6), "S0", undefined, shared);
    expect(shared.spent).toBeGreaterThanOrEqual(2 ** 6 - 1);
    expect(() => syntaxHelp(doubling(9), "S0", undefined, shared)).toThrow(
      new ShapesTooLargeError("the page", 550),
    );
  });
});

describe("syntaxHelp of shapes nested past MAX_WALKED_DEPTH", () => {
  /** One member `N` at every level. */
  const deep = (levels: number) => chain(levels, ["N"]);

  it("throws ShapesTooDeepError naming the option, where the stack overflowed at about 2,000", () => {
    const option = { name: "--top", member: "Top", shape: "S0", required: false };
    expect(() => syntaxHelp(deep(20_000), "S0", option)).toThrow(
      new ShapesTooDeepError("--top", undefined),
    );
    expect(() => syntaxHelp(deep(20_000), "S0", option)).toThrow(
      `The shapes of --top nest more than the ${MAX_WALKED_DEPTH} levels its skeletons, help page and command line can walk`,
    );
  });

  it("writes shapes nested up to the limit", () => {
    const json = syntaxHelp(deep(MAX_WALKED_DEPTH - 1), "S0").json;
    expect(json?.match(/"N": /g)).toHaveLength(MAX_WALKED_DEPTH - 1);
  });
});
