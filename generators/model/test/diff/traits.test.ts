import { describe, expect, it } from "vitest";
import { changes, fullChanges } from "./models.js";

describe("diffModels: constraint traits", () => {
  it("@length: raising min, lowering max or adding a max is breaking; loosening is safe; removal is dangerous", () => {
    const s = (t: string) => `${t}\nstring S`;
    expect(fullChanges(s("@length(min: 1, max: 10)"), s("@length(min: 2, max: 5)"))).toEqual([
      {
        severity: "breaking",
        shape: "ns#S",
        kind: "ChangedLengthTrait",
        message: "@length narrowed: min raised from 1 to 2, max lowered from 10 to 5",
      },
    ]);
    expect(changes(s(""), s("@length(max: 5)"))).toEqual(["breaking ns#S ChangedLengthTrait"]);
    expect(changes(s("@length(min: 1)"), s("@length(min: 1, max: 5)"))).toEqual([
      "breaking ns#S ChangedLengthTrait",
    ]);
    expect(changes(s("@length(min: 2, max: 5)"), s("@length(min: 1, max: 10)"))).toEqual([
      "safe ns#S ChangedLengthTrait",
    ]);
    expect(changes(s("@length(min: 2)"), s(""))).toEqual(["dangerous ns#S ChangedLengthTrait"]);
    // min: 0 is what no min means.
    expect(changes(s(""), s("@length(min: 0)"))).toEqual(["safe ns#S ChangedLengthTrait"]);
  });

  it("@range on a member: narrowing is breaking, reported at the member", () => {
    const a = (t: string) => `structure A {\n${t}\nn: Integer }`;
    expect(changes(a("@range(min: -5, max: 5)"), a("@range(min: -4.5, max: 5)"))).toEqual([
      "breaking ns#A$n ChangedRangeTrait",
    ]);
    expect(changes(a("@range(min: -5)"), a("@range(min: -6)"))).toEqual([
      "safe ns#A$n ChangedRangeTrait",
    ]);
    expect(changes(a(""), a("@range(min: -1000)"))).toEqual(["breaking ns#A$n ChangedRangeTrait"]);
  });

  it("@pattern: added or changed is breaking (validators enforce it), removed is safe", () => {
    const s = (t: string) => `${t}\nstring S`;
    expect(changes(s(""), s('@pattern("^a+$")'))).toEqual(["breaking ns#S ChangedPatternTrait"]);
    expect(fullChanges(s('@pattern("^a+$")'), s('@pattern("^[ab]+$")'))[0]!.message).toBe(
      'Changed @pattern from "^a+$" to "^[ab]+$"',
    );
    expect(changes(s('@pattern("^a+$")'), s(""))).toEqual(["safe ns#S ChangedPatternTrait"]);
  });

  it("@uniqueItems added or removed is dangerous", () => {
    expect(changes("list L { member: String }", "@uniqueItems\nlist L { member: String }")).toEqual(
      ["dangerous ns#L ChangedUniqueItemsTrait"],
    );
  });
});

describe("diffModels: @required, @default, @input", () => {
  const a = (member: string, extra = "") => `${extra}structure A {\n${member}\n}\nstructure B {}`;

  it("adding @required to an existing member is breaking; in an @input structure it is dangerous", () => {
    expect(changes(a("x: String"), a("@required x: String"))).toEqual([
      "breaking ns#A$x ChangedNullability",
    ]);
    expect(changes(a("x: String", "@input\n"), a("@required x: String", "@input\n"))).toEqual([
      "dangerous ns#A$x ChangedNullability",
    ]);
  });

  it("adding @required is dangerous for a structure target, and no change where a default already held", () => {
    expect(changes(a("x: B"), a("@required x: B"))).toEqual([
      "dangerous ns#A$x ChangedNullability",
    ]);
    expect(changes(a('x: String = ""'), a('@required x: String = ""'))).toEqual([]);
  });

  it("@clientOptional removed from a member that stays @required is breaking", () => {
    expect(changes(a("@required @clientOptional x: String"), a("@required x: String"))).toEqual([
      "breaking ns#A$x ChangedNullability",
    ]);
  });

  it("a new member that is @required but @clientOptional breaks no client", () => {
    expect(changes(a("y: String"), a("y: String\n@required @clientOptional x: String"))).toEqual([
      "safe ns#A$x AddedMember",
    ]);
  });

  it("removing @required is breaking, dangerous for a structure target, safe when replaced by @default + @addedDefault", () => {
    expect(changes(a("@required x: String"), a("x: String"))).toEqual([
      "breaking ns#A$x ChangedNullability",
    ]);
    expect(changes(a("@required x: B"), a("x: B"))).toEqual([
      "dangerous ns#A$x ChangedNullability",
    ]);
    expect(changes(a("@required x: String"), a('@addedDefault\nx: String = "d"'))).toEqual([
      "safe ns#A$x ChangedDefault",
      "safe ns#A$x ModifiedTrait",
    ]);
    expect(changes(a("@required x: String"), a('x: String = "d"'))).toEqual([
      "breaking ns#A$x ChangedDefault",
    ]);
  });

  it("adding @default to an optional member is breaking; changing it is dangerous, or breaking across the zero value", () => {
    expect(changes(a("x: Integer"), a("x: Integer = 1"))).toEqual([
      "breaking ns#A$x ChangedDefault",
    ]);
    expect(changes(a("x: Integer = 1"), a("x: Integer = 2"))).toEqual([
      "dangerous ns#A$x ChangedDefault",
    ]);
    expect(changes(a("x: Integer = 0"), a("x: Integer = 2"))).toEqual([
      "breaking ns#A$x ChangedDefault",
    ]);
    expect(changes(a("x: Integer = 1"), a("x: Integer"))).toEqual([
      "breaking ns#A$x ChangedDefault",
    ]);
  });

  it("removing @input from a structure with required members is breaking; adding it is dangerous", () => {
    expect(changes(a("@required x: String", "@input\n"), a("@required x: String"))).toEqual([
      "breaking ns#A ChangedNullability",
    ]);
    expect(changes(a("@required x: String"), a("@required x: String", "@input\n"))).toEqual([
      "dangerous ns#A ChangedNullability",
    ]);
  });
});

describe("diffModels: documentation, deprecation and other traits", () => {
  it("a documentation-only change is safe, at its shape or member", () => {
    const before = "/// Old.\nstructure A {\n/// Old member.\nx: String }";
    const after = "/// New.\nstructure A {\nx: String }";
    expect(fullChanges(before, after)).toEqual([
      {
        severity: "safe",
        shape: "ns#A",
        kind: "ChangedDocumentation",
        message: "Changed @documentation",
      },
      {
        severity: "safe",
        shape: "ns#A$x",
        kind: "ChangedDocumentation",
        message: "Removed @documentation",
      },
    ]);
  });

  it("@deprecated added, changed or removed is safe", () => {
    expect(fullChanges("string S", '@deprecated(message: "Use T")\nstring S')).toEqual([
      {
        severity: "safe",
        shape: "ns#S",
        kind: "AddedDeprecation",
        message: "Deprecated ns#S: Use T",
      },
    ]);
    expect(changes("@deprecated\nstring S", "string S")).toEqual(["safe ns#S RemovedDeprecation"]);
  });

  it("serialization traits follow Smithy's prelude rules", () => {
    const a = (t: string) => `structure A {\n${t}\nx: String }`;
    expect(changes(a(""), a('@jsonName("X")'))).toEqual(["breaking ns#A$x TraitBreakingChange"]);
    expect(changes(a('@jsonName("X")'), a('@jsonName("Y")'))).toEqual([
      "breaking ns#A$x TraitBreakingChange",
    ]);
    expect(changes("@sparse\nlist L { member: String }", "list L { member: String }")).toEqual([
      "breaking ns#L TraitBreakingChange",
    ]);
    // @idempotent: only its removal is declared breaking; adding it is listed as safe.
    expect(changes("operation O {}", "@idempotent\noperation O {}")).toEqual([
      "safe ns#O ModifiedTrait",
    ]);
    expect(changes("@idempotent\noperation O {}", "operation O {}")).toEqual([
      "breaking ns#O TraitBreakingChange",
    ]);
  });

  it("traits without declared rules: added or changed is safe, removed is dangerous", () => {
    expect(changes("string S", "@sensitive\nstring S")).toEqual(["safe ns#S ModifiedTrait"]);
    expect(changes("@sensitive\nstring S", "string S")).toEqual(["dangerous ns#S ModifiedTrait"]);
  });

  it("a custom trait's breakingChanges are honoured, with paths and severities", () => {
    const defs = `@trait(breakingChanges: [{change: "remove"}, {path: "/mode", change: "update", severity: "DANGER"}])
structure tagged { mode: String, note: String }
`;
    expect(changes(`${defs}@tagged(mode: "a")\nstring S`, `${defs}string S`)).toEqual([
      "breaking ns#S TraitBreakingChange",
    ]);
    expect(
      changes(`${defs}@tagged(mode: "a")\nstring S`, `${defs}@tagged(mode: "b")\nstring S`),
    ).toEqual(["dangerous ns#S TraitBreakingChange"]);
    expect(
      changes(
        `${defs}@tagged(mode: "a")\nstring S`,
        `${defs}@tagged(mode: "a", note: "n")\nstring S`,
      ),
    ).toEqual(["safe ns#S ModifiedTrait"]);
  });

  it("the prelude's path rules (@http, @paginated) walk the prelude's trait shapes", () => {
    const op = (http: string, paginated: string) =>
      `@http(${http})\n@paginated(${paginated})\noperation Op { input := { t: String, n: Integer }, output := { t: String, r: Rs } }\nlist Rs { member: String }`;
    const before = op('method: "GET", uri: "/"', 'inputToken: "t", outputToken: "t", items: "r"');
    expect(
      changes(before, op('method: "PUT", uri: "/"', 'inputToken: "t", outputToken: "t"')),
    ).toEqual(["breaking ns#Op TraitBreakingChange", "breaking ns#Op TraitBreakingChange"]);
    expect(
      changes(
        before,
        op('method: "GET", uri: "/", code: 201', 'inputToken: "t", outputToken: "t", items: "r"'),
      ),
    ).toEqual(["dangerous ns#Op TraitBreakingChange"]);
  });

  it("a breakingChanges path walks a list's items and a map's entries through the trait's shape", () => {
    const defs = `@trait(breakingChanges: [{change: "update", path: "/member"}])
list codes { member: String }
@trait(breakingChanges: [{change: "remove", path: "/value", severity: "DANGER"}])
map labels { key: String, value: String }
`;
    const s = (codes: string, labels: string) =>
      `${defs}@codes(${codes})\n@labels(${labels})\nstring S`;
    expect(
      fullChanges(s(`["a", "b", "c"]`, `a: "A", b: "B"`), s(`["a", "B", "c"]`, `a: "A"`)).map(
        (c) => `${c.severity} ${c.kind} ${c.message}`,
      ),
    ).toEqual([
      'breaking TraitBreakingChange Changed @ns#codes at /1 from "b" to "B"',
      'dangerous TraitBreakingChange Removed @ns#labels at /b (was "B")',
    ]);
  });

  it("a custom trait's diff tags set the severity of adding, removing or changing it", () => {
    const defs = `@trait\n@tags(["diff.error.update", "diff.danger.remove"])\nstring mark\n`;
    const on = (value?: string) =>
      `${defs}${value === undefined ? "" : `@mark("${value}")\n`}string S`;
    expect(changes(on("a"), on("b"))).toEqual(["breaking ns#S ModifiedTrait"]);
    expect(changes(on("a"), on())).toEqual(["dangerous ns#S ModifiedTrait"]);
    // No tag for adding: listed, as the safe change it is.
    expect(changes(on(), on("a"))).toEqual(["safe ns#S ModifiedTrait"]);
    const constant = `@trait\n@tags(["diff.error.const"])\nstring fixed\n`;
    expect(changes(`${constant}string S`, `${constant}@fixed("x")\nstring S`)).toEqual([
      "breaking ns#S ModifiedTrait",
    ]);
  });

  it("with diff.contents, a trait's value is compared member by member, item by item", () => {
    const defs = `@trait
@tags(["diff.contents"])
structure policy {
    @tags(["diff.error.update"])
    level: String
    @tags(["diff.danger.remove"])
    names: Names
    note: String
}
list Names {
    @tags(["diff.error.update"])
    member: String
}
`;
    const before = `${defs}@policy(level: "a", names: ["x", "y"], note: "n")\nstring S`;
    expect(
      fullChanges(before, `${defs}@policy(level: "b", names: ["x", "z"], note: "m")\nstring S`).map(
        (c) => `${c.severity} ${c.message}`,
      ),
    ).toEqual([
      'breaking Changed @ns#policy at /level from "a" to "b"',
      'breaking Changed @ns#policy at /names/1 from "y" to "z"',
    ]);
    expect(changes(before, `${defs}@policy(level: "a", note: "n")\nstring S`)).toEqual([
      "dangerous ns#S ModifiedTrait",
    ]);
    // A change no tag covers (the note) is listed as safe.
    expect(changes(before, `${defs}@policy(level: "a", names: ["x", "y"])\nstring S`)).toEqual([
      "safe ns#S ModifiedTrait",
    ]);
  });
});
