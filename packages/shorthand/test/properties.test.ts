// Properties: any text parses to a value or fails with a ShorthandSyntaxError (nothing else is
// ever thrown), and toShorthand writes text that parses back to the same value.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MAX_NESTING,
  ShorthandEncodeError,
  ShorthandError,
  parseShorthand,
  sameValue,
  toShorthand,
  type ShorthandObject,
  type ShorthandValue,
} from "../src/index.js";

const noFiles = { readText: () => "", readBytes: () => new Uint8Array() };
const shorthandish = fc.string({
  unit: fc.constantFrom(..."ab1=,[]{}'\"\\@ \t\n:-_é😀\u00a0"),
  maxLength: 40,
});

describe("parseShorthand on any text", () => {
  it("returns a value or throws a ShorthandError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), shorthandish), (text) => {
        try {
          parseShorthand(text, { files: noFiles });
        } catch (e) {
          expect(e).toBeInstanceOf(ShorthandError);
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

const key = fc.string({ unit: fc.constantFrom(..."abcXYZ09-_.#/:"), maxLength: 6 });
const scalar = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(..."ab =,[]{}'\"\\@\t-é😀\u00a0"), maxLength: 8 }),
);
const { value } = fc.letrec<{ value: ShorthandValue; object: ShorthandObject }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 3 }),
    tie("object"),
  ),
  object: fc.dictionary(key, tie("value"), { maxKeys: 3 }),
}));
const topLevel = fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 });

describe("toShorthand", () => {
  it("writes text that parses back to the same value (or says it cannot)", () => {
    let written = 0;
    fc.assert(
      fc.property(topLevel, (v) => {
        let text: string;
        try {
          text = toShorthand(v);
        } catch (e) {
          // Only a quoted text ending in a backslash can lack a form that reads back.
          expect(e).toBeInstanceOf(ShorthandEncodeError);
          expect(JSON.stringify(v)).toMatch(/\\\\/);
          return;
        }
        written++;
        expect(sameValue(parseShorthand(text, { files: noFiles }), v)).toBe(true);
      }),
      { numRuns: 2000, seed: 5 },
    );
    expect(written).toBeGreaterThan(1800);
  });

  it("quotes only where needed", () => {
    expect(toShorthand({ a: "b", c: ["1", "x y"], d: { e: "" } })).toBe("a=b,c=[1,x y],d={e=''}");
    expect(toShorthand({ a: "b,c", d: "it's", e: "", f: [""] })).toBe(`a='b,c',d="it's",e=,f=['']`);
    expect(toShorthand(JSON.parse(`{"__proto__":"x"}`) as ShorthandObject)).toBe("__proto__=x");
  });

  it("writes values nested as deep as the parser reads, and refuses deeper ones (no stack overflow)", () => {
    const nested = (levels: number): ShorthandObject => {
      let value: ShorthandValue = "x";
      for (let i = 0; i < levels; i++) value = { a: value };
      return value as ShorthandObject;
    };
    // The deepest value that reads back, found by the parser: every level below it is written.
    let deepest = 1;
    while (deepest < 1000) {
      try {
        toShorthand(nested(deepest + 1));
        deepest++;
      } catch (e) {
        expect(e).toBeInstanceOf(ShorthandEncodeError);
        break;
      }
    }
    expect(deepest).toBeGreaterThanOrEqual(MAX_NESTING - 1);
    // 100,000 levels overflowed the stack (a RangeError); now the encoder says no.
    expect(() => toShorthand(nested(100_000))).toThrow(ShorthandEncodeError);
    expect(() => toShorthand(nested(100_000))).toThrow(`at most ${MAX_NESTING} levels`);
  });
});
