// `formatResponse` (@shapekit/cli/output): responses printed as the AWS CLI prints them with
// `--output json`, `text` and `table`. The recording (test/data/output-awscli.jsonl, made by
// `node scripts/conformance-awscli-output.mjs --record`) holds random responses with what the AWS
// CLI's own formatters wrote for each, or the error they stopped with; every byte must match.
// `scripts/conformance-awscli-output.mjs` runs the same comparison live on fresh random cases.

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_RESPONSE_NESTING,
  OutputFormatError,
  displayWidth,
  formatResponse,
  type OutputFormat,
} from "@shapekit/cli/output";
import { pythonFloatRepr } from "@shapekit/cli";
import { compareCodePoints } from "../src/python-text.js";

interface RecordedCase {
  readonly command: string;
  readonly response?: unknown;
  readonly selected?: unknown;
  readonly width: number;
  readonly color: "on" | "off";
  readonly json: string | { error: string };
  readonly text: string | { error: string };
  readonly table: string | { error: string };
}

const recorded = readFileSync(new URL("./data/output-awscli.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => JSON.parse(line) as RecordedCase);

/** What formatResponse prints for a recorded case, or `{ error }` when it refuses. */
function ours(c: RecordedCase, output: OutputFormat): string | { error: string } {
  const options = { command: c.command, output, terminalWidth: c.width, color: c.color === "on" };
  try {
    // A selected value goes through --query, as a JSON literal: the path the AWS CLI took.
    return c.selected !== undefined || !("response" in c)
      ? formatResponse(
          {},
          { ...options, query: `\`${JSON.stringify(c.selected).replaceAll("`", "\\`")}\`` },
        )
      : formatResponse(c.response, options);
  } catch (e) {
    if (e instanceof OutputFormatError) return { error: e.message };
    throw e;
  }
}

describe("formatResponse against the AWS CLI's formatters", () => {
  it("has a recording with every format and refusals in it", () => {
    expect(recorded.length).toBeGreaterThanOrEqual(300);
    expect(recorded.some((c) => typeof c.text !== "string")).toBe(true);
    expect(recorded.some((c) => typeof c.table !== "string")).toBe(true);
    expect(
      recorded.some(
        (c) => c.color === "on" && typeof c.table === "string" && c.table.includes("\x1b["),
      ),
    ).toBe(true);
  });
  for (const output of ["json", "text", "table"] as const) {
    it(`prints --output ${output} byte for byte (or refuses where the AWS CLI does)`, () => {
      for (const c of recorded) {
        const expected = c[output];
        const actual = ours(c, output);
        if (typeof expected === "string") expect(actual, JSON.stringify(c)).toBe(expected);
        else expect(actual, JSON.stringify(c)).toMatchObject({ error: expect.any(String) });
      }
    });
  }
});

describe("formatResponse", () => {
  const command = "describe-thing";
  it("prints nothing for an empty response, in every format", () => {
    for (const output of ["json", "text", "table"] as const) {
      expect(formatResponse({}, { command, output })).toBe("");
      expect(formatResponse(undefined, { command, output })).toBe("");
    }
  });
  it("drops the top-level ResponseMetadata before --query, as the AWS CLI does", () => {
    const response = { ResponseMetadata: { RequestId: "r" }, Name: "n" };
    expect(formatResponse(response, { command, output: "text" })).toBe("n\n");
    expect(formatResponse(response, { command, query: "ResponseMetadata" })).toBe("null\n");
    expect(response.ResponseMetadata).toEqual({ RequestId: "r" }); // the caller's value is untouched
  });
  it("prints bytes as base64 and dates as ISO 8601 text, as the JSON output shows them", () => {
    const response = { Body: new Uint8Array([104, 105]), When: new Date(Date.UTC(2024, 0, 2)) };
    expect(formatResponse(response, { command, output: "text" })).toBe(
      "aGk=\t2024-01-02T00:00:00.000Z\n",
    );
  });
  it("writes JSON as Python's json.dumps: floats in its form, text unescaped", () => {
    expect(formatResponse({ A: 1e-7, B: 1e16, C: 2.5, D: "é\n" }, { command })).toBe(
      '{\n    "A": 1e-07,\n    "B": 10000000000000000,\n    "C": 2.5,\n    "D": "é\\n"\n}\n',
    );
  });
  it("lays a table out again as name-value rows when it is wider than the terminal", () => {
    const response = { Alpha: "a".repeat(30), Beta: "b".repeat(30) };
    const wide = formatResponse(response, { command, output: "table", terminalWidth: 200 });
    const narrow = formatResponse(response, { command, output: "table", terminalWidth: 40 });
    expect(wide.split("\n")[3]).toMatch(/^\|\s+Alpha\s+\|\s+Beta\s+\|$/);
    // One name-value row per member, no header line.
    expect(narrow).toMatch(/^\|\s+Alpha\s*\|\s+a{30}\s+\|$/m);
    expect(narrow).toMatch(/^\|\s+Beta\s*\|\s+b{30}\s+\|$/m);
    expect(narrow.split("\n").filter((line) => /^\+-/.test(line))).toHaveLength(2);
  });
  it("reads a list of objects with an empty item as the AWS CLI reads it", () => {
    // The AWS CLI gets through an empty list among objects while there is no member to look up
    // in it, and stops with an error once there is one (outputs recorded from AWS CLI 1.45).
    expect(formatResponse({ CreationTime: [{}, []] }, { command: "x", output: "table" })).toBe(
      "----------------\n|       x      |\n+--------------+\n||CreationTime||\n",
    );
    expect(() => formatResponse({ L: [{ A: 1 }, []] }, { command, output: "table" })).toThrow(
      OutputFormatError,
    );
    expect(() => formatResponse({ L: [{ A: 1 }, "s"] }, { command, output: "text" })).toThrow(
      OutputFormatError,
    );
  });
  it("colours a table's values and borders only when asked", () => {
    const response = { A: { B: "v" } };
    const plain = formatResponse(response, { command, output: "table" });
    const coloured = formatResponse(response, { command, output: "table", color: true });
    expect(plain).not.toContain("\x1b[");
    expect(coloured).toContain("\x1b[1m\x1b[34mv\x1b[0m");
    expect(coloured).toContain("\x1b[2m\x1b[33m|\x1b[0m");
    // Without the escapes, the same table.
    const escapes = (text: string) =>
      text
        .split("\x1b")
        .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9]+m/, "")))
        .join("");
    expect(escapes(coloured)).toBe(plain);
  });
  it("refuses a response nested deeper than it prints, rather than overflowing the stack", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < MAX_RESPONSE_NESTING + 1; i++) deep = { Next: deep };
    for (const output of ["json", "text", "table"] as const)
      expect(() => formatResponse(deep, { command, output })).toThrow(OutputFormatError);
    let fine: unknown = "leaf";
    for (let i = 0; i < MAX_RESPONSE_NESTING - 1; i++) fine = { Next: fine };
    expect(formatResponse(fine, { command, output: "text" })).toBe("NEXT\tleaf\n");
  });
  it("refuses what JSON cannot hold (a cycle, a bigint) with an error of its own", () => {
    const cycle: Record<string, unknown> = {};
    cycle.Self = cycle;
    expect(() => formatResponse(cycle, { command })).toThrow(OutputFormatError);
    expect(() => formatResponse({ N: 1n }, { command })).toThrow(OutputFormatError);
  });
});

describe("formatResponse on any value", () => {
  it("prints lines, or refuses with OutputFormatError, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withTypedArray: true, withNullPrototype: true, maxDepth: 6 }),
        fc.constantFrom<OutputFormat>("json", "text", "table"),
        fc.integer({ min: 1, max: 300 }),
        fc.boolean(),
        (value, output, terminalWidth, color) => {
          let printed: string;
          try {
            printed = formatResponse(value, { command: "op", output, terminalWidth, color });
          } catch (e) {
            expect(e).toBeInstanceOf(OutputFormatError);
            return;
          }
          expect(printed === "" || printed.endsWith("\n")).toBe(true);
          if (output === "table" && !color && printed !== "") {
            // Every line of a table is as wide as its first, unless a value overflows its cell.
            const widths = printed.slice(0, -1).split("\n").map(displayWidth);
            expect(Math.min(...widths)).toBe(widths[0]);
          }
        },
      ),
      { seed: 424, numRuns: 1500 },
    );
  });
});

describe("Python's text of values", () => {
  it("writes floats as repr() does, which reads back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = pythonFloatRepr(n);
        expect(Number(text)).toBe(n === 0 ? n : n);
        expect(Object.is(Number(text), n)).toBe(true);
        // Exponent form exactly where Python uses it, with a two-digit exponent at least.
        const exponent = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
        if (text.includes("e")) expect(text).toMatch(/e[-+]\d{2,3}$/);
        if (Math.abs(exponent) <= 3 && n !== 0) expect(text).not.toContain("e");
      }),
      { seed: 5150, numRuns: 2000 },
    );
    expect([1e16, 1e15, 1e-4, 1e-5, 0.1, -0, 5e-324].map(pythonFloatRepr)).toEqual([
      "1e+16",
      "1000000000000000.0",
      "0.0001",
      "1e-05",
      "0.1",
      "-0.0",
      "5e-324",
    ]);
  });
  it("orders strings by code point, as Python's sorted() does", () => {
    const byCodePoints = (a: string, b: string) => {
      const x = [...a].map((c) => c.codePointAt(0)!);
      const y = [...b].map((c) => c.codePointAt(0)!);
      for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    };
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byCodePoints(a, b)));
      }),
      { seed: 77, numRuns: 3000 },
    );
    expect(["\u{1F600}", "\uFF61", "a"].sort(compareCodePoints)).toEqual([
      "a",
      "\uFF61",
      "\u{1F600}",
    ]);
  });
  it("counts East Asian wide, fullwidth and ambiguous characters as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("漢字")).toBe(4);
    expect(displayWidth("Ｆ")).toBe(2);
    expect(displayWidth("é")).toBe(2);
    expect(displayWidth("ｶ")).toBe(1);
  });
});
