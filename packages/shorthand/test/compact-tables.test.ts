// The compact lines generated packages embed: every shape and command reads back exactly (the
// same JSON text, key order included), in the short form where it can and as JSON where not;
// an operation's table holds exactly the shapes its options reach.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cliCommand,
  cliCommands,
  cliShapeTable,
  compactLines,
  compactText,
  decodeCliCommand,
  decodeCliShape,
  encodeCliCommand,
  encodeCliShape,
  operationArguments,
  type CliCommand,
  type CliOption,
  type CliShape,
} from "../src/index.js";

/** Names as models write them, and anything else (spaces, separators, quotes, `__proto__`). */
const name = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/),
  fc.constantFrom("__proto__", "a b", "a:b", "x!", "+y", "{z", "ns.a#B", ""),
  fc.string({ maxLength: 6 }),
);
const flag = fc.constant(true as const);
const shape: fc.Arbitrary<CliShape> = fc.oneof(
  fc.record(
    {
      type: fc.constant("structure" as const),
      name,
      members: fc.array(
        fc.record({ name, shape: name, required: flag }, { requiredKeys: ["name", "shape"] }),
        { maxLength: 4 },
      ),
      union: flag,
    },
    { requiredKeys: ["type", "name", "members"] },
  ),
  fc.record({ type: fc.constant("list" as const), name, member: name }),
  fc.record({ type: fc.constant("map" as const), name, key: name, value: name }),
  fc.record({ type: fc.constant("document" as const), name }),
  fc.record(
    {
      type: fc.constantFrom(
        "string",
        "integer",
        "long",
        "float",
        "double",
        "boolean",
        "blob",
        "timestamp",
      ),
      name,
      enum: fc.array(fc.string(), { maxLength: 4 }),
      streaming: flag,
    },
    { requiredKeys: ["type", "name"] },
  ),
);
const option: fc.Arbitrary<CliOption> = fc.record(
  {
    name: fc.oneof(fc.stringMatching(/^--[a-z][a-z0-9-]{0,10}$/), name),
    member: name,
    shape: name,
    required: fc.boolean(),
    negated: flag,
    paramFile: fc.boolean(),
    hidden: flag,
    jsonValue: flag,
    idempotencyToken: flag,
    lineOptional: flag,
    singleMemberList: fc.record({ member: name }),
  },
  { requiredKeys: ["name", "member", "shape", "required"] },
);
const command: fc.Arbitrary<CliCommand> = fc.record({
  name,
  operation: name,
  options: fc.array(option, { maxLength: 5 }),
});

describe("compact lines", () => {
  it("every shape reads back as the same JSON text, the key its name or not", () => {
    fc.assert(
      fc.property(shape, fc.boolean(), (s, sameKey) => {
        const key = sameKey ? s.name : `${s.name}K`;
        const line = encodeCliShape(key, s);
        expect(JSON.stringify(decodeCliShape(key, line))).toBe(JSON.stringify(s));
      }),
    );
  });

  it("every command reads back as the same JSON text", () => {
    fc.assert(
      fc.property(command, (c) => {
        const line = encodeCliCommand(c);
        expect(JSON.stringify(decodeCliCommand(c.name, line))).toBe(JSON.stringify(c));
      }),
    );
  });

  it("writes the short form for what models hold", () => {
    expect(
      encodeCliShape("Config", {
        type: "structure",
        name: "Config",
        members: [
          { name: "Name", shape: "Name", required: true },
          { name: "Tags", shape: "TagList" },
        ],
      }),
    ).toBe("structure Name! Tags:TagList");
    expect(encodeCliShape("Kind", { type: "string", name: "Kind", enum: ["a b", '"'] })).toBe(
      'string ["a b","\\""]',
    );
    expect(encodeCliShape("Ns#Kind", { type: "string", name: "Kind" })).toBe(
      '{"type":"string","name":"Kind"}',
    );
    expect(
      encodeCliCommand({
        name: "put-thing",
        operation: "PutThing",
        options: [
          { name: "--name", member: "Name", shape: "Name", required: true },
          { name: "--no-on", member: "On", shape: "Boolean", required: false, negated: true },
          {
            name: "--old",
            member: "Id",
            shape: "Id",
            required: false,
            hidden: true,
            paramFile: false,
          },
        ],
      }),
    ).toBe("PutThing --name=Name! --no-on=On:Boolean+negated --old=Id+hidden+noParamFile");
  });

  it("an operation's table holds the shapes its options reach, in the record's order", () => {
    const data = compactText(
      Object.entries({
        A: "structure B C:D",
        B: "list E",
        D: "map B A",
        E: "string",
        Unused: "integer",
        Z: "document",
      }),
    );
    const put = decodeCliCommand("put", "Put --a=A");
    expect(Object.keys(cliShapeTable(data, [put]))).toEqual(["A", "B", "D", "E"]);
    expect(Object.keys(cliShapeTable(data))).toHaveLength(6);
  });

  it("finds commands by name, and only its own (no prototype keys)", () => {
    const data = "\nput-thing PutThing --name=Name!\nget-thing GetThing\n";
    expect(cliCommands(data).map((c) => c.name)).toEqual(["put-thing", "get-thing"]);
    expect(cliCommand(data, "get-thing")).toEqual({
      name: "get-thing",
      operation: "GetThing",
      options: [],
    });
    expect(() => cliCommand(data, "toString")).toThrow(/no CLI command "toString"/);
  });

  it("an operation's functions parse, print, help and find its options", () => {
    const data = "Key string\nName string\nTags list Tag\nTag structure Key! Value\nValue string";
    const put = decodeCliCommand("put", "Put --name=Name! --tags=Tags");
    const api = operationArguments<"--name" | "--tags", { "--name": string; "--tags": object[] }>(
      put,
      cliShapeTable(data, [put]),
    );
    expect(api.parseArgument("--tags", ["Key=a,Value=b"])).toEqual({
      ok: true,
      value: [{ Key: "a", Value: "b" }],
    });
    expect(api.toArgument("--tags", [{ Key: "a" }])).toEqual({ ok: true, value: ["Key=a"] });
    expect(api.syntaxHelp("--tags")?.shorthand).toBe("Key=string,Value=string ...");
    expect(api.findOption("--name")?.required).toBe(true);
    const option: string = "--nope";
    expect(api.parseArgument(option, ["x"]).ok).toBe(false);
  });

  it("refuses keys and lines it could not read back", () => {
    expect(() => compactText([["a b", "string"]])).toThrow(/cannot be written/);
    expect(() => compactText([["", "string"]])).toThrow(/cannot be written/);
    expect(() => compactText([["a", "x\ny"]])).toThrow(/cannot be written/);
    expect(() => compactLines("nospace")).toThrow(/bad line/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^\S+$/), fc.stringMatching(/^[^\n\r]*$/)), {
          selector: ([k]) => k,
        }),
        (entries) => {
          expect([...compactLines(compactText(entries))]).toEqual(entries);
        },
      ),
    );
  });
});
