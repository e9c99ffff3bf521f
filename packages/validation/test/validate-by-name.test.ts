// `validateByName`: a generated package's `validate(shapeName, …)`, over the shape names the
// generator wrote and the root's validators in the same order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineValidator, validateByName, type ShapeValidator } from "../src/index.js";

/** A validator that accepts strings of at most `max` characters. */
function maxLength(max: number): ShapeValidator<string> {
  return defineValidator<string>((value, path, collector) => {
    if (typeof value !== "string") collector.type(path, "a string", value);
    else if (value.length > max)
      collector.length(path, value, value.length, undefined, max, "characters");
  });
}

interface Types {
  Short: string;
  Long: string;
}

const validate = validateByName<Types>(["Short", "Long"], maxLength(3), maxLength(10));

describe("validateByName", () => {
  it("validates with the validator at the name's index", () => {
    expect(validate("Short", "abc").ok).toBe(true);
    expect(validate("Short", "abcd").ok).toBe(false);
    expect(validate("Long", "abcdefghij").ok).toBe(true);
    expect(validate("Long", "abcdefghijk").ok).toBe(false);
  });

  it("answers a name it does not know with an issue and a suggestion, never a lookup", () => {
    const result = validate("Shrot" as "Short", "x");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.issues[0]!.message).toMatch(/no shape named "Shrot".*`Short`/);
    for (const name of ["toString", "__proto__", "constructor", "0", ""])
      expect(validate(name as "Short", "x").ok).toBe(false);
  });

  it("never throws for any name a caller passes", () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (name, value) => {
        const result = validate(name as "Short", value);
        expect(typeof result.ok).toBe("boolean");
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("says so when a package's names and validators do not match", () => {
    const short = validateByName<Types>(["Short", "Long"], maxLength(1));
    expect(() => short("Short", "a")).toThrow(/2 shape names but 1 validators/);
    const hole = validateByName<Types>(["Short", "Long"], maxLength(1), undefined);
    expect(() => hole("Short", "a")).toThrow(/no validator for shape "Long"/);
  });
});
