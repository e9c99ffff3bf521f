// Data written as TypeScript object literals keeps `__proto__` a key: written plainly (or
// quoted) in a literal, it would set the object's prototype instead.

import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { GENERATED_CODE_STYLE, jsonObjectLiteral, typeScriptData } from "../src/typescript-data.js";

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
