// validate.ts's `ShapeTypes` interface and an operation entry's `validateInput` are written in
// prettier's layout: over generated shape names and types of every length, the text the
// emitter claims is laid out is what prettier writes, and the forms it promises are laid out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERATED_CODE_STYLE, ModuleWriter } from "@shapekit/generated-package";
import type { Model } from "@shapekit/model";
import * as prettier from "prettier";
import { operationEntryModule } from "../src/emit-modules.js";
import { shapeTypesInterface, type ShapeTypesProperty } from "../src/shape-types-interface.js";
import { TypeExpressions } from "../src/type-expression.js";
import type { ValidatorNames } from "../src/validator-names.js";

const format = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" });

/** Shape names as Smithy allows them, from one character to well past the print width. */
const shapeName = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom("A", "_", "Z", "$"), fc.stringMatching(/^[A-Za-z0-9_$]*$/))
    .map(([first, rest]) => first + rest.repeat(4).slice(0, maxLength - 1));

/** The types type-expression.ts writes: names, keywords, lists, sparse lists, maps, enum-keyed maps. */
const typeExpression: fc.Arbitrary<string> = fc.letrec<{ type: string }>((tie) => ({
  type: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    shapeName(70),
    fc.constantFrom("string", "number", "boolean", "Date", "Uint8Array", "unknown"),
    fc.constantFrom("Record<string, never>"),
    shapeName(70).map((item) => `${item}[]`),
    shapeName(70).map((item) => `(${item} | null)[]`),
    tie("type").map((value) => `Record<string, ${value}>`),
    tie("type").map((item) => `${item}[]`),
    tie("type").map((item) => `(${item} | null)[]`),
    shapeName(70).map((value) => `Record<string, ${value} | null>`),
    fc.tuple(shapeName(70), tie("type")).map(([key, value]) => `Partial<Record<${key}, ${value}>>`),
  ),
})).type;

const DOC = "The type each shape name of `validate(shapeName, …)` validates.";

describe("ShapeTypes interface", () => {
  it("is laid out as prettier lays it out, for names and types of every length", async () => {
    const property = fc.record({ key: shapeName(100), type: typeExpression });
    await fc.assert(
      fc.asyncProperty(fc.array(property, { minLength: 1, maxLength: 8 }), async (properties) => {
        const text = shapeTypesInterface(DOC, properties);
        // Promised for every type without a union in it.
        if (properties.every((p) => !p.type.includes("|"))) expect(text).toBeDefined();
        if (text !== undefined) expect(text).toBe(await format(text));
      }),
      { numRuns: 80, seed: 5 },
    );
  });

  it("breaks maps and lists of maps at every length as prettier does (ssm's)", async () => {
    const properties: ShapeTypesProperty[] = [];
    for (let length = 20; length <= 110; length += 3) {
      const value = `${"Parameter".repeat(12)}`.slice(0, length);
      properties.push(
        { key: `Map${length}`, type: `Record<string, ${value}>` },
        { key: `MapList${length}`, type: `Record<string, ${value}>[]` },
        { key: `EnumMapList${length}`, type: `Partial<Record<Key, ${value}[]>>[][]` },
      );
    }
    const text = shapeTypesInterface(DOC, properties);
    expect(text).toBeDefined();
    expect(text).toBe(await format(text!));
  });

  it("leaves a quoted key to prettier", () => {
    expect(shapeTypesInterface(DOC, [{ key: '"a-b"', type: "string" }])).toBeUndefined();
  });
});

describe("an operation entry's validateInput", () => {
  it("is laid out as prettier lays it out, for input names of every length", async () => {
    const writer = new ModuleWriter("banner");
    const types = new TypeExpressions({} as Model, new Map());
    // Every length from one line to past the width: each layout and each boundary between them.
    for (let length = 1; length <= 110; length++) {
      const type = `${"_$"[length % 2]}${"Input".repeat(22)}`.slice(0, length);
      const input = { base: type, validate: `validate${type}` } as ValidatorNames;
      const file = operationEntryModule(writer, "Operation", [], input, {
        file: `schemas/${type}.schema.json`,
        type,
        types,
        typesPackage: "@shapekit/example-types",
      });
      expect(file.preformatted, `an input name of ${length} characters`).toBe(true);
      expect(file.contents).toBe(await format(file.contents));
    }
  });
});
