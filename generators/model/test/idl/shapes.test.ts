import { describe, expect, it } from "vitest";
import { json, parseOk, resolveNaively } from "./helpers.js";

const v2 = (body: string) => `$version: "2.0"\nnamespace ex\n${body}`;

describe("shape statements", () => {
  it("parses every simple shape type", () => {
    const types = [
      "blob",
      "boolean",
      "document",
      "string",
      "byte",
      "short",
      "integer",
      "long",
      "float",
      "double",
      "bigInteger",
      "bigDecimal",
      "timestamp",
    ];
    const file = parseOk(v2(types.map((t, i) => `${t} S${i}`).join("\n")));
    expect(types.map((_, i) => file.ast.shapes[`ex#S${i}`]?.type)).toEqual(types);
  });

  it("parses structures, unions, lists and maps with member traits", () => {
    const file = parseOk(
      v2(`
structure S {
    @required
    a: String,
    b: ex#Other
    c: smithy.api#Integer
}
union U { x: String y: Integer }
list L {
    @length(min: 1)
    member: String
}
map M { key: String, value: L }
`),
    );
    resolveNaively(file, ["String", "Integer", "required", "length"]);
    expect(json(file.ast.shapes["ex#S"])).toEqual({
      type: "structure",
      members: {
        a: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
        b: { target: "ex#Other" },
        c: { target: "smithy.api#Integer" },
      },
    });
    expect(Object.keys(file.ast.shapes["ex#U"]!.members!)).toEqual(["x", "y"]);
    expect(json(file.ast.shapes["ex#L"])).toEqual({
      type: "list",
      member: { target: "smithy.api#String", traits: { "smithy.api#length": { min: 1 } } },
    });
    expect(json(file.ast.shapes["ex#M"])).toEqual({
      type: "map",
      key: { target: "smithy.api#String" },
      value: { target: "ex#L" },
    });
  });

  it("parses enums and intEnums with values and documentation", () => {
    const file = parseOk(
      v2(`
enum E {
    A
    /// Docs of B
    B = "bee"
}
intEnum I {
    ONE = 1
    TWO = 2
}
`),
    );
    expect(json(file.ast.shapes["ex#E"])).toEqual({
      type: "enum",
      members: {
        A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "A" } },
        B: {
          target: "smithy.api#Unit",
          traits: { "smithy.api#documentation": "Docs of B", "smithy.api#enumValue": "bee" },
        },
      },
    });
    expect(json(file.ast.shapes["ex#I"]!.members!["TWO"])).toEqual({
      target: "smithy.api#Unit",
      traits: { "smithy.api#enumValue": 2 },
    });
  });

  it("turns `= value` into the default trait", () => {
    const file = parseOk(
      v2(
        `structure S {\n    a: String = "x"\n    b: Integer = 0\n    c: L = []\n    d: Document = null\n}`,
      ),
    );
    const members = json(file.ast.shapes["ex#S"]!.members) as Record<string, { traits: unknown }>;
    expect(Object.values(members).map((m) => m.traits)).toEqual([
      { "smithy.api#default": "x" },
      { "smithy.api#default": 0 },
      { "smithy.api#default": [] },
      { "smithy.api#default": null },
    ]);
  });

  it("parses services, resources and operations", () => {
    const file = parseOk(
      v2(`
service Svc {
    version: "2020-01-01"
    operations: [Op]
    resources: [Res]
    errors: [Err]
    rename: { "other#Name": "Renamed" }
}
resource Res {
    identifiers: { id: String }
    properties: { name: String }
    read: Op
    collectionOperations: [Op]
}
operation Op {
    input: OpIn
    output: OpOut
    errors: [Err, other.ns#Err2]
}
`),
    );
    resolveNaively(file, ["String"]);
    expect(json(file.ast.shapes["ex#Svc"])).toEqual({
      type: "service",
      version: "2020-01-01",
      operations: [{ target: "ex#Op" }],
      resources: [{ target: "ex#Res" }],
      errors: [{ target: "ex#Err" }],
      rename: { "other#Name": "Renamed" },
    });
    expect(json(file.ast.shapes["ex#Res"])).toEqual({
      type: "resource",
      identifiers: { id: { target: "smithy.api#String" } },
      properties: { name: { target: "smithy.api#String" } },
      read: { target: "ex#Op" },
      collectionOperations: [{ target: "ex#Op" }],
    });
    expect(json(file.ast.shapes["ex#Op"])).toEqual({
      type: "operation",
      input: { target: "ex#OpIn" },
      output: { target: "ex#OpOut" },
      errors: [{ target: "ex#Err" }, { target: "other.ns#Err2" }],
    });
  });

  it("generates inline input and output structures with the configured suffixes", () => {
    const file = parseOk(`$version: "2"
$operationOutputSuffix: "Response"
namespace ex
operation GetThing {
    input := @sensitive {
        id: String
    }
    output :=
        /// Output docs
        with [Base] {}
}
@mixin
structure Base {}
`);
    resolveNaively(file, ["String", "sensitive", "mixin"]);
    expect(json(file.ast.shapes["ex#GetThing"])).toEqual({
      type: "operation",
      input: { target: "ex#GetThingInput" },
      output: { target: "ex#GetThingResponse" },
    });
    expect(json(file.ast.shapes["ex#GetThingInput"])).toEqual({
      type: "structure",
      members: { id: { target: "smithy.api#String" } },
      traits: { "smithy.api#sensitive": {}, "smithy.api#input": {} },
    });
    expect(json(file.ast.shapes["ex#GetThingResponse"])).toEqual({
      type: "structure",
      mixins: [{ target: "ex#Base" }],
      members: {},
      traits: { "smithy.api#documentation": "Output docs", "smithy.api#output": {} },
    });
  });

  it("parses mixins on every kind of shape", () => {
    const file = parseOk(
      v2(`string S with [A]\nstructure T with [A, b.c#B] {}\noperation O with [X] {}`),
    );
    expect(json(file.ast.shapes["ex#T"]!.mixins)).toEqual([
      { target: "ex#A" },
      { target: "b.c#B" },
    ]);
    expect(file.pendingReferences.filter((r) => r.role === "mixin").map((r) => r.name)).toEqual([
      "A",
      "A",
      "X",
    ]);
  });

  it("writes elided members with an empty target and an elided reference", () => {
    const file = parseOk(
      v2(`structure S for Res with [M] {\n    @required\n    $id\n}\nlist L with [LM] { $member }`),
    );
    expect(json(file.ast.shapes["ex#S"]!.members)).toEqual({
      id: { target: "", traits: { "ex#required": {} } },
    });
    const elided = file.pendingReferences.filter((r) => r.role === "elided");
    expect(elided.map((r) => r.name)).toEqual(["$id", "$member"]);
    const first = elided[0] as unknown as {
      container: string;
      member: string;
      resource: { id: string };
    };
    expect([first.container, first.member, first.resource.id]).toEqual(["ex#S", "id", "ex#Res"]);
    file.pendingReferences.find((r) => r.role === "resource-binding")!.resolve("other#Res");
    expect(first.resource.id).toBe("other#Res");
    elided[0]!.resolve("smithy.api#String");
    expect(file.ast.shapes["ex#S"]!.members!["id"]!.target).toBe("smithy.api#String");
  });

  it("keeps `__proto__` and other prototype names as ordinary names", () => {
    const file = parseOk(
      `metadata __proto__ = {__proto__: 1, toString: 2}\nnamespace ex\nstructure S { __proto__: String, constructor: String }\n`,
    );
    expect(Object.keys(file.ast.shapes["ex#S"]!.members!)).toEqual(["__proto__", "constructor"]);
    expect(json(file.ast.metadata)).toEqual(
      JSON.parse('{"__proto__":{"__proto__":1,"toString":2}}'),
    );
  });

  it("records source locations of shapes, members, traits and metadata", () => {
    const file = parseOk(
      `metadata m = 1\nnamespace ex\n\n@deprecated\nstructure S {\n    @required\n    a: String\n}\n`,
    );
    const at = (p: string) => {
      const l = file.sources.get(p);
      return l && `${l.line}:${l.column}`;
    };
    expect(at("metadata.m")).toBe("1:10");
    expect(at("ex#S")).toBe("5:11");
    expect(at("ex#S@ex#deprecated")).toBe("4:1");
    expect(at("ex#S$a")).toBe("7:5");
    expect(at("ex#S$a@ex#required")).toBe("6:5");
  });
});

describe("apply", () => {
  it("merges applies to shapes of the file and keeps others as apply entries", () => {
    const file = parseOk(
      v2(`
structure Foo { baz: String }
apply Foo @deprecated
apply Foo$baz {
    @documentation("Hi")
    @internal
}
apply Foo$inherited @sensitive
apply other#Thing @since("1")
apply Elsewhere @tags(["a"])
apply Foo {}
`),
    );
    resolveNaively(file, [
      "String",
      "deprecated",
      "documentation",
      "internal",
      "sensitive",
      "since",
      "tags",
    ]);
    expect(json(file.ast.shapes["ex#Foo"])).toEqual({
      type: "structure",
      members: {
        baz: {
          target: "smithy.api#String",
          traits: { "smithy.api#documentation": "Hi", "smithy.api#internal": {} },
        },
      },
      traits: { "smithy.api#deprecated": {} },
    });
    expect(json(file.ast.shapes["ex#Foo$inherited"])).toEqual({
      type: "apply",
      traits: { "smithy.api#sensitive": {} },
    });
    expect(json(file.ast.shapes["other#Thing"])).toEqual({
      type: "apply",
      traits: { "smithy.api#since": "1" },
    });
    expect(json(file.ast.shapes["ex#Elsewhere"])).toEqual({
      type: "apply",
      traits: { "smithy.api#tags": ["a"] },
    });
  });

  it("renames an apply entry when its target resolves elsewhere", () => {
    const file = parseOk(v2(`apply String @documentation("x")`));
    const ref = file.pendingReferences.find((r) => r.role === "apply")!;
    ref.resolve("smithy.api#String");
    expect(Object.keys(file.ast.shapes)).toEqual(["smithy.api#String"]);
  });
});

describe("IDL 1.0", () => {
  it("is the version of a file without $version, and loads sets as unique lists", () => {
    const file = parseOk(`namespace ex\nset S { member: String }\n`);
    expect(file.version).toBe("1.0");
    expect(file.ast.smithy).toBe("2.0");
    expect(json(file.ast.shapes["ex#S"])).toEqual({
      type: "list",
      member: { target: "ex#String" },
      traits: { "smithy.api#uniqueItems": {} },
    });
  });

  it('reads `$version: "1"` and `"2"`', () => {
    expect(parseOk(`$version: "1"\n`).version).toBe("1.0");
    expect(parseOk(`$version: "2"\n`).version).toBe("2.0");
  });
});
