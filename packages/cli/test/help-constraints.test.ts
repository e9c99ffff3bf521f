// The constraints on the help page data: a member's own `@length` / `@range` / `@pattern` over its
// target's (trait by trait), `required`, on options and on every row of the member trees; and the
// terminal's text, which leaves them out as the AWS CLI does, unchanged by them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  helpMarkdown,
  helpPage,
  helpText,
  type CliConstraints,
  type CliOperationDescription,
} from "../src/index.js";

const operation: CliOperationDescription = {
  name: "put-thing",
  operationName: "PutThing",
  input: "In",
  options: [
    { name: "--name", member: "Name", shape: "Name", required: true },
    { name: "--count", member: "Count", shape: "Count", required: false },
    { name: "--items", member: "Items", shape: "Items", required: false },
    { name: "--labels", member: "Labels", shape: "Labels", required: false },
    { name: "--plain", member: "Plain", shape: "Plain", required: false },
  ],
  shapes: {
    In: {
      type: "structure",
      name: "In",
      members: [
        { name: "Name", shape: "Name", required: true },
        { name: "Count", shape: "Count" },
        { name: "Items", shape: "Items" },
        { name: "Labels", shape: "Labels" },
        { name: "Plain", shape: "Plain" },
      ],
    },
    Name: { type: "string", name: "Name" },
    Count: { type: "integer", name: "Count" },
    Items: { type: "list", name: "Items", member: "Item" },
    Item: {
      type: "structure",
      name: "Item",
      members: [
        { name: "Id", shape: "Name", required: true },
        { name: "Note", shape: "Plain" },
      ],
    },
    Labels: { type: "map", name: "Labels", key: "Name", value: "Plain" },
    Plain: { type: "string", name: "Plain" },
  },
  constraints: {
    shapes: {
      Name: { length: { min: 1, max: 63 }, pattern: "^[a-z]+$" },
      Count: { range: { min: 0, max: 10 } },
      Items: { length: { max: 5 } },
    },
    members: {
      // The member's own length replaces its target's; the target's pattern still applies.
      In$Name: { length: { min: 3, max: 20 } },
      Item$Note: { pattern: "^<b>$" },
      Labels$value: { length: { min: 2 } },
    },
  },
};

const { constraints: _, ...unconstrained } = operation;
const page = helpPage(operation);
const option = (name: string) => page.options.find((o) => o.names[0] === name)!;

describe("help page constraints", () => {
  it("lays a member's own traits over its target's, and marks required options", () => {
    expect(option("--name").constraints).toEqual({
      length: { min: 3, max: 20 },
      pattern: "^[a-z]+$",
      required: true,
    });
    expect(option("--count").constraints).toEqual({ range: { min: 0, max: 10 } });
    expect(option("--items").constraints).toEqual({ length: { max: 5 } });
    expect(option("--plain")).not.toHaveProperty("constraints");
  });

  it("gives every row of a member tree its constraints: structure members, list items, map keys and values", () => {
    expect(option("--items").members.map((m) => [m.name ?? "(item)", m.constraints])).toEqual([
      ["(item)", undefined],
      ["Id", { length: { min: 1, max: 63 }, pattern: "^[a-z]+$", required: true }],
      ["Note", { pattern: "^<b>$" }],
    ]);
    expect(option("--labels").members.map((m) => [m.name, m.constraints])).toEqual([
      ["key", { length: { min: 1, max: 63 }, pattern: "^[a-z]+$" }],
      ["value", { length: { min: 2 } }],
    ]);
    // No `constraints` key at all on a row without any (the data stays as small as before).
    expect(Object.keys(option("--items").members[0]!)).not.toContain("constraints");
  });

  it("has none without a constraint table, except `required`", () => {
    const bare = helpPage(unconstrained);
    expect(
      bare.options.filter((o) => "constraints" in o).map((o) => [o.names[0], o.constraints]),
    ).toEqual([["--name", { required: true }]]);
  });

  it("leaves the terminal's text and Markdown as they are without constraints (property)", () => {
    const bounds = fc.record(
      { min: fc.integer({ min: 0, max: 1000 }), max: fc.integer({ min: 0, max: 1000 }) },
      { requiredKeys: [] },
    );
    const constraints: fc.Arbitrary<CliConstraints> = fc.record(
      { length: bounds, range: bounds, pattern: fc.string() },
      { requiredKeys: [] },
    );
    const keys = fc.constantFrom("Name", "Count", "Items", "Item", "Labels", "Plain");
    const memberKeys = fc.constantFrom(
      "In$Name",
      "In$Count",
      "Item$Note",
      "Labels$key",
      "Items$member",
    );
    const bare = helpPage(unconstrained);
    fc.assert(
      fc.property(
        fc.dictionary(keys, constraints),
        fc.dictionary(memberKeys, constraints),
        (shapes, members) => {
          const withConstraints = helpPage({ ...operation, constraints: { shapes, members } });
          expect(helpText(withConstraints)).toBe(helpText(bare));
          expect(helpMarkdown(withConstraints)).toBe(helpMarkdown(bare));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("never takes a constraint from an inherited property of the table", () => {
    const page = helpPage({
      ...operation,
      constraints: { shapes: Object.create({ Plain: { pattern: "x" } }) },
    });
    expect(page.options.find((o) => o.names[0] === "--plain")).not.toHaveProperty("constraints");
  });
});
