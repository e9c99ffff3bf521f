// The enum member naming rule: examples from the shapes of real AWS values, and properties that
// hold for any input (valid identifier, unique within an enum, deterministic).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enumMemberName, enumMemberNames } from "../../src/service2/index.js";

const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;

describe("enum member names", () => {
  it.each([
    ["ml.t2.medium", "ML_T2_MEDIUM"],
    ["ml.p4de.24xlarge", "ML_P4DE_24XLARGE"],
    ["InService", "IN_SERVICE"],
    ["MaxAutoMLJobRuntimeReached", "MAX_AUTO_ML_JOB_RUNTIME_REACHED"],
    ["GreengrassV2Component", "GREENGRASS_V2_COMPONENT"],
    ["AWS::SageMaker::TrainingJob", "AWS_SAGE_MAKER_TRAINING_JOB"],
    ["Update_Failed", "UPDATE_FAILED"],
    ["application/x-recordio", "APPLICATION_X_RECORDIO"],
    ["FAILED", "FAILED"],
    ["3.0", "_3_0"],
    ["*", "VALUE"],
    ["", "VALUE"],
  ])("%j → %s", (value, name) => {
    expect(enumMemberName(value)).toBe(name);
  });

  it("agrees with the rule written as regular expressions (any value over the letters that matter)", () => {
    // The rule as the header states it, one regular expression per step: quadratic on long
    // upper-case runs, so the emitter uses a one-pass version; this pins the two together.
    const byRegex = (value: string) => {
      const name = value
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
        .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
        .replace(/[^A-Za-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .toUpperCase();
      return name === "" ? "VALUE" : /^[0-9]/.test(name) ? `_${name}` : name;
    };
    const char = fc.constantFrom(..."aAbB09_.-: é".split(""));
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 24 }).map((cs) => cs.join("")),
        (value) => {
          expect(enumMemberName(value)).toBe(byRegex(value));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("names a 100,000-character value", () => {
    expect(enumMemberName(`${"A".repeat(100_000)}b`)).toBe(`${"A".repeat(99_999)}_AB`);
  });

  it("numbers collisions in document order", () => {
    expect(enumMemberNames(["a-b", "a_b", "A_B_2", "a.b"])).toEqual([
      "A_B",
      "A_B_2",
      "A_B_2_2",
      "A_B_3",
    ]);
  });

  it("always yields valid, unique identifiers, the same way every time", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 20 }), (values) => {
        const names = enumMemberNames(values);
        expect(names).toHaveLength(values.length);
        for (const name of names) expect(name).toMatch(IDENTIFIER);
        expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
        expect(enumMemberNames(values)).toEqual(names);
      }),
    );
  });
});
