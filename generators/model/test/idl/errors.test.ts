import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIdl } from "../../src/idl/index.js";
import { errorsOf, firstErrorAt } from "./helpers.js";

describe("syntax errors are reported at the offending token", () => {
  it.each([
    // [case, text, line:column]
    ["control statement value on the next line", `$version:\n"2.0"\n`, "1:10"],
    ["control statement colon on the next line", `$version\n: "2.0"\n`, "1:9"],
    ["control statement key with a dot", `$a.b: 1\n`, "1:3"],
    ["two control statements on one line", `$version: "2.0" $x: 1\n`, "1:17"],
    ["duplicate $version", `$version: "2"\n$version: "2"\n`, "2:11"],
    ["unsupported version", `$version: "3.0"\n`, "1:11"],
    ["metadata key on the next line", `metadata\nk = 1\n`, "1:9"],
    ["metadata value after a comment", `metadata k = // no\n1\n`, "1:14"],
    ["two metadata statements on one line", `metadata a = 1 metadata b = 2\n`, "1:16"],
    ["shape before the namespace", `string S\n`, "1:1"],
    ["trait before the namespace", `@internal\nnamespace ex\n`, "1:1"],
    ["namespace ending in a dot", `namespace a.b.\n`, "1:15"],
    ["namespace on the next line", `namespace // x\na.b\n`, "1:11"],
    ["namespace without line break", `namespace ex string S\n`, "1:14"],
    ["use without #", `namespace ex\nuse a.b\n`, "2:8"],
    ["use with an empty name", `namespace ex\nuse a.b#\n`, "2:9"],
    ["use on two lines", `namespace ex\nuse\na#B\n`, "2:4"],
    ["use after a shape", `namespace ex\nstring S\nuse a#B\n`, "3:1"],
    ["use of a member", `namespace ex\nuse a#B$c\n`, "2:8"],
    ["unknown shape type", `namespace ex\n\nstrin S\n`, "3:1"],
    ["shape name that is not an identifier", `namespace ex\nstructure %X {}\n`, "2:11"],
    ["stray word after the shape name", `namespace ex\nstructure A B {}\n`, "2:13"],
    [
      "`with` on the next line of a structure",
      `$version: "2"\nnamespace ex\nstructure A\n    with [B] {}\n`,
      "4:5",
    ],
    [
      "`with` on the next line of a simple shape",
      `$version: "2"\nnamespace ex\nstring A\n    with [B]\n`,
      "4:5",
    ],
    ["`for` after `with`", `$version: "2"\nnamespace ex\nstructure A with [M] for R {}\n`, "3:22"],
    ["unclosed structure", `namespace ex\nstructure A {\n    a: String\n`, "4:1"],
    [
      "walrus in a structure member",
      `$version: "2"\nnamespace ex\nstructure A { a := String }\n`,
      "3:17",
    ],
    ["trailing trait in a body", `namespace ex\nstructure A {\n    @required\n}\n`, "4:1"],
    ["trait at the end of the file", `namespace ex\n@deprecated\n`, "3:1"],
    [
      "default value on the next line",
      `$version: "2"\nnamespace ex\nstructure A {\n    a: String =\n        "x"\n}\n`,
      "4:16",
    ],
    [
      "missing default value",
      `$version: "2"\nnamespace ex\nstructure A {\n    a: String =\n}\n`,
      "4:16",
    ],
    ["walrus for errors", `$version: "2"\nnamespace ex\noperation O { errors := [] }\n`, "3:22"],
    [
      "named inline structure",
      `$version: "2"\nnamespace ex\noperation O { input := Named {} }\n`,
      "3:24",
    ],
    [
      "duplicate operation input",
      `$version: "2"\nnamespace ex\noperation O {\n    input: A\n    input: B\n}\n`,
      "5:5",
    ],
    ["apply without a trait", `namespace ex\napply S\nstring T\n`, "3:1"],
    ["two applies on one line", `namespace ex\napply S @a apply T @b\n`, "2:12"],
    ["trait with a number key", `namespace ex\n@t(1: 2)\nstring S\n`, "2:5"],
    ["trait with an object key", `namespace ex\n@t(a: 1, {}: 2)\nstring S\n`, "2:10"],
    ["unclosed trait", `namespace ex\n@t("x"\nstring S\n`, "3:1"],
    ["unclosed list in a trait", `namespace ex\n@t([1,\n`, "3:1"],
    ["text block as an object key", `metadata m = {\n    """\n    k""": 1\n}\n`, "2:5"],
    ["walrus in a node object", `metadata m = {\n    k := 1\n}\n`, "2:7"],
    ["trait name with ##", `namespace ex\n@a##b\nstring S\n`, "2:4"],
    ["invalid escape", `namespace ex\n@documentation("\\q")\nstring S\n`, "2:16"],
    [
      "enum value on the next line",
      `$version: "2"\nnamespace ex\nenum E {\n    A =\n    "a"\n}\n`,
      "4:8",
    ],
    ["number with a bare exponent", `metadata m = 1e\n`, "1:14"],
    [
      "two defaults on one line",
      `$version: "2"\nnamespace ex\nstructure A {\n    a: String = "x" b: String\n}\n`,
      "4:21",
    ],
    [
      "closing brace after a default",
      `$version: "2"\nnamespace ex\nstructure A {\n    a: String = "x" }\n`,
      "4:21",
    ],
    [
      "default and a comma, then a member",
      `$version: "2"\nnamespace ex\nstructure A {\n    a: String = "x", b: String\n}\n`,
      "4:22",
    ],
    [
      "two enum values on one line",
      `$version: "2"\nnamespace ex\nintEnum E {\n    A = 1 B = 2\n}\n`,
      "4:11",
    ],
    ["an empty mixin list", `$version: "2"\nnamespace ex\nstructure A with [] {}\n`, "3:19"],
    ["escaped apostrophe", `namespace ex\n@documentation("\\'")\nstring S\n`, "2:16"],
    ["traits before apply", `namespace ex\nstring S\n@deprecated\napply S @internal\n`, "4:1"],
  ])("%s", (_name, text, at) => {
    expect(firstErrorAt(text)).toBe(at);
  });

  it("says what was expected, what was found and where the block opened", () => {
    expect(errorsOf(`namespace ex\nstructure Foo {\n    a: String\n`)).toEqual([
      "4:1 Expected `}` to close structure `ex#Foo` opened at 2:15, found the end of the file",
    ]);
  });

  it("rejects 2.0-only syntax in a 1.0 file", () => {
    const errors = errorsOf(`$version: "1.0"
namespace ex
structure A with [M] {}
structure B {
    a: String = "x"
}
structure C for R { $id }
enum E { X }
operation O { input := {} }
resource R { properties: { a: String } }
@mixin
structure M {}
`);
    expect(errors.map((e) => e.split(" ")[0])).toEqual([
      "3:13",
      "5:15",
      "7:13",
      "7:21",
      "8:1",
      "9:21",
      "10:14",
      "11:1",
    ]);
    expect(errors[0]).toMatch(
      /Mixins can only be used in Smithy IDL 2.0 or later; this file declares `\$version: "1.0"`/,
    );
  });

  it("rejects sets in a 2.0 file", () => {
    expect(errorsOf(`$version: "2"\nnamespace ex\nset S { member: String }\n`)[0]).toMatch(
      /^3:1 `set` shapes cannot be used in Smithy IDL 2.0/,
    );
  });

  it("reports shapes defined twice with different content, and use conflicts", () => {
    const text = `namespace ex\nuse a#B\nuse c#B\nstring S\n@sensitive\nstring S\nstring B\nlist L { member: S }\nlist L { member: S }\n`;
    expect(errorsOf(text)).toEqual([
      "3:5 Cannot use `c#B`: the name `B` already refers to `a#B`",
      "6:8 Shape `ex#S` is defined twice in this file with different content (first defined at 4:8)",
      "7:8 Shape `B` conflicts with `a#B` imported by a `use` statement",
    ]);
  });

  it("checks enum values written with `=`", () => {
    expect(
      errorsOf(
        `$version: "2"\nnamespace ex\nenum E {\n    A = 1\n}\nintEnum I {\n    A = "x",\n    B = 1.5\n    C = 2147483648 // too large\n}\n`,
      ),
    ).toEqual([
      "4:9 `ex#E$A`: enum members can only be assigned string values",
      "7:9 `ex#I$A`: intEnum members can only be assigned integer values",
      "8:9 `ex#I$B`: intEnum members cannot be assigned floating point values",
      "9:9 `ex#I$C`: intEnum values must fit in a 32-bit integer, found 2147483648",
    ]);
  });

  it("recovers at the next statement and reports every broken one", () => {
    const errors = errorsOf(`namespace ex
structure A {
    a: String
    b String
}

string B C

list L { member: [ }

structure Ok { a: String }
@t(
string D
`);
    expect(errors.map((e) => e.split(" ")[0])).toEqual(["4:7", "7:10", "9:18", "13:8"]);
  });

  it("keeps the well-formed shapes of a file with errors", () => {
    const result = parseIdl(`namespace ex\nstructure A { a b }\n\nstring Ok\n`, "t.smithy");
    expect(result.diagnostics).toHaveLength(1);
    expect(Object.keys(result.loaded!.ast.shapes)).toContain("ex#Ok");
  });
});

describe("pathological input", () => {
  it("bounds the nesting of node values instead of exhausting the stack", () => {
    const deep = `namespace ex\n@tags(${"[".repeat(100_000)}${"]".repeat(100_000)})\nstring S\n`;
    const errors = errorsOf(deep);
    expect(errors).toEqual(["2:263 Node values nest more than 256 levels deep"]);
    const deepObject = `metadata m = ${"{a: ".repeat(100_000)}1${"}".repeat(100_000)}\n`;
    expect(errorsOf(deepObject)[0]).toMatch(/nest more than 256 levels/);
  });

  // How long it takes is `npm run bench`'s business (bench/load-model.mjs), not a test's.
  it("parses a large file whole", () => {
    const shapes: string[] = [];
    for (let i = 0; i < 5000; i++) {
      shapes.push(
        `/// Shape ${i}\n@length(min: 1, max: 10)\nstructure S${i} {\n    @required\n    a: String = "x"\n    b: S${(i + 1) % 5000}\n}\n`,
      );
    }
    const text = `$version: "2"\nnamespace ex\n${shapes.join("\n")}`;
    const result = parseIdl(text, "big.smithy");
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(result.loaded!.ast.shapes)).toHaveLength(5000);
  });
});

describe("property: parseIdl never throws", () => {
  const fragments = [
    '$version: "2"\n',
    "namespace ex\n",
    "metadata m = ",
    "use a#B\n",
    "structure",
    "union",
    "list",
    "map",
    "enum",
    "operation",
    "service",
    "resource",
    "apply",
    " S",
    " {",
    "}",
    "[",
    "]",
    "(",
    ")",
    "@t",
    "@t(",
    "a: String",
    "$m",
    "= 1",
    '"s"',
    '"""\n x"""',
    ":=",
    "with [M]",
    "for R",
    "\n",
    " ",
    ",",
    "// c\n",
    "/// d\n",
    "#",
    ".",
    "-",
    "1.5e3",
    "\\",
    "'",
    '"',
    "input",
    "errors: [",
    "__proto__",
  ];
  it("yields a result or diagnostics for any input", () => {
    const input = fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(input, (text) => {
        const result = parseIdl(text, "fuzz.smithy");
        expect(result.loaded !== undefined || result.diagnostics.length > 0).toBe(true);
        for (const d of result.diagnostics) {
          expect(d.code).not.toBe("internal");
          expect(d.location.line).toBeGreaterThanOrEqual(1);
          expect(d.location.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
