// File names from model names: short names unchanged, long ones cut to a fixed length with a
// hash of the whole name, so they stay under file system limits, deterministic and distinct.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileBaseName, MAX_FILE_BASE_LENGTH } from "../../src/naming/file-names.js";

describe("fileBaseName", () => {
  it("keeps names up to the limit", () => {
    expect(fileBaseName("CreateEndpointConfig")).toBe("CreateEndpointConfig");
    const longest = "A".repeat(MAX_FILE_BASE_LENGTH);
    expect(fileBaseName(longest)).toBe(longest);
  });

  it("cuts longer names to one more character than the limit, ending in a hash of the whole name", () => {
    const name = `L${"ong".repeat(100)}`;
    const base = fileBaseName(name);
    expect(base).toHaveLength(MAX_FILE_BASE_LENGTH + 1);
    expect(base).toMatch(/^Long(ong)*o?n?_[0-9a-f]{16}$/);
    expect(base.startsWith(name.slice(0, MAX_FILE_BASE_LENGTH - 16))).toBe(true);
    expect(fileBaseName(name)).toBe(base);
    // Same prefix, different tails: different files.
    expect(fileBaseName(`${name}x`)).not.toBe(base);
  });

  it("maps distinct names to distinct file names that fit in 255 bytes with any extension (property)", () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,400}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 6 }), (names) => {
        const bases = names.map(fileBaseName);
        expect(new Set(bases).size).toBe(names.length);
        for (const base of bases)
          expect(Buffer.byteLength(`${base}.schema.json`)).toBeLessThanOrEqual(255);
      }),
    );
  });
});
