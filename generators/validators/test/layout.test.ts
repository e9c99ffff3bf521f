// layoutShapeModule writes prettier's layout or declines: every text it returns is compared with
// prettier here (the fixtures and the committed packages check the real emitter output too), and
// constructs it does not know go back to prettier (`undefined`).
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
export function checkThing(v: unknown, p: string, c: IssueCollector): void {
if (typeof v !== "object" || v === null || Array.isArray(v)) {
c.type(p, "an object (Thing)", v);
return;
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
      `__defineGuard<${name}>(guard${name});`,
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
      "export function checkThing(v: unknown, p: string, c: IssueCollector): void {",
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

  it("leaves to prettier what it does not lay out", () => {
    // A long line of a kind it does not break (an arrow function argument).
    const arrow = `export function f(v: unknown): void {\nitems.forEach((item) => console.log(item, "a rather long string to push it past the print width of 100"));\n}\n`;
    expect(layoutShapeModule(arrow)).toBeUndefined();
    // \`}\` then \`else\` (prettier writes \`} else\`), template literals, regular expression literals.
    expect(layoutShapeModule(`if (a) {\nb();\n}\nelse c();\n`)).toBeUndefined();
    expect(layoutShapeModule("const a = `x`;\n")).toBeUndefined();
    expect(layoutShapeModule("const a = /x/.test(b);\n")).toBeUndefined();
  });
});
