// The types package's declarations are written in prettier's layout by declaration-layout.ts
// and skip prettier when it says so: every declaration it marks laid out must be what prettier
// prints, byte for byte, over generated names, keys, types and doc comments (long ones, odd
// characters, quotes and backticks, `*\/`, trailing spaces); and it must mark the forms a real
// service is made of as laid out, or nothing would skip prettier.
import fc from "fast-check";
import * as prettier from "prettier";
import type { LaidOutText } from "@shapekit/generated-package";
import { describe, expect, it } from "vitest";
import {
  enumObjectText,
  interfaceText,
  manyMemberUnionText,
  operationMapText,
  unionText,
  type MemberText,
} from "../src/declaration-layout.js";

const format = (text: string) => prettier.format(text, { parser: "typescript", printWidth: 100 });

const identifier = fc.oneof(
  fc.constantFrom("a", "$", "_", "$unknown", "Name_1", "ScalingPolicy"),
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,12}$/),
  // Long enough that a member with it overflows the line width.
  fc.stringMatching(/^[A-Z][A-Za-z0-9]{40,90}$/),
);
const key = fc.oneof(
  { weight: 4, arbitrary: identifier },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("a-b", "it's", 'say "hi"', "back\\slash", "1", "x y", "tab\tkey", "ünï")
      .map((k) => JSON.stringify(k)),
  },
);
const leafType = fc.oneof(
  identifier,
  fc.constantFrom("string", "number", "boolean", "Date", "Uint8Array", "__DocumentType"),
);
const memberType: fc.Arbitrary<string> = fc.letrec<{ type: string }>((tie) => ({
  type: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leafType,
    tie("type").map((t) => `${t}[]`),
    leafType.map((t) => `(${t} | null)[]`),
    tie("type").map((t) => `Record<string, ${t}>`),
    leafType.map((t) => `Record<string, ${t} | null>`),
    fc.tuple(identifier, tie("type")).map(([k, v]) => `Partial<Record<${k}, ${v}>>`),
    tie("type").map((t) => `Record<string, ${t}>[]`),
  ),
})).type;
const docLine = fc.oneof(
  fc.constantFrom(
    "",
    "  ",
    "Plain text.",
    "Trailing spaces.   ",
    "A `code` span and a 'quote' and a \"double\" one.",
    "Ends a comment early *\\/ but escaped.",
    "  - an indented item",
    "@required",
    "@pattern ^[a-z]*$ ",
    "\u00a0non-breaking space\u00a0",
    "tab\tinside\t",
  ),
  fc.string({ maxLength: 140 }).map((s) => s.replace(/\*\//g, "*\\/").replace(/\n/g, " ")),
);
const doc = fc.oneof(
  // Description (and tags): the multi-line form.
  fc.array(docLine, { minLength: 1, maxLength: 4 }).map((lines) => `\n${lines.join("\n")}`),
  // Tags alone: one tag on one line, several on as many lines.
  fc.constantFrom("@required", "@minLength 1", "@required\n@maxLength 10", "@pattern a  "),
);
const docs = fc.array(doc, { maxLength: 1 });
const member: fc.Arbitrary<MemberText> = fc.record({
  key,
  optional: fc.boolean(),
  type: memberType,
  docs,
});

/** Prettier's layout when marked laid out; valid TypeScript either way. */
async function expectPrettierWhenLaidOut(declaration: LaidOutText): Promise<void> {
  const formatted = await format(declaration.text);
  if (declaration.laidOut) expect(declaration.text).toBe(formatted);
}

describe("declaration layout", () => {
  it("an interface marked laid out is prettier's layout", async () => {
    await fc.assert(
      fc.asyncProperty(identifier, docs, fc.array(member, { maxLength: 5 }), (name, d, members) =>
        expectPrettierWhenLaidOut(interfaceText(name, d, members)),
      ),
      { numRuns: 300, seed: 20241 },
    );
  });

  it("a tagged union marked laid out is prettier's layout", async () => {
    const variants = fc.array(fc.array(member, { minLength: 1, maxLength: 4 }), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(identifier, docs, variants, (name, d, v) =>
        expectPrettierWhenLaidOut(unionText(name, d, v)),
      ),
      { numRuns: 200, seed: 20242 },
    );
  });

  it("a union of many members (written once, then a mapped type) marked laid out is prettier's layout", async () => {
    const required = member.map((m) => ({ ...m, optional: false }));
    await fc.assert(
      fc.asyncProperty(
        identifier,
        docs,
        fc.array(required, { minLength: 1, maxLength: 5 }),
        (name, d, m) => expectPrettierWhenLaidOut(manyMemberUnionText(name, d, m)),
      ),
      { numRuns: 200, seed: 20245 },
    );
    expect(
      manyMemberUnionText("Many", [], [{ key: "A", optional: false, type: "string", docs: [] }])
        .laidOut,
    ).toBe(true);
  });

  it("an operation map marked laid out is prettier's layout", async () => {
    const operation = fc.record({
      name: identifier,
      input: fc.oneof(identifier, fc.constant("Record<string, never>")),
      output: fc.oneof(identifier, fc.constant("Record<string, never>")),
      docs,
    });
    await fc.assert(
      fc.asyncProperty(identifier, fc.array(operation, { maxLength: 4 }), (name, operations) =>
        expectPrettierWhenLaidOut(operationMapText(name, [], operations)),
      ),
      { numRuns: 100, seed: 20243 },
    );
  });

  it("an enum's const object and type marked laid out are prettier's layout", async () => {
    const entry = fc.record({
      key: fc.oneof(
        identifier,
        fc.stringMatching(/^[A-Z]{1,6}$/),
        fc.constantFrom('"a-b"', '"1"', '"it\'s"', '["__proto__"]', '"say \\"hi\\""'),
      ),
      value: fc.oneof(
        fc.constantFrom(0, -1, 12, 1e21, 0.5),
        fc.stringMatching(/^[a-z:.-]{0,110}$/),
        fc.constantFrom("it's", 'say "hi"', "back\\slash", "ünï", ""),
      ),
      docs,
    });
    await fc.assert(
      fc.asyncProperty(identifier, docs, fc.array(entry, { maxLength: 5 }), (name, d, entries) =>
        expectPrettierWhenLaidOut(enumObjectText(name, d, entries)),
      ),
      { numRuns: 300, seed: 20244 },
    );
  });

  it("marks the forms of real services laid out, long members broken at their type arguments", async () => {
    const long = "InferenceContainerDefinitionsForEveryProcessingUnit";
    const declarations = [
      interfaceText("Empty", [], []),
      interfaceText(
        "AutoMLCandidate",
        ["\nA candidate.   \n\n@deprecated use the other one"],
        [
          { key: "Name", optional: false, type: "string", docs: ["@required"] },
          { key: "Steps", optional: true, type: "(AutoMLCandidateStep | null)[]", docs: [] },
          {
            key: long,
            optional: true,
            type: "Partial<Record<AutoMLProcessingUnit, AutoMLContainerDefinition[]>>",
            docs: ["\nThe containers."],
          },
          { key: '"a-b"', optional: true, type: "Record<string, string>", docs: [] },
        ],
      ),
      unionText("One", [], [[{ key: "A", optional: false, type: "string", docs: [] }]]),
      unionText("None", [], []),
      unionText(
        "Two",
        ["\nEither."],
        [
          [
            { key: "A", optional: false, type: "string", docs: ["\nThe A."] },
            { key: "B", optional: true, type: "never", docs: [] },
          ],
          [
            { key: "A", optional: true, type: "never", docs: [] },
            { key: "B", optional: false, type: `Record<string, ${long}>`, docs: [] },
          ],
        ],
      ),
      enumObjectText(
        "HyperParameterTuningAllocationStrategyForTheVeryLongServiceName",
        ["\nHow."],
        [
          { key: "A", value: "a".repeat(100), docs: [] },
          {
            key: "LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATION",
            value: "local-gateway-route-table-virtual-interface-group-association",
            docs: ["@deprecated"],
          },
          { key: '"a-b"', value: 1, docs: [] },
        ],
      ),
      operationMapText(
        "SvcOperations",
        ["\nThe map."],
        [{ name: "Op", input: "OpInput", output: "Record<string, never>", docs: [] }],
      ),
    ];
    for (const declaration of declarations) {
      expect(declaration.laidOut, declaration.text).toBe(true);
      expect(declaration.text).toBe(await format(declaration.text));
    }
    expect(declarations[1]!.text).toContain(`  ${long}?: Partial<\n`);
  });
});
