// prettierJson writes what prettier prints for a .json file, or declines (`undefined`).
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { prettierJson } from "../src/prettier-json.js";
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
