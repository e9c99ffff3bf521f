// Bytes of any length as Latin-1 text: `fileb://` reads a file of any size, and its bytes reach
// number conversion (Python's `int(b"12")`) and the base64 printer. A spread of the bytes into
// one call threw "Maximum call stack size exceeded" past about 120,000 of them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesAsBase64, coerce, type CliShapeTable } from "@shapekit/shorthand";
import { latin1Text } from "../src/latin1.js";

const table: CliShapeTable = {
  In: { type: "structure", name: "In", members: [{ name: "Count", shape: "Count" }] },
  Count: { type: "integer", name: "Count" },
};

describe("latin1Text", () => {
  it("gives one character per byte, its code the byte's value", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = latin1Text(bytes);
        expect(text.length).toBe(bytes.length);
        expect(Uint8Array.from(text, (c) => c.charCodeAt(0))).toEqual(bytes);
      }),
      { numRuns: 40, seed: 1207 },
    );
  });

  it("takes a megabyte of bytes", () => {
    const bytes = new Uint8Array(1 << 20).fill(0x31); // "1" repeated
    expect(latin1Text(bytes)).toBe("1".repeat(1 << 20));
    expect(JSON.stringify({ b: bytes }, bytesAsBase64)).toBe(
      JSON.stringify({ b: Buffer.from(bytes).toString("base64") }),
    );
  });
});

describe("an integer member given a megabyte of bytes (fileb://)", () => {
  it("is refused as a number, as Python's int() refuses more than 4,300 digits", () => {
    const bytes = new Uint8Array(1 << 20).fill(0x31);
    expect(() => coerce(table, "In", { Count: bytes })).toThrow(/Count/);
    expect(() => coerce(table, "In", { Count: bytes })).not.toThrow(RangeError);
    expect(coerce(table, "In", { Count: new TextEncoder().encode("42") })).toEqual({ Count: 42 });
  });
});
