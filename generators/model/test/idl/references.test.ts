import { describe, expect, it } from "vitest";
import { json, parseOk } from "./helpers.js";

describe("shape references", () => {
  it("writes relative references as placeholders and records them", () => {
    const file = parseOk(`$version: "2"\nnamespace ex\nstructure S { a: String }\n`);
    expect(file.ast.shapes["ex#S"]!.members!["a"]!.target).toBe("ex#String");
    const [ref] = file.pendingReferences;
    expect([
      ref!.namespace,
      ref!.name,
      ref!.role,
      ref!.location.line,
      ref!.location.column,
    ]).toEqual(["ex", "String", "target", 3, 18]);
    ref!.resolve("smithy.api#String");
    expect(file.ast.shapes["ex#S"]!.members!["a"]!.target).toBe("smithy.api#String");
  });

  it("settles names defined in the file, absolute ids and `use` imports without pending references", () => {
    const file = parseOk(
      `$version: "2"\nnamespace ex\nuse other#Imported\nuse smithy.api#required\nstructure S {\n    @required\n    a: Local\n    b: Imported\n    c: a.b#C\n}\nstring Local\n`,
    );
    expect(file.pendingReferences).toEqual([]);
    expect(json(file.ast.shapes["ex#S"]!.members)).toEqual({
      a: { target: "ex#Local", traits: { "smithy.api#required": {} } },
      b: { target: "other#Imported" },
      c: { target: "a.b#C" },
    });
  });

  it("renames a trait key in place, keeping the order of traits", () => {
    const file = parseOk(
      `namespace ex\n@a @required @b\nstring S\n@trait structure a {}\n@trait structure b {}\n`,
    );
    const ref = file.pendingReferences.find((r) => r.role === "trait" && r.name === "required")!;
    ref.resolve("smithy.api#required");
    expect(Object.keys(file.ast.shapes["ex#S"]!.traits!)).toEqual([
      "ex#a",
      "smithy.api#required",
      "ex#b",
    ]);
  });

  it("resolves shape ids in trait values, including a whole value and members", () => {
    const file = parseOk(
      `$version: "2"\nnamespace ex\n@idRef(Target$m)\n@references([{resource: City}])\n@trait\nstring idRef\nstring S\n`,
    );
    expect(json(file.ast.shapes["ex#S"])).toEqual({ type: "string" });
    expect(json(file.ast.shapes["ex#idRef"]!.traits)).toEqual({
      "ex#idRef": "ex#Target$m",
      "ex#references": [{ resource: "ex#City" }],
      "ex#trait": {},
    });
    const byName = new Map(file.pendingReferences.map((r) => [r.name, r]));
    expect(byName.get("Target$m")!.role).toBe("value");
    // The resolver may pass the root id or the member id: both give the member id.
    byName.get("Target$m")!.resolve("other#Target");
    byName.get("references")!.resolve("smithy.api#references");
    byName.get("City")!.resolve("other#City");
    byName.get("trait")!.resolve("smithy.api#trait");
    expect(json(file.ast.shapes["ex#idRef"]!.traits)).toEqual({
      "ex#idRef": "other#Target$m",
      "smithy.api#references": [{ resource: "other#City" }],
      "smithy.api#trait": {},
    });
  });

  it("keeps a value reference working when the trait holding it is renamed", () => {
    const file = parseOk(`namespace ex\n@link(Other)\nstring S\n`);
    const refs = new Map(file.pendingReferences.map((r) => [r.role, r]));
    refs.get("trait")!.resolve("lib#link");
    refs.get("value")!.resolve("lib#Other");
    expect(json(file.ast.shapes["ex#S"]!.traits)).toEqual({ "lib#link": "lib#Other" });
  });

  it("uses the file's namespace for metadata shape ids written before it", () => {
    const file = parseOk(`metadata a = [Foo, smithy.api#String]\nnamespace ex\n`);
    expect(json(file.ast.metadata)).toEqual({ a: ["ex#Foo", "smithy.api#String"] });
    expect(file.pendingReferences.map((r) => [r.namespace, r.name, r.role])).toEqual([
      ["ex", "Foo", "value"],
    ]);
  });

  it("concatenates a metadata list defined twice", () => {
    const file = parseOk(`metadata a = [1]\nmetadata a = [2, X]\n`);
    expect(json(file.ast.metadata)).toEqual({ a: [1, 2, "smithy.api#X"] });
  });
});

describe("node values", () => {
  it("parses every kind of node value", () => {
    const file = parseOk(`metadata m = {
    "quoted": "s", unquoted: 1, neg: -2.5e1, t: true, f: false, n: null,
    list: [1, [2], {}], id: smithy.api#String, tb: """
        a
          b
        """
}
`);
    expect(json(file.ast.metadata)).toEqual({
      m: {
        quoted: "s",
        unquoted: 1,
        neg: -25,
        t: true,
        f: false,
        n: null,
        list: [1, [2], {}],
        id: "smithy.api#String",
        tb: "a\n  b\n",
      },
    });
  });

  it("writes annotation traits as {} and structured traits as objects", () => {
    const file = parseOk(`namespace ex\n@a @b() @c(k: 1, "q": [x.y#Z]) @d("v")\nstring S\n`);
    expect(json(file.ast.shapes["ex#S"]!.traits)).toEqual({
      "ex#a": {},
      "ex#b": {},
      "ex#c": { k: 1, q: ["x.y#Z"] },
      "ex#d": "v",
    });
  });

  it("treats keywords that run into other characters as shape ids", () => {
    const file = parseOk(`metadata m = [truefalse, nullable]\n`);
    expect(json(file.ast.metadata)).toEqual({ m: ["smithy.api#truefalse", "smithy.api#nullable"] });
  });
});

describe("documentation comments", () => {
  it("attach before a shape's traits, members and enum members, nowhere else", () => {
    const file = parseOk(`/// ignored (control)
$version: "2.0"
/// ignored (namespace)
namespace ex

/// Shape docs
///   indented
@deprecated
/// ignored (after traits)
structure S {
    /// Member docs
    a: String
    /// ignored (dangling)
}

string T /// ignored (same line)

/// ignored (before apply)
apply S @internal
/// ignored (end of file)
`);
    expect(file.ast.shapes["ex#S"]!.traits!["smithy.api#documentation"]).toBe(
      "Shape docs\n  indented",
    );
    expect(file.ast.shapes["ex#S"]!.members!["a"]!.traits).toEqual({
      "smithy.api#documentation": "Member docs",
    });
    expect(file.ast.shapes["ex#T"]!.traits).toBeUndefined();
    expect(Object.keys(file.ast.shapes["ex#S"]!.traits!)).toEqual([
      "smithy.api#documentation",
      "ex#deprecated",
      "ex#internal",
    ]);
  });
});
