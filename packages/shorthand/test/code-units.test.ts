// The typed parser's copy of a text's code units (code-units.ts): on either path (Node's Buffer
// or the loop browsers use) the units are the text's `charCodeAt`s, lone surrogates included,
// followed by a 0, whatever longer or shorter texts came before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnits } from "../src/code-units.js";

/** Any UTF-16 code unit, so that lone surrogates and NULs occur. */
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 600,
});

function expectUnitsOf(text: string, native: boolean): void {
  const units = codeUnits(text, native);
  const copied = Array.from(units.subarray(0, text.length));
  expect(copied).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
  expect(units[text.length]).toBe(0);
}

describe("codeUnits", () => {
  it.each([true, false])("copies every code unit and ends them with a 0 (native: %s)", (native) => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyUnits, fc.string({ unit: "binary" }))), (texts) => {
        // In a row: each text overwrites the buffer the previous one left.
        for (const text of texts) expectUnitsOf(text, native);
      }),
    );
  });

  it.each([true, false])("takes a text longer than the kept buffer (native: %s)", (native) => {
    const long = "a=b,".repeat(20_000) + "\ud800";
    expectUnitsOf("a".repeat(23), native);
    expectUnitsOf("b".repeat(24), native);
    expectUnitsOf(long, native);
    expectUnitsOf("x=1", native);
    expectUnitsOf(long.slice(0, 70_000), native);
  });
});
