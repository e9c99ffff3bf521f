// The selector subset trait placement evaluates: what it parses (and what it declines), what
// each piece selects, and that the shortcut `TraitPlacement.allows` takes (starting from the
// subject and its container) always agrees with evaluating the selector over the whole model.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AstShape } from "../src/ast.js";
import type { LoadedFile } from "../src/loaded-file.js";
import { ResolveContext } from "../src/resolve/context.js";
import { parseSelector, select } from "../src/resolve/selectors.js";
import { selectorModelOf, TraitPlacement } from "../src/resolve/trait-placement.js";
import { fileStart } from "../src/source-location.js";

const S = "smithy.api#String";
const SHAPES: Record<string, AstShape> = {
  [S]: { type: "string" },
  "smithy.api#Integer": { type: "integer" },
  "ns#Name": { type: "string", traits: { "smithy.api#sensitive": {} } },
  "ns#Color": { type: "enum", members: { RED: { target: "smithy.api#Unit" } } },
  "ns#Count": { type: "intEnum", members: { ONE: { target: "smithy.api#Unit" } } },
  "ns#Names": { type: "list", member: { target: "ns#Name" } },
  "ns#Ages": { type: "map", key: { target: S }, value: { target: "smithy.api#Integer" } },
  "ns#Input": {
    type: "structure",
    members: {
      name: { target: "ns#Name", traits: { "smithy.api#required": {} } },
      names: { target: "ns#Names" },
      color: { target: "ns#Color" },
      count: { target: "smithy.api#Integer" },
    },
    traits: { "smithy.api#input": {} },
  },
  "ns#Oops": { type: "structure", members: {}, traits: { "smithy.api#error": "client" } },
  "ns#Choice": { type: "union", members: { a: { target: S }, b: { target: "ns#Ages" } } },
  "ns#Do": {
    type: "operation",
    input: { target: "ns#Input" },
    output: { target: "smithy.api#Unit" },
    errors: [{ target: "ns#Oops" }],
  },
  "smithy.api#Unit": { type: "structure", members: {} },
};

function context(): ResolveContext {
  const ctx = new ResolveContext();
  const file = {} as LoadedFile;
  for (const [id, ast] of Object.entries(SHAPES))
    ctx.shapes.set(id, { id, ast, file, location: fileStart("m.json") });
  return ctx;
}

const selected = (selector: string): string[] => {
  const ctx = context();
  const model = selectorModelOf(ctx);
  return [...select(parseSelector(selector)!, model, model.ids)].filter((id) =>
    id.startsWith("ns#"),
  );
};

describe("selectors", () => {
  it("select by type, with the groups and subtypes of the specification", () => {
    expect(selected("string")).toEqual(["ns#Name", "ns#Color"]);
    expect(selected("integer")).toEqual(["ns#Count"]);
    expect(selected("number")).toEqual(["ns#Count"]);
    expect(selected("simpleType")).toEqual(["ns#Name", "ns#Color", "ns#Count"]);
    expect(selected(":is(list, map)")).toEqual(["ns#Names", "ns#Ages"]);
    expect(selected("collection")).toEqual(["ns#Names"]);
  });

  it("step to members and targets, test, negate and read traits", () => {
    expect(selected("structure > member")).toEqual([
      "ns#Input$name",
      "ns#Input$names",
      "ns#Input$color",
      "ns#Input$count",
    ]);
    expect(selected("structure > member :test(> string)")).toEqual([
      "ns#Input$name",
      "ns#Input$color",
    ]);
    expect(selected("structure > member[trait|required]")).toEqual(["ns#Input$name"]);
    expect(selected("structure :not([trait|input])")).toEqual(["ns#Oops"]);
    expect(selected("structure[trait|error]")).toEqual(["ns#Oops"]);
    expect(selected(":is(enum, intEnum) > member")).toEqual(["ns#Color$RED", "ns#Count$ONE"]);
    expect(selected("operation > structure")).toEqual(["ns#Input", "ns#Oops"]);
  });

  it("decline what they do not evaluate", () => {
    for (const selector of [
      "operation -[input]-> structure",
      "structure ~> member",
      "[id=smithy.api#Unit]",
      "dataType",
      ":in(string)",
      "$x(*)",
      ":is()",
      ":test(string",
    ])
      expect(parseSelector(selector), selector).toBeUndefined();
  });

  it("decline a hostile model's selectors without recursing or running long", () => {
    const nested = (n: number) => `${":is(".repeat(n)}string${")".repeat(n)}`;
    expect(parseSelector(nested(32))).toBeDefined();
    // Deeper than the limit, up to deep enough to overflow a recursive parser.
    for (const n of [33, 100_000]) expect(parseSelector(nested(n)), `${n} deep`).toBeUndefined();
    // `structure` and, per hop, `>` and `*`: 255 steps, then 257.
    const hops = (n: number) => `structure${" > *".repeat(n)}`;
    expect(parseSelector(hops(127))).toBeDefined();
    expect(parseSelector(hops(128))).toBeUndefined();
    expect(parseSelector(hops(200_000))).toBeUndefined();
  });

  it("allow a subject exactly when the whole-model evaluation selects it", () => {
    const selectors = [
      "structure > member",
      "structure > member :test(> string)",
      ":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))",
      ":test(string, member > string)",
      ":is(structure, union) > :test(member > :test(list, map))",
      "operation > structure",
      ":not(:test(member, operation))",
      "structure > member > string",
      "union > member > map > member",
    ];
    const ctx = context();
    const model = selectorModelOf(ctx);
    const ids = model.ids;
    fc.assert(
      fc.property(fc.constantFrom(...selectors), fc.constantFrom(...ids), (selector, subject) => {
        const whole = select(parseSelector(selector)!, model, ids).has(subject);
        expect(new TraitPlacement(ctx).allows(selector, subject)).toBe(whole);
      }),
      { seed: 14, numRuns: 400 },
    );
  });
});
