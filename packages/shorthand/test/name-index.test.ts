// NameIndex against a Map of the same entries, names from the command line (fresh strings).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NameIndex } from "../src/name-index.js";

/** A copy of `name` that is not the same string object (as a command-line argument is not). */
const fresh = (name: string): string => [...name].join("");

describe("NameIndex", () => {
  it("finds what a Map of the same entries finds, the last of a repeated name", () => {
    const names = fc.array(fc.string({ maxLength: 6 }), { maxLength: 40 });
    fc.assert(
      fc.property(
        names,
        fc.array(fc.string({ maxLength: 6 }), { maxLength: 20 }),
        (keys, probes) => {
          const entries = keys.map((k, i) => [k, i] as const);
          const map = new Map(entries);
          const index = new NameIndex(entries);
          for (const name of [...keys, ...probes, "", "__proto__", "constructor"])
            expect(index.get(fresh(name))).toBe(map.get(name));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("holds many names that share lengths and characters", () => {
    const names = Array.from({ length: 500 }, (_, i) => `--option-${String(i).padStart(3, "0")}`);
    const index = new NameIndex(names.map((n, i) => [n, i]));
    names.forEach((n, i) => expect(index.get(fresh(n))).toBe(i));
    expect(index.get("--option-500")).toBeUndefined();
    expect(index.get("")).toBeUndefined();
  });
});
