// The roots' statements are written in prettier's layout by surface-layout.ts and skip prettier
// when it says so: each one it marks laid out must be what prettier prints, byte for byte, over
// generated CLI names, shape names and constant names (long ones, `$` and `_`, reserved words,
// quotes); and the forms of a real service must be marked laid out.
import fc from "fast-check";
import * as prettier from "prettier";
import type { LaidOutText } from "@shapekit/generated-package";
import { describe, expect, it } from "vitest";
import {
  descriptionConstant,
  eagerSurface,
  lazySurface,
  operationInputsInterface,
  operationNameType,
} from "../src/surface-layout.js";

const format = (text: string) => prettier.format(text, { parser: "typescript", printWidth: 100 });

const cliName = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,10}){0,3}$/),
  // Long enough to overflow a line.
  fc.stringMatching(/^[a-z]{10}(-[a-z]{10,20}){3,5}$/),
  fc.constantFrom("delete", "import", "search", "2fa-login", "_x", "a$b", 'say-"hi"', "it's"),
);
const identifier = fc.oneof(
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,12}$/),
  fc.stringMatching(/^[A-Z][A-Za-z0-9]{40,90}$/),
);
const SURFACE_HEAD = "export const surface: __CommandSurface = __createCommandSurface";

/** Laid out: prettier's layout; either way prettier can format it. */
async function expectPrettierWhenLaidOut(statement: LaidOutText): Promise<void> {
  const formatted = await format(statement.text);
  if (statement.laidOut) expect(statement.text.replace(/^\n/, "")).toBe(formatted);
}

describe("surface layout", () => {
  it("description constants marked laid out are prettier's layout", async () => {
    await fc.assert(
      fc.asyncProperty(identifier, fc.nat(9999), (name, n) =>
        expectPrettierWhenLaidOut(
          descriptionConstant(
            `const ${name}: __CliOperationDescription`,
            "__describeOperation",
            `$${n}`,
          ),
        ),
      ),
      { numRuns: 200, seed: 3101 },
    );
  });

  it("OperationName and OperationInputs marked laid out are prettier's layout", async () => {
    const entry = fc.record({
      cliName,
      type: fc.oneof(
        identifier.map((name) => `__types.${name}`),
        fc.constantFrom("Record<string, never>", "Record<string, unknown>"),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 6 }), async (entries) => {
        await expectPrettierWhenLaidOut(
          operationNameType(
            "The names.",
            entries.map((e) => e.cliName),
          ),
        );
        await expectPrettierWhenLaidOut(operationInputsInterface("The inputs.", entries));
      }),
      { numRuns: 200, seed: 3102 },
    );
  });

  it("the eager and lazy surfaces marked laid out are prettier's layout", async () => {
    const binding = fc.record(
      { description: identifier, parseArgument: cliName, validate: identifier },
      { requiredKeys: ["description"] },
    );
    await fc.assert(
      fc.asyncProperty(
        cliName,
        fc.array(binding, { maxLength: 4 }),
        fc.array(cliName, { maxLength: 8 }),
        fc.boolean(),
        fc.option(fc.dictionary(cliName, cliName, { maxKeys: 3 }), { nil: undefined }),
        async (command, bindings, names, waiters, commandAliases) => {
          const extras = { waiters, ...(commandAliases ? { commandAliases } : {}) };
          await expectPrettierWhenLaidOut(
            eagerSurface("Doc.", SURFACE_HEAD, command, bindings, extras),
          );
          await expectPrettierWhenLaidOut(
            lazySurface("Doc.", SURFACE_HEAD, command, "__lazyOperations(__load, ", names, extras),
          );
        },
      ),
      { numRuns: 200, seed: 3103 },
    );
  });

  it("lays out a lone operation name too long for the line, after the `=`", async () => {
    const name = "x".repeat(80);
    const statement = operationNameType("Names.", [name]);
    expect(statement).toEqual({
      text: `\n/** Names. */\nexport type OperationName =\n  "${name}";\n`,
      laidOut: true,
    });
    await expectPrettierWhenLaidOut(statement);
  });

  it("marks a real service's statements laid out", async () => {
    const long = "list-training-jobs-for-hyper-parameter-tuning-job-and-some-more-words";
    const statements = [
      descriptionConstant(
        "const listTrainingJobsForHyperParameterTuningJob: __CliOperationDescription",
        "__describeOperation",
        "$277",
      ),
      operationNameType("Names.", ["add-tags", long]),
      operationInputsInterface("Inputs.", [
        { cliName: "search", type: "__types.SearchRequest" },
        { cliName: "add-tags", type: "Record<string, never>" },
      ]),
      eagerSurface(
        "Doc.",
        SURFACE_HEAD,
        "shapekit-sagemaker",
        [
          { description: "addTags", parseArgument: "add-tags", validate: "AddTagsInput" },
          { description: "longOne", parseArgument: long, validate: "A".repeat(80) },
        ],
        { waiters: true, commandAliases: { "add-tag": "add-tags" } },
      ),
      lazySurface(
        "Doc.",
        SURFACE_HEAD,
        "shapekit-sagemaker",
        "__lazyOperations(__load, ",
        ["add-tags", long],
        { waiters: true, commandAliases: { "add-tag": "add-tags" } },
      ),
    ];
    for (const statement of statements) {
      expect(statement.laidOut, statement.text).toBe(true);
      expect(statement.text.replace(/^\n/, "")).toBe(await format(statement.text));
    }
    expect(statements[0]!.text).toContain(" =\n  __describeOperation($277);");
    expect(statements[3]!.text).toMatch(
      / {2}\],\n {2}waiters,\n {2}commandAliases: \{\n {4}"add-tag": "add-tags",\n {2}\},\n\}\);\n$/,
    );
  });
});
