import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCanonicalAst, toCanonicalAst } from "../src/canonical-ast.js";
import { resolveDocs } from "./json-models.js";

describe("canonical JSON AST", () => {
  it("writes smithy 2.0, sorted shapes, a fixed property order, and leaves the prelude out", () => {
    const { model } = resolveDocs({
      smithy: "1.0",
      metadata: { b: 1, a: [true] },
      shapes: {
        "ns#Z": { type: "string" },
        "ns#Op": {
          type: "operation",
          traits: { "smithy.api#readonly": {} },
          output: { target: "ns#Out" },
          input: { target: "ns#In" },
        },
        "ns#In": { type: "structure", members: {} },
        "ns#Out": { type: "structure", members: { z: { target: "ns#Z" }, a: { target: "ns#Z" } } },
      },
    });
    const text = formatCanonicalAst(model!);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual({
      smithy: "2.0",
      metadata: { b: 1, a: [true] },
      shapes: {
        "ns#In": { type: "structure", members: {} },
        "ns#Op": {
          type: "operation",
          input: { target: "ns#In" },
          output: { target: "ns#Out" },
          traits: { "smithy.api#readonly": {} },
        },
        "ns#Out": { type: "structure", members: { z: { target: "ns#Z" }, a: { target: "ns#Z" } } },
        "ns#Z": { type: "string" },
      },
    });
    const canonical = toCanonicalAst(model!);
    expect(Object.keys(canonical.shapes)).toEqual(["ns#In", "ns#Op", "ns#Out", "ns#Z"]);
    expect(Object.keys(canonical.shapes["ns#Op"]!)).toEqual(["type", "input", "output", "traits"]);
    expect(Object.keys(canonical.metadata!)).toEqual(["b", "a"]);
  });

  it("keeps __proto__ and constructor as member names through resolution and output", () => {
    // JSON.parse makes `__proto__` an own key (an object literal would set the prototype).
    const doc = JSON.parse(`{"smithy": "2.0", "shapes": {
      "ns#constructor": {"type": "structure", "members": {"__proto__": {"target": "ns#toString"}, "constructor": {"target": "ns#toString"}}},
      "ns#toString": {"type": "string"}}}`) as Record<string, unknown>;
    const { model, diagnostics } = resolveDocs(doc);
    expect(diagnostics).toEqual([]);
    const text = formatCanonicalAst(model!);
    expect(text).toContain('"__proto__": {');
    const printed = JSON.parse(text) as { shapes: Record<string, { members?: object }> };
    expect(Object.keys(printed.shapes["ns#constructor"]?.members ?? {})).toEqual([
      "__proto__",
      "constructor",
    ]);
  });

  it("preserves member order and sorts shapes for any names (property)", () => {
    const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
    // Unique ignoring case: Smithy rejects names that differ only in case.
    const names = (minLength: number) =>
      fc.uniqueArray(identifier, { minLength, maxLength: 8, selector: (n) => n.toLowerCase() });
    fc.assert(
      fc.property(names(1), names(0), (shapeNames, memberNames) => {
        const shapes: Record<string, unknown> = {};
        for (const name of shapeNames) {
          Object.defineProperty(shapes, `ns#${name}`, {
            enumerable: true,
            value: {
              type: "structure",
              members: Object.fromEntries(
                memberNames.map((m) => [m, { target: "smithy.api#String" }]),
              ),
            },
          });
        }
        // fromEntries assigns `__proto__` as an own key, like JSON.parse does.
        const { model, diagnostics } = resolveDocs({ smithy: "2.0", shapes });
        expect(diagnostics).toEqual([]);
        const canonical = toCanonicalAst(model!);
        expect(Object.keys(canonical.shapes)).toEqual(shapeNames.map((n) => `ns#${n}`).sort());
        for (const shape of Object.values(canonical.shapes))
          expect(Object.keys(shape.members!)).toEqual(memberNames);
      }),
      { numRuns: 100 },
    );
  });
});
