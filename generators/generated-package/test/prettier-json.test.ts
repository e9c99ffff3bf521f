// prettierJson writes what prettier prints for a .json file, or declines (`undefined`); so does
// laidOutJsonText for a file's text (prettier's json-stringify parser for package.json).
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { laidOutJsonText, prettierJson } from "../src/prettier-json.js";
import { GENERATED_CODE_STYLE } from "../src/typescript-data.js";

const format = (value: unknown) =>
  prettier.format(`${JSON.stringify(value, null, 2)}\n`, {
    ...GENERATED_CODE_STYLE,
    parser: "json",
  });

describe("prettierJson", () => {
  it("lays out objects, short and long arrays, empty values and escapes as prettier does", async () => {
    const values: unknown[] = [
      { a: 1, b: "x", c: null, d: true, e: {}, f: [] },
      {
        required: ["Name", "Value"],
        enum: Array.from({ length: 12 }, (_, i) => `value-number-${i}`),
      },
      { nested: { deeper: { list: ['a "quoted" value', "é\u2028", "x".repeat(80)] } } },
      { items: [{ type: "string" }, { type: "object", properties: { a: { type: "string" } } }] },
      { empty: [{}, "a", {}] },
      {
        mixed: ["a", 1, null, false],
        exact: ["0123456789012345678901234567890123456789012345678901234567890123456789012345"],
      },
    ];
    for (const value of values)
      expect(prettierJson(value), JSON.stringify(value)).toBe(await format(value));
  });

  it("leaves number-only and nested arrays to prettier", () => {
    expect(prettierJson({ a: [1, 2, 3] })).toBeUndefined();
    expect(prettierJson({ a: [["x"]] })).toBeUndefined();
  });
});

/** A JSON value's text as a template might write it: indented, compact, or objects on one line. */
function spell(value: unknown, style: number): string {
  if (style === 0) return `${JSON.stringify(value, null, 2)}\n`;
  if (style === 1) return JSON.stringify(value);
  // Indented, but the innermost objects kept on one line (`"engines": { "node": ">=20" }`).
  return `${JSON.stringify(value, null, 2).replace(/\{\n\s*("[^"\n]*": "[^"\n]*")\n\s*\}/g, "{ $1 }")}\n`;
}

const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, 1.5, -2),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("laidOutJsonText", () => {
  it("is prettier's output whenever it answers, for package.json and other .json files", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 6 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom("package.json", "tsconfig.json"),
        async (value, style, fileName) => {
          const text = spell(value, style);
          const laidOut = laidOutJsonText(fileName, text);
          if (laidOut === undefined) return;
          expect(laidOut).toBe(
            await prettier.format(text, { ...GENERATED_CODE_STYLE, filepath: `/x/${fileName}` }),
          );
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it("answers for the canonical text generators write, declines what it cannot promise", () => {
    const manifest = { name: "x", engines: { node: ">=20" }, files: ["dist"] };
    expect(laidOutJsonText("package.json", JSON.stringify(manifest))).toBe(
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
    expect(laidOutJsonText("tsconfig.json", `${JSON.stringify(manifest, null, 2)}\n`)).toBe(
      '{\n  "name": "x",\n  "engines": {\n    "node": ">=20"\n  },\n  "files": ["dist"]\n}\n',
    );
    // An object on one line: prettier's json parser may keep it so.
    expect(laidOutJsonText("tsconfig.json", '{\n  "a": { "b": 1 }\n}\n')).toBeUndefined();
    // Duplicate keys, reordered integer keys, another spelling of a string or number, comments.
    expect(laidOutJsonText("package.json", '{"a": 1, "a": 2}')).toBeUndefined();
    expect(laidOutJsonText("package.json", '{"b": 1, "1": 2}')).toBeUndefined();
    expect(laidOutJsonText("package.json", '{"a": "\\u0041"}')).toBeUndefined();
    expect(laidOutJsonText("package.json", '{"a": 1.0}')).toBeUndefined();
    expect(laidOutJsonText("package.json", '{"a": 1} // note')).toBeUndefined();
    expect(laidOutJsonText("package.json", '{"a": "open')).toBeUndefined();
  });
});
