// A shape module's `validate…`, `is…` and `assert…` declarations (emit-modules.ts's
// typedDefinition) through the layout pass: for shape names and types of every length, a module
// the pass lays out is what prettier writes, and one with plain type names is always laid out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { typedDefinition } from "../src/emit-modules.js";
import { layoutShapeModule } from "../src/layout.js";

const format = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" });

const name = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom("A", "_", "Z", "$"), fc.stringMatching(/^[A-Za-z0-9_$]*$/))
    .map(([first, rest]) => first + rest.repeat(5).slice(0, maxLength - 1));

/** The types a shape module declares its validators with (type-expression.ts). */
const type = fc.oneof(
  name(60),
  name(60).map((item) => `${item}[]`),
  name(40).map((value) => `Record<string, ${value}>`),
  fc.tuple(name(40), name(40)).map(([key, value]) => `Partial<Record<${key}, ${value}>>`),
);

/** The three declarations as shapeModule writes them. */
function definitions(base: string, shapeType: string): string {
  const check = `check${base}`;
  return [
    typedDefinition(
      `export const validate${base}: __ShapeValidator<${shapeType}> =`,
      "__defineValidator",
      shapeType,
      check,
    ),
    typedDefinition(
      `export const is${base}: __ShapeGuard<${shapeType}> =`,
      "__defineCheckGuard",
      shapeType,
      check,
    ),
    typedDefinition(
      `export const assert${base}: __ShapeAssertion<${shapeType}> =`,
      "__defineAssertion",
      shapeType,
      `${JSON.stringify(base)}, validate${base}`,
    ),
  ]
    .map((text) => `/** Doc. */\n${text}`)
    .join("");
}

describe("typedDefinition through layoutShapeModule", () => {
  it("is prettier's layout for names and types of every length", async () => {
    await fc.assert(
      fc.asyncProperty(name(110), type, async (base, shapeType) => {
        const text = `// banner\n${definitions(base, shapeType)}`;
        const laidOut = layoutShapeModule(text);
        if (/^[A-Za-z_$][\w$]*$/.test(shapeType)) expect(laidOut).toBeDefined();
        if (laidOut !== undefined) expect(laidOut).toBe(await format(text));
      }),
      { numRuns: 120, seed: 21 },
    );
  });

  it("is prettier's layout for the longest names, lists of them included (securityhub's)", async () => {
    // Every length where the declaration, its annotation, the value and its arguments in turn
    // stop fitting on their lines.
    for (let length = 40; length <= 110; length++) {
      const base = `${"Aws$_"[length % 5]}${"LaunchTemplateOverrides".repeat(5)}`.slice(0, length);
      for (const shapeType of [base, `${base}Details[]`]) {
        const text = `// banner\n${definitions(base, shapeType)}`;
        const laidOut = layoutShapeModule(text);
        expect(laidOut, `${shapeType}`).toBeDefined();
        expect(laidOut).toBe(await format(text));
      }
    }
  });

  it("moves a value of one short argument after `> =` when the annotation breaks", async () => {
    // resiliencehub's AssessmentCompliance: a map type keyed by an enum, a check name of 25
    // characters (a quarter of the width: still short).
    const text = `// banner\n${definitions("AssessmentCompliance", "Partial<Record<DisruptionType, DisruptionCompliance>>")}`;
    const laidOut = layoutShapeModule(text);
    expect(laidOut).toBeDefined();
    expect(laidOut).toBe(await format(text));
  });
});
