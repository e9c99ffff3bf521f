// Unit tests of the runtime's model-free pieces: the Python-compatible JSON writer, the argv
// scanner's argparse rules, cli-input positions, YAML comment alignment, documentation overviews.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import {
  documentationOverview,
  lineColumn,
  loadCliInput,
  optionTable,
  pythonJson,
  PythonFloat,
  renderSkeleton,
  scanArgv,
  type CliOperationDescription,
} from "../src/index.js";

const operation: CliOperationDescription = {
  name: "do-it",
  operationName: "DoIt",
  input: "In",
  options: [
    { name: "--alpha", member: "Alpha", shape: "S", required: false },
    { name: "--alpha-list", member: "AlphaList", shape: "L", required: false },
    { name: "--flag", member: "Flag", shape: "B", required: false },
    { name: "--no-flag", member: "Flag", shape: "B", required: false, negated: true },
  ],
  shapes: {
    In: {
      type: "structure",
      name: "In",
      members: [
        { name: "Alpha", shape: "S" },
        { name: "AlphaList", shape: "L" },
        { name: "Flag", shape: "B" },
        { name: "Zed", shape: "S", required: true },
        { name: "Beta", shape: "S" },
      ],
    },
    S: { type: "string", name: "S" },
    L: { type: "list", name: "L", member: "S" },
    B: { type: "boolean", name: "B" },
  },
  documentation: { members: { In$Alpha: "First: a letter. More." } },
};

describe("pythonJson", () => {
  it("writes what Python's json.dumps(indent=4) writes", () => {
    const value = new Map<string, unknown>([
      ["a", new PythonFloat(0)],
      ["b", []],
      ["c", new Map()],
      ["d", ["é\u2028", 1]],
    ]) as never;
    expect(pythonJson(value)).toBe(
      '{\n    "a": 0.0,\n    "b": [],\n    "c": {},\n    "d": [\n        "\\u00e9\\u2028",\n        1\n    ]\n}',
    );
    expect(pythonJson(["é"], { ensureAscii: false })).toBe('[\n    "é"\n]');
  });
  it("agrees with JSON.parse on any string", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(JSON.parse(pythonJson(s))).toBe(s);
      }),
    );
  });
});

describe("scanArgv", () => {
  const specs = optionTable(operation);
  it("resolves unique prefixes and refuses ambiguous ones", () => {
    const r = scanArgv(["--alpha-l", "x", "y"], specs);
    expect(r.ok && r.values.get("AlphaList")?.words).toEqual(["x", "y"]);
    // An exact name wins over being a prefix of a longer one.
    expect(scanArgv(["--alpha", "x"], specs)).toMatchObject({ ok: true });
    expect(scanArgv(["--alp", "x"], specs)).toEqual({
      ok: false,
      message: "ambiguous option: --alp could match --alpha, --alpha-list",
    });
  });
  it("takes negative numbers and words with spaces as values, other dashed words as options", () => {
    expect(scanArgv(["--alpha", "-5"], specs)).toMatchObject({ ok: true });
    expect(scanArgv(["--alpha", "-.5"], specs)).toMatchObject({ ok: true });
    expect(scanArgv(["--alpha", "-x y"], specs)).toMatchObject({ ok: true });
    expect(scanArgv(["--alpha", "-x"], specs)).toMatchObject({
      ok: false,
      message: "argument --alpha: expected one argument",
    });
    expect(scanArgv(["--alpha", "-"], specs)).toMatchObject({ ok: true });
  });
  it("collects unknown options and stray words in order", () => {
    expect(scanArgv(["x", "--bogus", "--flag", "y"], specs)).toMatchObject({
      ok: true,
      unknown: ["x", "--bogus", "y"],
    });
  });
  it("never throws on any argv", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom("--alpha", "--flag", "--no-flag", "--alpha-list", "--", "--a", "-"),
          ),
        ),
        (argv) => {
          scanArgv(argv, specs);
        },
      ),
    );
  });
});

describe("cli-input documents", () => {
  it("counts lines and code-point columns", () => {
    expect(lineColumn("ab\n😀x", 6)).toEqual({ line: 2, column: 3 });
  });
  it("reports the end of input for truncated JSON", () => {
    expect(loadCliInput("--cli-input-json", '{"a":')).toMatchObject({
      ok: false,
      error: { line: 1, column: 6 },
    });
  });
  it("uses the injected file reader", () => {
    expect(loadCliInput("--cli-input-json", "file://x.json", () => '{"a":1}')).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });
});

describe("YAML skeleton", () => {
  it("aligns comments as ruamel does: an undocumented member resets nothing after a commented one", () => {
    expect(renderSkeleton(operation, "yaml-input")).toBe(
      [
        "Alpha: ''  # First.",
        "AlphaList:",
        "- ''",
        "Flag: true", // Python joins "[REQUIRED]" and an empty overview with a space, and ruamel keeps it.
        "Zed: '' # [REQUIRED] ",
        "Beta: ''",
        "",
      ].join("\n"),
    );
  });
});

describe("YAML skeleton with hostile model text", () => {
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.constantFrom(
      "a\nb: injected",
      "x\r# y",
      "\u2028z",
      "\u0085",
      "'",
      "#",
      ": ",
      "- x",
      "true",
      "\ud800",
      "\t",
      "a\u0000b",
      // Long enough for a YAML writer to fold it over lines: it must stay on one.
      "a line of model text longer than forty characters\nb: injected",
      'quote " and backslash \\ \u00a0\ufeff\u2029\u001b\u007f',
    ),
  );
  const hostile = (
    memberName: string,
    values: string[],
    documentation: string,
  ): CliOperationDescription => ({
    ...operation,
    shapes: {
      In: {
        type: "structure",
        name: "In",
        members: [
          { name: memberName, shape: "E", required: true },
          { name: "After", shape: "S" },
        ],
      },
      E: { type: "string", name: "E", enum: values },
      S: { type: "string", name: "S" },
    },
    documentation: { members: { [`In$${memberName}`]: documentation } },
  });

  it("keeps member names, enum values and documentation inside their key, value and comment (property)", () => {
    fc.assert(
      fc.property(
        text.filter((n) => n !== "After"),
        fc.array(text, { minLength: 1, maxLength: 3 }),
        text,
        (memberName, values, documentation) => {
          const yaml = renderSkeleton(hostile(memberName, values, documentation), "yaml-input");
          const document = parseDocument(yaml);
          expect(document.errors).toEqual([]);
          expect(document.toJS()).toEqual({ [memberName]: values[0], After: "" });
          // Two members: two lines, whatever the comments say.
          expect(yaml.split("\n")).toHaveLength(3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes a value with a line break double-quoted, and a comment on one line", () => {
    expect(
      renderSkeleton(hostile("Kind", ["a\nb: injected", "x"], "Doc\r# not a key"), "yaml-input"),
    ).toBe(
      `Kind: "a\\nb: injected"  # [REQUIRED] Doc # not a key. Valid values are: a b: injected, x.\nAfter: ''\n`,
    );
  });

  it("escapes as YAML's double-quoted style does, on one line", () => {
    const text = 'x"\\\t\u0000\u0007\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\ud800\n'.repeat(4);
    const yaml = renderSkeleton(hostile("K", [text], ""), "yaml-input");
    const first = yaml.split("\n")[0]!;
    expect(
      first.startsWith(
        `K: "${'x\\"\\\\\\t\\0\\a\\e\\x7f\\N\u00a0\\L\\P\\ufeff\\ud800\\n'.repeat(4)}"  # [REQUIRED]`,
      ),
    ).toBe(true);
    expect(parseDocument(yaml).toJS()).toEqual({ K: text, After: "" });
  });
});

describe("documentationOverview", () => {
  it("keeps the first sentence, without markup, on one line", () => {
    expect(documentationOverview("Uses `a`\n[link](http://x) here. Then more.")).toBe(
      "Uses a link here.",
    );
    expect(documentationOverview("")).toBe("");
  });
});
