import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareChanges, diffModels } from "../../src/diff/index.js";
import { oneLine } from "../../src/diff/render-text.js";
import { loadJsonAst } from "../../src/json-ast-loader.js";
import type { Model } from "../../src/model.js";
import { resolveModel } from "../../src/resolve.js";
import { model } from "./models.js";

// Names that are ordinary to Smithy and special to JavaScript objects.
const name = fc.constantFrom(
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "a",
  "b",
  "Value",
  "x_1",
);
const simpleTarget = fc.constantFrom(
  "smithy.api#String",
  "smithy.api#Integer",
  "smithy.api#Boolean",
  "smithy.api#Timestamp",
);
const memberTraits = fc.record(
  {
    "smithy.api#required": fc.constant({}),
    "smithy.api#documentation": fc.string({ maxLength: 8 }),
    "smithy.api#deprecated": fc.constant({}),
  },
  { requiredKeys: [] },
);
const structure = fc.record({
  type: fc.constantFrom("structure", "union"),
  members: fc.uniqueArray(fc.tuple(name, simpleTarget, memberTraits), {
    selector: (m) => m[0],
    minLength: 1,
    maxLength: 4,
  }),
  doc: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
});
const enumShape = fc.record({
  type: fc.constant("enum"),
  values: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
});
const stringShape = fc.record({
  type: fc.constant("string"),
  length: fc.option(fc.record({ min: fc.nat(5), max: fc.integer({ min: 5, max: 50 }) }), {
    nil: undefined,
  }),
});

/** A JSON AST document: unions never carry @required, as Smithy requires. */
const astArbitrary = fc
  .uniqueArray(fc.tuple(name, fc.oneof(structure, enumShape, stringShape)), {
    selector: (s) => s[0],
    minLength: 1,
    maxLength: 5,
  })
  .map((shapes) => {
    const out: Record<string, unknown> = {};
    for (const [shapeName, shape] of shapes) {
      let ast: unknown;
      if (shape.type === "enum") {
        ast = {
          type: "enum",
          members: Object.fromEntries(shape.values.map((v) => [v, { target: "smithy.api#Unit" }])),
        };
      } else if (shape.type === "string") {
        ast = shape.length
          ? { type: "string", traits: { "smithy.api#length": shape.length } }
          : { type: "string" };
      } else {
        const members = shape.members.map(([n, target, traits]) => {
          const t: Record<string, unknown> = { ...traits };
          if (shape.type === "union") delete t["smithy.api#required"];
          return [n, Object.keys(t).length ? { target, traits: t } : { target }];
        });
        ast = {
          type: shape.type,
          members: Object.fromEntries(members),
          ...(shape.doc ? { traits: { "smithy.api#documentation": shape.doc } } : {}),
        };
      }
      Object.defineProperty(out, `ns#${shapeName}`, { value: ast, enumerable: true });
    }
    // JSON text, as a file would hold it: `__proto__` keys survive the trip as own keys.
    return JSON.stringify({ smithy: "2.0", shapes: out });
  });

function load(text: string): Model {
  const parsed = loadJsonAst(text, "model.json");
  const resolved = resolveModel([parsed.loaded!]);
  expect(resolved.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual(
    [],
  );
  return resolved.model!;
}

describe("diffModels: properties", () => {
  it("a model diffed against itself, or against a second load of the same text, has no changes", () => {
    fc.assert(
      fc.property(astArbitrary, (text) => {
        const m = load(text);
        expect(diffModels(m, m)).toEqual([]);
        expect(diffModels(m, load(text))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic and sorted, whichever way round", () => {
    fc.assert(
      fc.property(astArbitrary, astArbitrary, (a, b) => {
        const [ma, mb] = [load(a), load(b)];
        const first = diffModels(ma, mb);
        expect(diffModels(load(a), load(b))).toEqual(first);
        expect([...first].sort(compareChanges)).toEqual(first);
        for (const c of first) expect(["breaking", "dangerous", "safe"]).toContain(c.severity);
        // What one direction adds, the other removes.
        const added = first.filter((c) => c.kind === "AddedShape").map((c) => c.shape);
        const removed = diffModels(mb, ma)
          .filter((c) => c.kind === "RemovedShape")
          .map((c) => c.shape);
        expect(removed).toEqual(added);
      }),
      { numRuns: 150 },
    );
  });

  it("handles __proto__, constructor and toString as ordinary shape, member and enum names", () => {
    const before = model(
      "structure __proto__ { constructor: String, toString: String }\nenum E { __proto__, constructor }",
    );
    const after = model(
      "structure __proto__ { constructor: Integer }\nenum E { constructor, toString }",
    );
    expect(diffModels(before, after).map((c) => `${c.severity} ${c.shape} ${c.kind}`)).toEqual([
      "breaking ns#E$__proto__ RemovedEnumValue",
      "safe ns#E$toString AddedEnumValue",
      "breaking ns#__proto__$constructor ChangedMemberTarget",
      "breaking ns#__proto__$toString RemovedMember",
    ]);
    expect(diffModels(before, before)).toEqual([]);
  });
});

describe("oneLine (the text report's messages)", () => {
  it("makes each white space run with a line break one space, as /\\s*\\n\\s*/g does", () => {
    const text = fc
      .array(fc.constantFrom(" ", "\n", "\t", "\r\n", "\u2028", "a", "b"), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(oneLine(t)).toBe(t.replace(/\s*\n\s*/g, " "));
      }),
      { numRuns: 3000, seed: 1207 },
    );
  });

  it("keeps a long run of blanks without a line break as it is", () => {
    const quoted = `"a${" ".repeat(100_000)}b"`;
    expect(oneLine(`Value ${quoted} removed\n  from the enum`)).toBe(
      `Value ${quoted} removed from the enum`,
    );
  });
});
