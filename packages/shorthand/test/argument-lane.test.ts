// The argument lane (argument.ts) against the full steps: for any words, an option's argument
// parsed with its lane is the same result (value, key order, or error message) as without it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { argumentLane, parseArgumentWordsAt, type ArgumentResult } from "../src/argument.js";
import type { CliOption, CliShapeTable } from "../src/index.js";
import { shapeNode } from "../src/shape-graph.js";

const table: CliShapeTable = {
  Top: {
    type: "structure",
    name: "Top",
    members: [
      { name: "S", shape: "String" },
      { name: "I", shape: "Integer" },
      { name: "B", shape: "Boolean" },
      { name: "L", shape: "IntList" },
      { name: "N", shape: "Top" },
    ],
  },
  TopList: { type: "list", name: "TopList", member: "Top" },
  IntList: { type: "list", name: "IntList", member: "Integer" },
  IntMap: { type: "map", name: "IntMap", key: "String", value: "Integer" },
  Wrapper: { type: "structure", name: "Wrapper", members: [{ name: "Value", shape: "String" }] },
  String: { type: "string", name: "String" },
  Integer: { type: "integer", name: "Integer" },
  Boolean: { type: "boolean", name: "Boolean" },
};

const option = (shape: string, extra: Partial<CliOption> = {}): CliOption => ({
  name: "--x",
  member: "X",
  shape,
  required: false,
  ...extra,
});

const OPTIONS = [
  option("Top"),
  option("TopList"),
  option("IntMap"),
  option("Top", { paramFile: false }),
];

/** Value or message, with key order (`JSON.stringify` keeps it). */
function outcome(result: ArgumentResult): string {
  return result.ok ? `ok ${JSON.stringify(result.value)}` : `error ${result.error.message}`;
}

function both(o: CliOption, words: readonly string[]): { lane: string; full: string } {
  const node = shapeNode(table, o.shape);
  const lane = argumentLane(table, o, node);
  expect(lane).toBeDefined();
  return {
    lane: outcome(parseArgumentWordsAt(table, o, node, words, undefined, lane)),
    full: outcome(parseArgumentWordsAt(table, o, node, words)),
  };
}

describe("the argument lane", () => {
  it("is taken by structures, maps and lists of them, and by no option a flag changes", () => {
    const lane = (o: CliOption) => argumentLane(table, o, shapeNode(table, o.shape));
    expect(lane(option("Top"))).toEqual({ item: shapeNode(table, "Top"), list: false });
    expect(lane(option("TopList"))).toEqual({ item: shapeNode(table, "Top"), list: true });
    expect(lane(option("IntMap"))?.list).toBe(false);
    for (const none of [
      option("IntList"),
      option("String"),
      option("Boolean"),
      option("Wrapper"),
      option("Top", { jsonValue: true }),
      option("TopList", { singleMemberList: { member: "S" } }),
    ])
      expect(lane(none)).toBeUndefined();
  });

  it("gives the full steps' result for the words that leave it", () => {
    for (const words of [
      ["S=a", "--"],
      ["S=a", "--", "S=b"],
      ["--y"],
      ["-1=x"],
      ["file://nope"],
      ["fileb://nope"],
      ["https://example.com/x"],
      [" {}"],
      ['{"S":"a"}'],
      ["[1]"],
      [],
      ["S=a", "S=b"],
      [""],
      ["S=a,S=b"],
      ["I=x"],
      ["S@=file://nope"],
    ]) {
      for (const o of OPTIONS) {
        const { lane, full } = both(o, words);
        expect(lane, JSON.stringify(words)).toBe(full);
      }
    }
  });

  it("agrees with the full steps on any words", () => {
    const atom = fc.constantFrom(
      ..."SIBLN=,[]{}'\" -\t\u00a0fh/:1a",
      "S=a",
      "I=1",
      "B=true",
      "L=1,2",
      "N={S=b}",
      "file://",
      "http://",
      "--",
      "-x",
    );
    const word = fc.array(atom, { maxLength: 8 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.constantFrom(...OPTIONS), fc.array(word, { maxLength: 3 }), (o, words) => {
        const { lane, full } = both(o, words);
        expect(lane).toBe(full);
      }),
      { numRuns: 5_000 },
    );
  });
});
