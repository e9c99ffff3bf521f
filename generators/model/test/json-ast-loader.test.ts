import { describe, expect, it } from "vitest";
import { loadJsonAst } from "../src/json-ast-loader.js";
import { describeDiagnostics } from "./json-models.js";

const text = `{
  "smithy": "2.0",
  "metadata": { "owner": "team" },
  "shapes": {
    "ns#Foo": {
      "type": "structure",
      "members": {
        "bar": {
          "target": "smithy.api#String",
          "traits": { "smithy.api#required": {} }
        }
      },
      "traits": { "smithy.api#documentation": "Foo" }
    }
  }
}`;

describe("loadJsonAst", () => {
  it("loads shapes, members and traits with their line:column", () => {
    const { loaded, diagnostics } = loadJsonAst(text, "m.json");
    expect(diagnostics).toEqual([]);
    expect(loaded?.version).toBe("2.0");
    expect(loaded?.ast.shapes["ns#Foo"]?.members?.bar?.target).toBe("smithy.api#String");
    expect(loaded?.sources.get("ns#Foo")).toEqual({ file: "m.json", line: 5, column: 5 });
    expect(loaded?.sources.get("ns#Foo$bar")).toEqual({ file: "m.json", line: 8, column: 9 });
    expect(loaded?.sources.get("ns#Foo$bar@smithy.api#required")).toEqual({
      file: "m.json",
      line: 10,
      column: 23,
    });
    expect(loaded?.sources.get("ns#Foo@smithy.api#documentation")).toEqual({
      file: "m.json",
      line: 13,
      column: 19,
    });
    expect(loaded?.sources.get("metadata.owner")).toEqual({ file: "m.json", line: 3, column: 17 });
  });

  it("reports JSON syntax errors at their position and loads nothing", () => {
    const result = loadJsonAst('{\n  "smithy": "2.0",\n  "shapes": {,}\n}', "bad.json");
    expect(result.loaded).toBeUndefined();
    expect(describeDiagnostics(result.diagnostics)[0]).toMatch(
      /^bad\.json:3:14 error Invalid JSON/,
    );
  });

  it("reports structural errors where they are, warns of unknown properties and keeps the good shapes", () => {
    const doc = `{
  "smithy": "2.0",
  "shapes": {
    "ns#A": { "type": "strukture" },
    "ns#B": { "type": "structure", "members": { "x": { "traits": {} } } },
    "ns#C": { "type": "string", "members": {} },
    "bad id": { "type": "string" },
    "ns#D": { "type": "list", "member": { "target": "not an id" } },
    "ns#E": { "type": "string", "traits": { "required": {} } },
    "ns#F": { "type": "string", "since": "3.0" }
  }
}`;
    const result = loadJsonAst(doc, "s.json");
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      's.json:4:23 error Unknown shape type "strukture" for ns#A',
      "s.json:5:49 error Member ns#B$x has no `target`",
      's.json:6:33 error Property "members" is not allowed in a string shape (ns#C)',
      's.json:7:5 error Invalid shape id "bad id": expected `namespace#Name`',
      's.json:8:53 error Invalid shape id "not an id" as the target of ns#D$member: expected `namespace#Name`',
      's.json:9:45 error Invalid trait id "required" on ns#E: expected `namespace#name`',
      's.json:10:33 warning Unknown property "since" in a string shape (ns#F) (ignored)',
    ]);
    expect(Object.keys(result.loaded!.ast.shapes)).toEqual([
      "ns#B",
      "ns#C",
      "ns#D",
      "ns#E",
      "ns#F",
    ]);
  });

  it("rejects unsupported versions and a missing version", () => {
    expect(
      describeDiagnostics(loadJsonAst('{"smithy": "3.0", "shapes": {}}', "v.json").diagnostics),
    ).toEqual(['v.json:1:12 error Unsupported Smithy version: "3.0"']);
    expect(loadJsonAst('{"shapes": {}}', "v.json").diagnostics[0]?.message).toMatch(
      /Missing the `smithy` version/,
    );
    expect(loadJsonAst("[]", "v.json").diagnostics[0]?.message).toMatch(/must be an object/);
  });

  it("reports duplicate keys", () => {
    const result = loadJsonAst(
      '{"smithy": "2.0", "shapes": {"a#B": {"type": "string"}, "a#B": {"type": "blob"}}}',
      "d.json",
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual(['Duplicate key "a#B"']);
  });

  it("treats __proto__ and constructor as ordinary member names and trait-value keys", () => {
    const doc = `{"smithy": "2.0", "shapes": {"ns#S": {"type": "structure", "members": {
      "__proto__": {"target": "smithy.api#String"},
      "constructor": {"target": "smithy.api#String", "traits": {"smithy.api#documentation": "c"}}
    }, "traits": {"ns#t": {"__proto__": 1, "toString": 2}}}}}`;
    const { loaded, diagnostics } = loadJsonAst(doc, "p.json");
    expect(diagnostics).toEqual([]);
    const shape = loaded!.ast.shapes["ns#S"]!;
    expect(Object.keys(shape.members!)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(shape.members)).toBe(Object.prototype);
    expect(Object.hasOwn(shape.traits!["ns#t"] as object, "__proto__")).toBe(true);
    expect(JSON.parse(JSON.stringify(shape.traits))).toEqual(
      JSON.parse('{"ns#t": {"__proto__": 1, "toString": 2}}'),
    );
  });

  it("never throws on arbitrary text", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (t) => {
        const result = loadJsonAst(t, "x.json");
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
