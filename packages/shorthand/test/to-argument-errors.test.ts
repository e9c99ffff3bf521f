// toArgument on values no words can carry: the error says where in the value the trouble is and
// what it is, and a caller's value (getters, proxies, cycles, depth) never escapes as a throw.
// Values that only looked writable (a Date or a Map read as an empty object) are refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROGRAM_VALUES, samePlainData } from "../../../scripts/program-values.mjs";
import {
  MAX_NESTING,
  ShorthandEncodeError,
  cliShapeTable,
  decodeCliCommand,
  operationArguments,
  sameValue,
  toShorthand,
  untypedText,
} from "../src/index.js";

const data = [
  "Count integer",
  "Name string",
  "Tag structure Key! Value Count",
  "Tags list Tag",
  "Key string",
  "Value string",
  "Ids list Name",
  "Doc document",
  "Labels map Name Name",
  "Boolean boolean",
].join("\n");
const command = decodeCliCommand(
  "put",
  "Put --name=Name --tags=Tags --ids=Ids --count=Count --doc=Doc --labels=Labels --on=On:Boolean --no-on=On:Boolean+negated",
);
const api = operationArguments(command, cliShapeTable(data, [command]));

function refusal(option: string, value: unknown): { path: string; message: string } {
  const result = api.toArgument(option, value);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return { path: result.error.path, message: result.error.message };
}

describe("toArgument refusals name the place and the cause", () => {
  it.each([
    ["--tags", { Key: "a" }, "", /takes a list \(an array\), not an object/],
    ["--labels", ["a"], "", /takes a map \(an object\), not a list/],
    ["--count", "3", "", /takes an integer, not a string/],
    ["--count", 1.5, "", /takes an integer, not a number/],
    ["--name", 5, "", /takes a string, not a number/],
    ["--tags", [{ Key: "a", Value: undefined }], "[0].Value", /undefined is not a value/],
    ["--tags", [{ Key: () => "a" }], "[0].Key", /a function is not a value/],
    ["--tags", [{ Key: Symbol("a") }], "[0].Key", /a symbol is not a value/],
    ["--tags", [{ Key: "a", Count: 1n }], "[0].Count", /a bigint has no text form/],
    ["--tags", [{ Key: new Date(0) }], "[0].Key", /a Date is not a plain object.*toISOString/],
    [
      "--tags",
      [{ Key: "a", Value: new Uint8Array(1) }],
      "[0].Value",
      /bytes have no text form: pass the text/,
    ],
    ["--doc", { "a b": [new Map()] }, '["a b"][0]', /a Map is not a plain object/],
    ["--labels", new Set(), "", /a Set is not a plain object/],
    ["--labels", null, "", /takes a map \(an object\), not null/],
    ["--name", "-x", "", /looks like an option/],
    ["--name", "file://secret", "", /file:\/\//],
    ["--on", false, "", /a flag: it sets true; use --no-on for false$/],
    ["--no-on", true, "", /a flag: it sets false; use --on for true$/],
    ["--on", Object.create(null), "", /no words build an object$/],
  ])("%s %o", (option, value, path, message) => {
    const error = refusal(option, value);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
    if (path !== "") expect(error.message).toContain(`${path}: `);
  });

  it("a cycle is named where it closes", () => {
    const tag: Record<string, unknown> = { Key: "a" };
    tag.Self = { Again: tag };
    expect(refusal("--tags", [tag])).toMatchObject({ path: "[0].Self.Again" });
    expect(refusal("--tags", [tag]).message).toMatch(/contains itself/);
  });

  it("the same object twice, side by side, is no cycle", () => {
    const shared = { Key: "a" };
    expect(api.toArgument("--tags", [shared, shared])).toEqual({
      ok: true,
      value: ["Key=a", "Key=a"],
    });
  });

  it("a getter or proxy that throws is a refusal there, worded as the validators word it", () => {
    const tag = { Key: "a" };
    Object.defineProperty(tag, "Value", {
      enumerable: true,
      get() {
        throw new Error("getter failed");
      },
    });
    const error = refusal("--tags", [tag]);
    expect(error.path).toBe("[0].Value");
    expect(error.message).toMatch(/\[0\]\.Value: the value could not be read \(getter failed\)$/);
    const trap = () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a hostile proxy does
      throw "do-not-echo";
    };
    const hostile = new Proxy([], { get: trap, ownKeys: trap, getPrototypeOf: trap });
    expect(refusal("--tags", hostile).message).toMatch(
      /could not be read \(a string was thrown\)$/,
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal("--doc", { a: proxy }).path).toBe("a");
  });

  it("depth past the parser's limit is refused without a stack overflow", () => {
    const nest = (levels: number) => {
      const top: Record<string, unknown> = {};
      let at = top;
      for (let i = 1; i < levels; i++) at = at.a = {};
      return top;
    };
    const error = refusal("--doc", nest(200_000));
    expect(error.message).toMatch(new RegExp(`at most ${MAX_NESTING} levels`));
    // Found where certainly no form reads back (a shorthand top level and a list option's items
    // have no brackets, so the limit is two levels past the parsers'): MAX_NESTING + 2 keys in.
    expect(error.path.split(".")).toHaveLength(MAX_NESTING + 2);
    expect(api.toArgument("--doc", nest(MAX_NESTING)).ok).toBe(true);
    // JSON alone reads a document: a level more has no form, decided by reading it back.
    expect(refusal("--doc", nest(MAX_NESTING + 1)).message).toMatch(/reads every form/);
  });

  it("any JSON value of a document is written, and reads back the same", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const words = api.toArgument("--doc", value);
        if (!words.ok) return false;
        const back = api.parseArgument("--doc", words.value);
        return back.ok && sameValue(back.value, value);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe("toShorthand on a caller's value", () => {
  it.each([
    [{ a: new Date(0) }, /^a: a Date is not a plain object/],
    [{ a: ["x", new Map()] }, /^a\[1\]: a Map is not a plain object/],
    [{ a: undefined }, /^a: undefined is not a value/],
  ])("%o is refused where it stands", (value, message) => {
    expect(() => toShorthand(value as never)).toThrow(message);
  });

  it("a getter is read once a call, and its error named where it stands", () => {
    let reads = 0;
    const value = {};
    Object.defineProperty(value, "a", {
      enumerable: true,
      get() {
        reads++;
        if (reads > 1) throw new Error("second read");
        return "x";
      },
    });
    expect(toShorthand(value as never)).toBe("a=x");
    expect(reads).toBe(1);
    expect(() => toShorthand(value as never)).toThrow(ShorthandEncodeError);
    expect(() => toShorthand(value as never)).toThrow(
      /^a: the value could not be read \(second read\)/,
    );
  });
});

describe("toArgument on anything a program might pass", () => {
  const anything = fc.anything(PROGRAM_VALUES);

  it("never throws; what it writes reads back as the value, what it refuses it names", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("--name", "--tags", "--ids", "--count", "--doc", "--labels"),
        anything,
        (option, value) => {
          const result = api.toArgument(option, value);
          if (!result.ok)
            return result.error.message.startsWith(
              `Error parsing parameter '${option}': no words make the AWS CLI build this value: `,
            );
          const back = api.parseArgument(option, result.value);
          return back.ok && samePlainData(back.value, value);
        },
      ),
      { numRuns: 1000, seed: 23 },
    );
  });
});

describe("untypedText", () => {
  it("writes numbers and booleans as the text the AWS CLI converts back, and nothing else", () => {
    const bytes = new Uint8Array([1]);
    expect(untypedText({ a: 1, b: [true, 2.5, "x"], c: { d: 1e21 }, e: null, f: bytes })).toEqual({
      a: "1",
      b: ["true", "2.5", "x"],
      c: { d: "1000000000000000000000" },
      e: null,
      f: bytes,
    });
    expect(toShorthand(untypedText({ Count: 0 }) as never)).toBe("Count=0");
  });
});
