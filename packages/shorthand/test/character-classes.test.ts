import { describe, expect, it } from "vitest";

import {
  CHARACTER_FLAGS,
  FIRST_FOLLOW,
  FLAG_RANGES,
  KEY_CHAR,
  PYTHON_SPACE,
  TOKEN_SPACE,
  VALUE_START,
} from "../src/character-classes.js";

describe("the character-flag table", () => {
  it("holds, for every UTF-16 code unit, exactly the flags whose ranges contain it", () => {
    const expected = new Uint8Array(0x10000);
    for (const [flag, ranges] of FLAG_RANGES)
      for (const [from, to] of ranges) for (let c = from; c <= to; c++) expected[c]! |= flag;
    expect(CHARACTER_FLAGS).toEqual(expected);
  });

  it("matches the AWS CLI's classes at their irregular edges", () => {
    const has = (char: string, flag: number) => (CHARACTER_FLAGS[char.charCodeAt(0)]! & flag) !== 0;
    expect(has("}", VALUE_START)).toBe(true);
    expect(has(",", VALUE_START)).toBe(false);
    expect(has("=", VALUE_START)).toBe(false);
    expect(has("]", FIRST_FOLLOW)).toBe(false);
    expect(has("\u3000", PYTHON_SPACE)).toBe(true);
    expect(has("\u3000", TOKEN_SPACE)).toBe(false);
    expect(has(" ", TOKEN_SPACE)).toBe(true);
    expect(has("/", KEY_CHAR)).toBe(true);
    expect(has("@", KEY_CHAR)).toBe(false);
    expect(CHARACTER_FLAGS[0xffff]! & VALUE_START).toBe(VALUE_START);
  });
});
