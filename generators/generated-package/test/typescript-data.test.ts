// Data written as TypeScript object literals keeps `__proto__` a key: written plainly (or
// quoted) in a literal, it would set the object's prototype instead.

import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  GENERATED_CODE_STYLE,
  jsonObjectLiteral,
  typeScriptData,
  UnformattableDataError,
} from "../src/typescript-data.js";

const data = JSON.parse(
  '{"__proto__": {"type": "string"}, "constructor": "c", "a": ["__proto__"]}',
) as unknown;
const evaluate = (expression: string): unknown =>
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the printed expression, the point of the test
  (new Function(`return (${expression});`) as () => unknown)();

describe("object literals of data", () => {
  it.each([
    ["typeScriptData", typeScriptData(data)],
    ["jsonObjectLiteral", jsonObjectLiteral(data)],
  ])("%s writes __proto__ as a computed key", (_, text) => {
    expect(text).toContain('["__proto__"]: {');
    const value = evaluate(text) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__", "constructor", "a"]);
    expect(value).toEqual(data);
  });

  it("typeScriptData's output is still prettier's layout", async () => {
    const text = `export const x = ${typeScriptData(data, 0, "export const x = ".length)};\n`;
    expect(await prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" })).toBe(
      text,
    );
  });
});

// Data shaped like the emitters' (descriptions, option lists, JSON Schemas): objects of short
// scalars, arrays of them, nesting, keys that need quotes, strings with quotes, long strings.
const key = fc.oneof(
  fc.constantFrom("name", "shape", "required", "type", "member", "x", "a-b", "__proto__", "1"),
  fc.string({ minLength: 1, maxLength: 24 }),
);
const scalar = fc.oneof(
  fc.constantFrom(null, true, false, 0, 12, -3.5),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 90 }),
  fc.constantFrom('say "hi"', "it's", `'"'"`),
);
const shapedData: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.dictionary(key, scalar, { maxKeys: 6 }),
    fc.dictionary(key, tie("value"), { maxKeys: 5 }),
    fc.array(fc.dictionary(key, scalar, { maxKeys: 4 }), { maxLength: 4 }),
    fc.array(fc.dictionary(key, tie("value"), { maxKeys: 3 }), { maxLength: 3 }),
    fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }),
  ),
})).value;

describe("typeScriptData", () => {
  it("prints what prettier prints, at any indentation, or declines", async () => {
    await fc.assert(
      fc.asyncProperty(shapedData, fc.integer({ min: 0, max: 40 }), async (value, pad) => {
        const head = `export const ${"x".repeat(pad + 1)} = `;
        let printed: string;
        try {
          printed = typeScriptData(value, 0, head.length);
        } catch (e) {
          if (e instanceof UnformattableDataError) return;
          throw e;
        }
        const text = `${head}${printed};\n`;
        expect(await prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" })).toBe(
          text,
        );
      }),
      { numRuns: 400, seed: 61206 },
    );
  });
});
