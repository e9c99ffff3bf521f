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
    // Every value placed before a surviving old one was inserted, not only the first.
    expect(changes("enum E { A }", "enum E { C, D, A, F }")).toEqual([
      "breaking ns#E$C ChangedEnumOrder",
      "breaking ns#E$D ChangedEnumOrder",
      "safe ns#E$F AddedEnumValue",
    ]);
    // Replacing the last value: the new one comes after every surviving old one.
    expect(changes("enum E { A, B }", "enum E { A, C }")).toEqual([
      "breaking ns#E$B RemovedEnumValue",
      "safe ns#E$C AddedEnumValue",
    ]);
  });

  it("renaming a member that keeps its value, or changing a member's value, is breaking", () => {
    expect(changes('enum E {\n  A = "a"\n}', 'enum E {\n  B = "a"\n}')).toEqual([
      "breaking ns#E$A ChangedEnumName",
    ]);
    expect(changes('enum E {\n  A = "a"\n}', 'enum E {\n  A = "b"\n}')).toEqual([
      "breaking ns#E$A ChangedEnumValue",
    ]);
  });

  it("intEnum values: added anywhere is safe, removed or renumbered is breaking", () => {
    expect(
      changes("intEnum I {\n  A = 1\n  B = 2\n}", "intEnum I {\n  Z = 0\n  A = 1\n  B = 2\n}"),
    ).toEqual(["safe ns#I$Z AddedEnumValue"]);
    expect(changes("intEnum I {\n  A = 1\n  B = 2\n}", "intEnum I {\n  A = 1\n  B = 3\n}")).toEqual(
      ["breaking ns#I$B ChangedEnumValue"],
    );
    expect(changes("intEnum I {\n  A = 1\n  B = 2\n}", "intEnum I {\n  A = 1\n}")).toEqual([
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
    expect(changes(v1, 'enum E {\n  A = "a"\n  B = "b"\n}')).toEqual([]);
    expect(changes(v1, 'enum E {\n  A = "a"\n}')).toEqual(["breaking ns#E$B RemovedEnumValue"]);
  });

  it("an @enum entry without a name that becomes a named enum member is breaking (its code name changes)", () => {
    const v1 = `$version: "1.0"\nnamespace ns\n@enum([{ value: "a" }])\nstring E`;
    expect(fullChanges(v1, 'enum E {\n  a = "a"\n}')).toEqual([
      {
        severity: "breaking",
        shape: "ns#E$a",
        kind: "ChangedEnumName",
        message: 'Enum value "a" was given the name a',
      },
    ]);
  });

  it("adding or removing @enum on a string is breaking", () => {
    const v1 = `$version: "1.0"\nnamespace ns\n@enum([{ value: "a" }])\nstring E`;
    expect(changes(`$version: "1.0"\nnamespace ns\nstring E`, v1)).toEqual([
      "breaking ns#E ChangedEnumTrait",
    ]);
  });
});
