// The base64 replacer every printer of parsed values uses: the same text as Node's own encoder,
// for any bytes (long ones too: they are encoded in chunks), and other values left alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesAsBase64 } from "../src/index.js";

describe("bytesAsBase64", () => {
  it("writes any bytes as Node's base64 does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000, size: "large" }), (bytes) => {
        expect(bytesAsBase64("", bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 50 },
    );
  });
  it("leaves other values as they are, inside JSON.stringify", () => {
    const value = { Name: "n", Data: Uint8Array.of(0, 1, 255), List: [Uint8Array.of(104, 105)] };
    expect(JSON.parse(JSON.stringify(value, bytesAsBase64))).toEqual({
      Name: "n",
      Data: "AAH/",
      List: ["aGk="],
    });
  });
});
