// layoutShapeModule writes prettier's layout or declines: every text it returns is compared with
// prettier here (the fixtures and the committed packages check the real emitter output too), and
// constructs it does not know go back to prettier (`undefined`).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { layoutShapeModule } from "../src/layout.js";

const format = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" });

const MODULE = `// banner
import { codePointLength, type IssueCollector } from "@shapekit/validation";
/** @pattern ^[a-z]+$ */
const PATTERN_0 = new RegExp("^[a-z]+$", "u");
const LONG_VALUES = ["alpha-alpha-alpha", "beta-beta-beta-beta", "gamma-gamma-gamma-gamma", "delta-delta-delta"];
export function checkThing(v: unknown, p: string, c?: IssueCollector): boolean {
if (typeof v !== "object" || v === null || Array.isArray(v)) {
if (!c) return false;
c.type(p, "an object (Thing)", v);
return true;
}
const o = v as Record<string, unknown>;
let m0: unknown;
for (const k in o) {
switch (k) {
case "Name":
m0 = o[k];
break;
default:
if (Object.hasOwn(o, k)) c.unknown(p, k, "Thing", LONG_VALUES);
}
}
if (m0 === undefined) c.required(p === "" ? "SomeRatherLongMemberName" : p + ".SomeRatherLongMemberName", "SomeRatherLongMemberName", "Thing");
else {
if (typeof m0 !== "string") c.type(p === "" ? "Name" : p + ".Name", "a string with \\"quotes\\"", m0);
else {
if (m0.length > 10 || m0.length < 2) {
const n = codePointLength(m0);
if (n < 1 || n > 10) c.length(p === "" ? "SomeRatherLongMemberName" : p + ".SomeRatherLongMemberName", m0, n, 1, 10, "characters");
}

if (m0.length <= 65536 && !PATTERN_0.test(m0)) c.pattern(p === "" ? "SomeRatherLongMemberName" : p + ".SomeRatherLongMemberName", m0, "^[a-z]+$");
if (typeof m0 !== "number" || !Number.isInteger(m0) || m0 < (-9223372036854776000) || m0 > 9223372036854776000) c.type(p, "a 64-bit integer", m0);
}
}
return true;
}
`;

describe("layoutShapeModule", () => {
  it("indents, keeps blank lines, normalizes quotes and negative numbers, breaks long lines as prettier does", async () => {
    const laidOut = layoutShapeModule(MODULE);
    expect(laidOut).toBeDefined();
    expect(laidOut).toBe(await format(MODULE));
  });

  it("indents a value moved after `=` whose arguments break, as prettier does (long shape names)", async () => {
    const name = "ModelPackageGroupStatusAndDescriptionWithAVeryLongName";
    const text = [
      `/** Narrows \`value\` to ${name}. */`,
      `export const assert${name}: __ShapeAssertion<${name}> =`,
      `__defineAssertion<${name}>(`,
      `"${name}",`,
      `validate${name},`,
      ");",
      `export const is${name}: __ShapeGuard<${name}> =`,
      `__defineCheckGuard<${name}>(check${name});`,
      "",
    ].join("\n");
    const laidOut = layoutShapeModule(text);
    expect(laidOut).toBeDefined();
    expect(laidOut).toBe(await format(text));
  });

  it("breaks a conditional argument too long for its line, and an annotation too long for the name", async () => {
    const member = "MaxConcurrentInvocationsPerInstanceOfTheEndpoint";
    const list = "TrialComponentSimpleSummaryListName";
    const text = [
      "export function checkThing(v: unknown, p: string, c?: IssueCollector): boolean {",
      `if (typeof v !== "number") c.type(p === "" ? "${member}" : p + ".${member}", "a 32-bit integer", v);`,
      `else if (v < 1) c.range(p === "" ? "${member}" : p + ".${member}", Number(v), 1, 1000);`,
      "}",
      `export const validate${list}: __ShapeValidator<`,
      "TrialComponentSimpleSummary[]",
      `> = __defineValidator<TrialComponentSimpleSummary[]>(check${list});`,
      `export const assert${list}: __ShapeAssertion<`,
      "TrialComponentSimpleSummary[]",
      "> = __defineAssertion<TrialComponentSimpleSummary[]>(",
      `"${list}",`,
      `validate${list},`,
      ");",
      "",
    ].join("\n");
    const laidOut = layoutShapeModule(text);
    expect(laidOut).toBeDefined();
    expect(laidOut).toBe(await format(text));
  });

  it("joins `} else`, breaks a long `if (!checkX(…)) return false;` at each width as prettier does, keeps a one-name import whole", async () => {
    // Callee names from short to very long cross every layout of the call: one line, the
    // consequent on its own line, the test on its own line, the arguments one per line.
    for (let length = 10; length <= 80; length += 3) {
      const callee = `check${"N".repeat(length)}`;
      const text = [
        `import { ${callee} } from "./${"N".repeat(length)}.js";`,
        "export function checkThing(v: unknown, p: string, c?: IssueCollector): boolean {",
        'if (typeof v !== "object" || v === null || Array.isArray(v)) {',
        "if (!c) return false;",
        'c.type(p, "an object (Thing)", v);',
        "return true;",
        "}",
        "const o = v as Record<string, unknown>;",
        "if (o.a === undefined) {",
        "if (!c) return false;",
        'c.required(__memberPath(p, "a"), "a", "Thing");',
        "}",
        `else if (!${callee}(o.a, !c || p === "" ? "SomeMember" : p + ".SomeMember", c)) return false;`,
        "if (o.b !== undefined) {",
        `if (!${callee}(o.b, !c || p === "" ? "${"M".repeat(length)}" : p + ".${"M".repeat(length)}", c, d)) return false;`,
        "}",
        'if (typeof o.c !== "string") {',
        "if (!c) return false;",
        'c.type(__memberPath(p, "c"), "a string", o.c);',
        "}",
        `else if (o.c.length > ${length}) {`,
        "if (!c) return false;",
        `c.length(__memberPath(p, "c"), o.c, o.c.length, 0, ${length}, "characters");`,
        "}",
        "else {",
        "const n = o.c.length;",
        "}",
        "return true;",
        "}",
        "",
      ].join("\n");
      const laidOut = layoutShapeModule(text);
      expect(laidOut, `callee of ${callee.length} characters`).toBeDefined();
      expect(laidOut).toBe(await format(text));
    }
  });

  it("writes the numbers of range checks as prettier does (exponents, negatives)", async () => {
    // Bounds as the code layer writes them (code.ts): `String(n)`, negatives in parentheses.
    const literal = (n: number) => (n < 0 || Object.is(n, -0) ? `(${n})` : String(n));
    await fc.assert(
      fc.asyncProperty(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        async (min, max) => {
          const text = [
            "export function checkThing(v: unknown, p: string, c?: IssueCollector): boolean {",
            'if (typeof v !== "number") {',
            "if (!c) return false;",
            'c.type(p, "a number", v);',
            "}",
            `else if (v < ${literal(min)} || v > ${literal(max)}) {`,
            "if (!c) return false;",
            `c.range(p, Number(v), ${literal(min)}, ${literal(max)});`,
            "}",
            "return true;",
            "}",
            "",
          ].join("\n");
          const laidOut = layoutShapeModule(text);
          expect(laidOut).toBeDefined();
          expect(laidOut).toBe(await format(text));
        },
      ),
      { numRuns: 60, seed: 17 },
    );
  });

  it("leaves to prettier what it does not lay out", () => {
    // A long line of a kind it does not break (an arrow function argument).
    const arrow = `export function f(v: unknown): void {\nitems.forEach((item) => console.log(item, "a rather long string to push it past the print width of 100"));\n}\n`;
    expect(layoutShapeModule(arrow)).toBeUndefined();
    // \`}\` then an \`else\` that is neither a block nor an \`if\` (prettier writes \`} else c();\`, not a
    // form the emitters write), template literals, regular expression literals.
    expect(layoutShapeModule(`if (a) {\nb();\n}\nelse c();\n`)).toBeUndefined();
    expect(layoutShapeModule("const a = `x`;\n")).toBeUndefined();
    expect(layoutShapeModule("const a = /x/.test(b);\n")).toBeUndefined();
    // A negative number in parentheses where the emitters write none (prettier drops these).
    expect(layoutShapeModule("const a = (-1);\n")).toBeUndefined();
    expect(layoutShapeModule("if (m0 === (-5)) f();\n")).toBeUndefined();
    expect(layoutShapeModule("const a = b - (0);\n")).toBeUndefined();
    // Where they do, or a call of one number: laid out.
    expect(layoutShapeModule("if (m0 < (-5)) f(0);\n")).toBe("if (m0 < -5) f(0);\n");
  });
});
