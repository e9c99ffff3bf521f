import { describe, expect, it } from "vitest";
import { toCanonicalAst } from "../src/canonical-ast.js";
import { parseIdlFile } from "../src/idl/idl-parser.js";
import { resolveModel } from "../src/resolve.js";
import { describeDiagnostics, errors, resolveDocs } from "./json-models.js";

const S = "smithy.api#String";
const U = "smithy.api#Unit";
const doc = (shapes: Record<string, unknown>) => ({ smithy: "2.0", shapes });
/** The error messages of an IDL 2.0 file in namespace `ns` (`text` after the namespace line). */
const errorsOf = (text: string) => {
  const { loaded } = parseIdlFile(`$version: "2.0"\nnamespace ns\n\n${text}`, "m.smithy");
  return errors(resolveModel([loaded!]).diagnostics).map((d) => d.message);
};
const messages = (shapes: Record<string, unknown>) =>
  errors(resolveDocs(doc(shapes)).diagnostics).map((d) => d.message);

describe("references and traits", () => {
  it("reports unresolved member targets and operation bindings at the member / shape", () => {
    const result = resolveDocs(
      doc({
        "ns#S": { type: "structure", members: { a: { target: "ns#Nope" } } },
        "ns#O": {
          type: "operation",
          input: { target: "ns#S" },
          output: { target: "ns#Gone" },
          errors: [{ target: S }],
        },
      }),
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "a.json:7:9 error Member ns#S$a targets ns#Nope, which is not defined",
      "a.json:12:5 error The error of ns#O must be a structure, but smithy.api#String is a string",
      "a.json:12:5 error The output ns#Gone of ns#O is not defined",
    ]);
  });

  it("requires traits to be shapes marked @trait; unknown non-prelude traits are warnings", () => {
    const result = resolveDocs(
      doc({
        "ns#notTrait": { type: "string" },
        "ns#A": {
          type: "string",
          traits: { "ns#notTrait": "x", "smithy.api#nope": {}, "aws.api#service": { sdkId: "X" } },
        },
      }),
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "a.json:10:9 error ns#notTrait is applied to ns#A as a trait, but it is not marked @trait",
      "a.json:11:9 error Unknown trait smithy.api#nope on ns#A: the prelude defines no such trait",
      "a.json:12:9 warning Trait aws.api#service (on ns#A) is not defined by any file of the model; its values are not checked",
    ]);
  });

  it("checks trait values against the trait's shape", () => {
    expect(
      messages({
        "ns#A": {
          type: "string",
          traits: {
            "smithy.api#length": { min: "1" },
            "smithy.api#error": "nobody",
            "smithy.api#documentation": 3,
          },
        },
        "ns#B": {
          type: "list",
          member: { target: S },
          traits: { "smithy.api#tags": "a", "smithy.api#http": { uri: "/" } },
        },
      }),
    ).toEqual([
      "Invalid trait value on ns#A: @length.min: expected a number for long smithy.api#Long, found string",
      'Invalid trait value on ns#A: @error: "nobody" is not a value of smithy.api#error',
      "Trait @error cannot be applied to ns#A: it applies only to shapes matching the selector `structure`",
      "Invalid trait value on ns#A: @documentation: expected a string for string smithy.api#documentation, found number",
      "Invalid trait value on ns#B: @tags: expected an array for list smithy.api#tags, found string",
      "Invalid trait value on ns#B: @http: missing required member `method` of smithy.api#http",
      "Trait @http cannot be applied to ns#B: it applies only to shapes matching the selector `operation`",
    ]);
  });
});

describe("where a trait may be applied (its definition's selector)", () => {
  it("accepts traits where their selectors allow them", () => {
    expect(
      errorsOf(
        `@idempotent\noperation Put {}\nstructure S {\n    @idempotencyToken\n    token: String\n    @required\n    @jsonName("n")\n    name: String\n}\n` +
          `union U {\n    @jsonName("a")\n    a: String\n}\n@sparse\nlist L { member: String }\n@box\ninteger Boxed\n`,
      ),
    ).toEqual([]);
  });

  it("rejects them elsewhere, naming the selector", () => {
    expect(
      errorsOf(
        `@idempotent\nstring NotAnOperation\nstructure S {\n    @idempotencyToken\n    count: Integer\n}\nunion U {\n    @required\n    a: String\n}\n@sparse\nstring NotACollection\n`,
      ),
    ).toEqual([
      "Trait @idempotent cannot be applied to ns#NotAnOperation: it applies only to shapes matching the selector `operation`",
      "Trait @idempotencyToken cannot be applied to ns#S$count: it applies only to shapes matching the selector `structure > member :test(> string)`",
      "Trait @required cannot be applied to ns#U$a: it applies only to shapes matching the selector `structure > member`",
      "Trait @sparse cannot be applied to ns#NotACollection: it applies only to shapes matching the selector `:is(list, map)`",
    ]);
  });

  it("evaluates a model's own selectors, and leaves unchecked the ones it cannot evaluate", () => {
    expect(
      errorsOf(
        `@trait(selector: "structure[trait|error] :not([trait|input])")\nstructure retryCode {}\n` +
          `@trait(selector: "operation -[input]-> structure > member")\nstructure inputOnly {}\n` +
          `@error("client")\n@retryCode\nstructure Oops {}\n@retryCode\nstructure Fine {}\n@inputOnly\nstring Anything\n`,
      ),
    ).toEqual([
      "Trait @retryCode cannot be applied to ns#Fine: it applies only to shapes matching the selector `structure[trait|error] :not([trait|input])`",
    ]);
  });
});

describe("trait values and the constraints of their shapes", () => {
  it("hold a trait value to @length, @range and @pattern, where they apply", () => {
    expect(
      errorsOf(
        `@trait\n@length(min: 2, max: 3)\n@pattern("^[a-z]+$")\nstring code\n` +
          `@trait\nstructure limits {\n    @range(min: 1)\n    count: Integer\n    names: Names\n}\n` +
          `@length(max: 1)\nlist Names { member: String }\n` +
          `@code("abcd")\nstring A\n@code("A1")\nstring B\n@code("ok")\nstring C\n` +
          `@limits(count: 0, names: ["a", "b"])\nstring D\n@longPoll(timeoutMillis: 0)\noperation Poll {}\n`,
      ),
    ).toEqual([
      'Invalid trait value on ns#A: @code: length 4 is outside the @length {"min":2,"max":3}',
      'Invalid trait value on ns#B: @code: "A1" does not match the @pattern ^[a-z]+$',
      'Invalid trait value on ns#D: @limits.count: 0 is outside the @range {"min":1}',
      'Invalid trait value on ns#D: @limits.names: length 2 is outside the @length {"max":1}',
      'Invalid trait value on ns#Poll: @longPoll.timeoutMillis: 0 is outside the @range {"min":1}',
    ]);
  });

  it("hold a @default too: a wrong @length or @pattern is an error, a value outside @range a warning", () => {
    const { loaded } = parseIdlFile(
      `$version: "2.0"\nnamespace ns\n\nstructure S {\n    short: Code = "a"\n    lower: Code = "ABC"\n    @range(min: 1)\n    count: Integer = 0\n    fine: Code = "abc"\n}\n` +
        `@length(min: 2)\n@pattern("^[a-z]+$")\nstring Code\n@range(max: -1)\n@default(0)\ninteger Negative\n`,
      "m.smithy",
    );
    expect(describeDiagnostics(resolveModel([loaded!]).diagnostics)).toEqual([
      'm.smithy:5:17 error ns#S$short: @default: length 1 is outside the @length {"min":2}',
      'm.smithy:6:17 error ns#S$lower: @default: "ABC" does not match the @pattern ^[a-z]+$',
      'm.smithy:8:20 warning ns#S$count: @default: 0 is outside the @range {"min":1}',
      'm.smithy:15:1 warning ns#Negative: @default: 0 is outside the @range {"max":-1}',
    ]);
  });
});

describe("@idRef strings in trait values", () => {
  const definitions =
    `@trait\nstructure ref {\n    @idRef(selector: "structure", failWhenMissing: true)\n    one: String\n    many: Refs\n` +
    `    @idRef(selector: "[trait|error]", errorMessage: "names an error shape")\n    error: String\n    @idRef\n    any: String\n}\n` +
    `list Refs {\n    @idRef(selector: "structure")\n    member: String\n}\n` +
    `list Names { member: String }\nstructure Thing { name: String }\n@error("client")\nstructure Oops {}\n`;

  it("accept an absolute id of a shape or member matching the selector", () => {
    expect(
      errorsOf(
        `${definitions}@ref(one: Thing, many: [Thing, "ns#Oops", "ns#Elsewhere"], error: Oops, any: "ns#Thing$name")\nstring A\n`,
      ),
    ).toEqual([]);
  });

  it("refuse a shape the selector does not match, a missing one with failWhenMissing, and a non-id", () => {
    expect(
      errorsOf(
        `${definitions}@ref(one: Names, many: [Names, "Thing", "ns#Thing$nope"])\nstring A\n` +
          `@ref(one: "ns#Missing", error: Thing)\nstring B\n`,
      ),
    ).toEqual([
      "Invalid trait value on ns#A: @ref.many[0]: shape ns#Names does not match the @idRef selector `structure`",
      'Invalid trait value on ns#A: @ref.many[1]: "Thing" is not an absolute shape id (ns#Name), which @idRef requires',
      "Invalid trait value on ns#A: @ref.one: shape ns#Names does not match the @idRef selector `structure`",
      "Invalid trait value on ns#B: @ref.error: names an error shape",
      "Invalid trait value on ns#B: @ref.one: shape ns#Missing is not defined in the model (@idRef with failWhenMissing)",
    ]);
  });

  it("hold a @default to the @idRef of its shape", () => {
    expect(
      errorsOf(
        `@idRef(selector: "structure")\nstring StructureId\n` +
          `structure S {\n    good: StructureId = "ns#S"\n    bad: StructureId = "ns#StructureId"\n}\n`,
      ),
    ).toEqual([
      "ns#S$bad: @default: shape ns#StructureId does not match the @idRef selector `structure`",
    ]);
  });
});

describe("null in trait values", () => {
  it("is refused where a member cannot be null, even when its target (a document) takes null", () => {
    expect(
      errorsOf(
        `@trait\nstructure t {\n    @required\n    need: Document\n    maybe: Document\n    list: Docs\n    sparse: SparseDocs\n    union: Choice\n}\n` +
          `list Docs { member: Document }\n@sparse\nlist SparseDocs { member: Document }\nunion Choice { a: Document }\n` +
          `@t(need: null, maybe: null, list: [null], sparse: [null], union: { a: null })\nstring A\n` +
          `@t(need: 1)\nstring B\n`,
      ),
    ).toEqual([
      "Invalid trait value on ns#A: @t.list[0]: ns#Docs is not @sparse: its items cannot be null",
      "Invalid trait value on ns#A: @t.need: member `need` of ns#t cannot be null",
      "Invalid trait value on ns#A: @t.union.a: member `a` of ns#Choice cannot be null",
    ]);
  });
});

describe("trait values of newer definitions", () => {
  it("warn of members the trait's structure does not define, and load", () => {
    const result = resolveDocs(
      doc({
        "ns#N": { type: "integer", traits: { "smithy.api#range": { min: 1, maxx: 2 } } },
      }),
    );
    expect(result.model).toBeDefined();
    expect(describeDiagnostics(result.diagnostics).map((d) => d.replace(/^\S+ /, ""))).toEqual([
      "warning Trait value on ns#N has a member it ignores: @range: unknown member `maxx` for smithy.api#range",
    ]);
  });

  it("know the prelude's newer traits: @idempotent's errors, @longPoll, @metadata", () => {
    const { loaded } = parseIdlFile(
      `$version: "2.0"\nnamespace ns\n\n@error("client")\nstructure Exists {}\n\n` +
        `@idempotent(exists: [Exists], notFound: [])\n@longPoll(timeoutMillis: 20000)\noperation Create {}\n\n` +
        `@metadata(key: "owners")\nlist Owners { member: String }\n\n@longPoll(timeoutMillis: "soon")\noperation Poll {}\n`,
      "m.smithy",
    );
    expect(describeDiagnostics(resolveModel([loaded!]).diagnostics)).toEqual([
      "m.smithy:14:1 error Invalid trait value on ns#Poll: @longPoll.timeoutMillis: expected a number for integer smithy.api#Integer, found string",
    ]);
  });
});

describe("traits written without a value", () => {
  const resolve = (...texts: string[]) =>
    resolveModel(
      texts.map((text, i) => parseIdlFile(`$version: "2.0"\n${text}`, `m${i}.smithy`).loaded!),
    );
  const traitsOf = (result: ReturnType<typeof resolve>, id: string) =>
    toCanonicalAst(result.model!).shapes[id]!.traits;

  it("are [] for a list or set trait and {} for a structure or map trait", () => {
    const result = resolve(
      `namespace ns\n@trait\nlist localList { member: String }\n@trait\nmap localMap { key: String, value: String }\n` +
        `@tags @references @sensitive @localList @localMap\nstring S\n` +
        `structure T {\n    @tags\n    a: String\n}\n`,
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([]);
    expect(traitsOf(result, "ns#S")).toEqual({
      "smithy.api#tags": [],
      "smithy.api#references": [],
      "smithy.api#sensitive": {},
      "ns#localList": [],
      "ns#localMap": {},
    });
    expect(toCanonicalAst(result.model!).shapes["ns#T"]!.members!["a"]!.traits).toEqual({
      "smithy.api#tags": [],
    });
  });

  it("are null for a trait of any other shape: `@default` alone is `@default(null)`", () => {
    const ok = resolve(
      `namespace ns\nstructure S {\n    @default\n    a: String\n    @default()\n    b: String\n    @tags()\n    c: String\n}\n`,
    );
    expect(describeDiagnostics(ok.diagnostics)).toEqual([]);
    expect(toCanonicalAst(ok.model!).shapes["ns#S"]!.members).toEqual({
      a: { target: S, traits: { "smithy.api#default": null } },
      b: { target: S, traits: { "smithy.api#default": null } },
      c: { target: S, traits: { "smithy.api#tags": [] } },
    });
    const bad = resolve(`namespace ns\n@trait\nstring label\n@label\nstring T\n`);
    expect(errors(bad.diagnostics).map((d) => d.message)).toEqual([
      "Invalid trait value on ns#T: @label: expected a string for string ns#label, found null",
    ]);
  });

  it("are settled for traits defined later, in another file, or applied", () => {
    const result = resolve(
      `namespace ns\n@later @other#defined\nstring S\n@trait\nlist later { member: String }\napply S @references\n`,
      `namespace other\n@trait\nset defined { member: String }\n`,
    );
    expect(describeDiagnostics(result.diagnostics)).toEqual([]);
    expect(traitsOf(result, "ns#S")).toEqual({
      "ns#later": [],
      "other#defined": [],
      "smithy.api#references": [],
    });
  });

  it("stay an error when written as an explicit object", () => {
    const result = resolve(`namespace ns\n@tags({})\nstring S\n`);
    expect(errors(result.diagnostics).map((d) => d.message)).toEqual([
      "Invalid trait value on ns#S: @tags: expected an array for list smithy.api#tags, found object",
    ]);
  });
});

describe("what a model may not change or misshape", () => {
  it("refuses to apply traits to the prelude", () => {
    const { loaded } = parseIdlFile(
      `$version: "2.0"\nnamespace ns\n\napply String @deprecated\napply smithy.api#Integer @sensitive\nstring S\napply S @sensitive\n`,
      "m.smithy",
    );
    const result = resolveModel([loaded!]);
    expect(describeDiagnostics(result.diagnostics)).toEqual([
      "m.smithy:4:7 error Cannot apply traits to smithy.api#String: shapes of the prelude (smithy.api) cannot be changed",
      "m.smithy:5:7 error Cannot apply traits to smithy.api#Integer: shapes of the prelude (smithy.api) cannot be changed",
    ]);
  });

  it("requires the metadata `validators` and `suppressions` to be lists", () => {
    const result = resolveDocs(
      { smithy: "2.0", metadata: { validators: {}, suppressions: "all" }, shapes: {} },
      { smithy: "2.0", metadata: { other: {} }, shapes: {} },
    );
    expect(errors(result.diagnostics).map((d) => d.message)).toEqual([
      "Metadata `validators` must be a list, found an object",
      "Metadata `suppressions` must be a list, found string",
    ]);
    expect(
      resolveDocs({ smithy: "2.0", metadata: { validators: [] }, shapes: {} }).diagnostics,
    ).toEqual([]);
  });
});

describe("enums and intEnums", () => {
  it("gives enum members without @enumValue their name as value", () => {
    const { model } = resolveDocs(
      doc({ "ns#E": { type: "enum", members: { FOO: { target: U } } } }),
    );
    expect(model!.member("ns#E$FOO")!.traits.get("smithy.api#enumValue")).toBe("FOO");
  });

  it("rejects empty enums, non-string enum values, duplicates and members not targeting Unit", () => {
    expect(
      messages({
        "ns#Empty": { type: "enum", members: {} },
        "ns#E": {
          type: "enum",
          members: {
            A: { target: U, traits: { "smithy.api#enumValue": 10 } },
            B: { target: U, traits: { "smithy.api#enumValue": "x" } },
            C: { target: U, traits: { "smithy.api#enumValue": "x" } },
            D: { target: S },
          },
        },
      }),
    ).toEqual([
      "enum ns#Empty must have at least one member",
      "ns#E$A: enum members can only be assigned string values, but found: 10",
      'ns#E$C: the value "x" is already used by ns#E$B',
      "enum member ns#E$D must target smithy.api#Unit, not smithy.api#String",
    ]);
  });

  it("requires intEnum values to be 32-bit integers", () => {
    const v = (value: unknown) => ({ target: U, traits: { "smithy.api#enumValue": value } });
    expect(
      messages({
        "ns#I": {
          type: "intEnum",
          members: { A: v("Abc"), B: v(1.5), C: v(2147483648), D: { target: U }, E: v(1) },
        },
        "ns#Empty": { type: "intEnum", members: {} },
      }),
    ).toEqual([
      'ns#I$A: intEnum members require integer values, but found: "Abc"',
      "ns#I$B: intEnum members do not support floating point values, but found: 1.5",
      "ns#I$C: intEnum members must fit within an integer, but found: 2147483648",
      "ns#I$D: intEnum members require an @enumValue",
      "intEnum ns#Empty must have at least one member",
    ]);
  });
});

describe("lists, maps and defaults", () => {
  it("requires list members and map keys and values; map keys are strings", () => {
    expect(
      messages({
        "ns#L": { type: "list" },
        "ns#M": { type: "map", key: { target: "smithy.api#Integer" } },
      }),
    ).toEqual([
      "Missing required member of shape ns#L: member",
      "Missing required member of shape ns#M: value",
      "The key of map ns#M must target a string shape, not the integer smithy.api#Integer",
    ]);
  });

  it("checks default values against the target and requires repeating a target's default", () => {
    expect(
      messages({
        "ns#S": {
          type: "structure",
          members: {
            a: { target: S, traits: { "smithy.api#default": 1 } },
            b: { target: "smithy.api#PrimitiveInteger" },
            c: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": 1 } },
            d: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": null } },
            e: {
              target: "smithy.api#Integer",
              traits: { "smithy.api#default": 0, "smithy.api#required": {} },
            },
          },
        },
        "ns#Root": { type: "integer", traits: { "smithy.api#default": null } },
      }),
    ).toEqual([
      "ns#S$a: @default: expected a string for string smithy.api#String, found number",
      "Member ns#S$b targets smithy.api#PrimitiveInteger, which has a default of 0: the member must repeat it (or set @default(null))",
      "Member ns#S$c has a default of 1, but its target smithy.api#PrimitiveInteger defaults to 0",
      "The @default of ns#Root cannot be null on a root shape",
    ]);
  });
});

describe("Smithy's rules that generated code relies on", () => {
  it("rejects @length and @range whose min is above max, and negative lengths", () => {
    expect(
      messages({
        "ns#S": { type: "string", traits: { "smithy.api#length": { min: 5, max: 1 } } },
        "ns#N": { type: "integer", traits: { "smithy.api#range": { min: 10, max: 1 } } },
        "ns#L": {
          type: "list",
          member: { target: S },
          traits: { "smithy.api#length": { min: -1 } },
        },
        "ns#Ok": { type: "string", traits: { "smithy.api#length": { min: 1, max: 1 } } },
        "ns#R": { type: "double", traits: { "smithy.api#range": { min: -2.5, max: -3 } } },
      }),
    ).toEqual([
      "Invalid trait value on ns#S: @length has min 5 greater than max 1, so no value could satisfy it",
      "Invalid trait value on ns#N: @range has min 10 greater than max 1, so no value could satisfy it",
      "Invalid trait value on ns#L: @length.min is -1; a length cannot be negative",
      "Invalid trait value on ns#R: @range has min -2.5 greater than max -3, so no value could satisfy it",
    ]);
  });

  it("reports the bounds at the trait, in IDL too", () => {
    const { loaded } = parseIdlFile(
      `$version: "2.0"\nnamespace ns\n\n@length(min: 2, max: 1)\nstring S\n`,
      "m.smithy",
    );
    expect(describeDiagnostics(resolveModel([loaded!]).diagnostics)).toEqual([
      "m.smithy:4:1 error Invalid trait value on ns#S: @length has min 2 greater than max 1, so no value could satisfy it",
    ]);
  });

  it("rejects shape ids and member names that differ only in case, at the later one", () => {
    // other#foo is another id (the namespace differs): only the service closure must tell them apart.
    const result = resolveDocs(
      doc({
        "ns#Foo": {
          type: "structure",
          members: { Name: { target: S }, name: { target: S }, NAME: { target: S } },
        },
        "ns#FOO": { type: "string" },
        "other#foo": { type: "string" },
        "ns#E": {
          type: "enum",
          members: { A: { target: U }, a: { target: U, traits: { "smithy.api#enumValue": "b" } } },
        },
      }),
    );
    expect(describeDiagnostics(errors(result.diagnostics))).toEqual([
      "a.json:10:9 error Member ns#Foo$name differs only in case from member Name (a.json:7:9); member names must be unique ignoring case",
      "a.json:13:9 error Member ns#Foo$NAME differs only in case from member Name (a.json:7:9); member names must be unique ignoring case",
      "a.json:18:5 error Shape ns#FOO differs only in case from ns#Foo (a.json:4:5); shape ids must be unique ignoring case",
      "a.json:30:9 error Member ns#E$a differs only in case from member A (a.json:27:9); member names must be unique ignoring case",
    ]);
  });
});
