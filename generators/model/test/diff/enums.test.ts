import { describe, expect, it } from "vitest";
import { changes, fullChanges } from "./models.js";

describe("diffModels: enum values", () => {
  it("removing a value is breaking, at ns#Enum$NAME", () => {
    const [c, ...rest] = fullChanges("enum E { A, B }", "enum E { A }");
    expect(rest).toEqual([]);
    expect(c).toEqual({
      severity: "breaking",
      shape: "ns#E$B",
      kind: "RemovedEnumValue",
      message: 'Removed enum value "B" (B)',
    });
  });

  it("appending a value is safe (a NOTE in Smithy); inserting one before the end is breaking", () => {
    expect(changes("enum E { A, B }", "enum E { A, B, C }")).toEqual([
      "safe ns#E$C AddedEnumValue",
    ]);
    expect(changes("enum E { A, B }", "enum E { A, C, B }")).toEqual([
      "breaking ns#E$C ChangedEnumOrder",
    ]);
    // Replacing the last value: the new one comes after every surviving old one.
    expect(changes("enum E { A, B }", "enum E { A, C }")).toEqual([
      "breaking ns#E$B RemovedEnumValue",
      "safe ns#E$C AddedEnumValue",
    ]);
  });

  it("renaming a member that keeps its value, or changing a member's value, is breaking", () => {
    expect(changes('enum E { A = "a" }', 'enum E { B = "a" }')).toEqual([
      "breaking ns#E$A ChangedEnumName",
    ]);
    expect(changes('enum E { A = "a" }', 'enum E { A = "b" }')).toEqual([
      "breaking ns#E$A ChangedEnumValue",
    ]);
  });

  it("intEnum values: added anywhere is safe, removed or renumbered is breaking", () => {
    expect(changes("intEnum I { A = 1, B = 2 }", "intEnum I { Z = 0, A = 1, B = 2 }")).toEqual([
      "safe ns#I$Z AddedEnumValue",
    ]);
    expect(changes("intEnum I { A = 1, B = 2 }", "intEnum I { A = 1, B = 3 }")).toEqual([
      "breaking ns#I$B ChangedEnumValue",
    ]);
    expect(changes("intEnum I { A = 1, B = 2 }", "intEnum I { A = 1 }")).toEqual([
      "breaking ns#I$B RemovedEnumValue",
    ]);
  });

  it("documentation of an enum member is a safe change at the member", () => {
    expect(changes("enum E { A }", "enum E {\n/// The A.\nA }")).toEqual([
      "safe ns#E$A ChangedDocumentation",
    ]);
  });

  it("a string with @enum (IDL 1.0) converted to an enum shape compares values, not types", () => {
    const v1 = `$version: "1.0"\nnamespace ns\n@enum([{ value: "a", name: "A" }, { value: "b", name: "B" }])\nstring E`;
    expect(changes(v1, 'enum E { A = "a", B = "b" }')).toEqual([]);
    expect(changes(v1, 'enum E { A = "a" }')).toEqual(["breaking ns#E$B RemovedEnumValue"]);
  });

  it("adding or removing @enum on a string is breaking", () => {
    const v1 = `$version: "1.0"\nnamespace ns\n@enum([{ value: "a" }])\nstring E`;
    expect(changes(`$version: "1.0"\nnamespace ns\nstring E`, v1)).toEqual([
      "breaking ns#E ChangedEnumTrait",
    ]);
  });
});
