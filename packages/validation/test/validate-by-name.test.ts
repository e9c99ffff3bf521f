// `validateByName`: a generated package's `validate(shapeName, …)`, over the shape names the
// generator wrote and the package's own exports.
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
  Date: string;
}

const exports = {
  validateShort: maxLength(3),
  // A shape whose validator is exported under another name (`Date` clashes with a global).
  validate_Date: maxLength(10),
  // Another export that is not in the list: never reachable by name.
  validateSecret: maxLength(0),
};
const validate = validateByName<Types>(() => exports, ["Short", "Date"], { Date: "validate_Date" });

describe("validateByName", () => {
  it("validates with the export named validate<shape name>, or the one the table gives", () => {
    expect(validate("Short", "abc").ok).toBe(true);
    expect(validate("Short", "abcd").ok).toBe(false);
    expect(validate("Date", "2026-12-07").ok).toBe(true);
    expect(validate("Date", "2026-12-07T00").ok).toBe(false);
  });

  it("answers a name it does not know with an issue and a suggestion, never a lookup", () => {
    const result = validate("Shrot" as "Short", "x");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.issues[0]!.message).toMatch(/no shape named "Shrot".*`Short`/);
    // Names of exports not in the list, and of the prototype, are not shapes.
    for (const name of ["Secret", "toString", "__proto__", "constructor", ""])
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

  it("reads the exports on the first call, not when it is made", () => {
    let reads = 0;
    const counted = new Proxy(exports, {
      get(target, key) {
        reads++;
        return Reflect.get(target, key) as unknown;
      },
    });
    const lazy = validateByName<Types>(() => counted, ["Short", "Date"], { Date: "validate_Date" });
    expect(reads).toBe(0);
    lazy("Short", "a");
    expect(reads).toBe(2);
    lazy("Date", "b");
    expect(reads).toBe(2);
  });

  it("names the export a package inconsistent with itself lacks", () => {
    const broken = validateByName<Types>(
      () => ({ validateShort: maxLength(1) }),
      ["Short", "Date"],
    );
    expect(() => broken("Short", "a")).toThrow(/no function "validateDate" for shape "Date"/);
  });
});
