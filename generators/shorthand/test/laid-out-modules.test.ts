// The shorthand package's TypeScript modules are written in prettier's layout and skip it:
// commands.ts, index.ts and each operation's entry point must be marked preformatted, and be
// what prettier prints byte for byte, whatever the length of the operation and shape names
// (a long CLI name breaks `cliCommand(…)`'s arguments and moves an indexed type after `=`).
import { Model, preludeAst, type AstShape } from "@shapekit/model";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { emitContextFor } from "../../../test/support/emit-context.js";
import { emitShorthand } from "../src/index.js";

const format = (text: string) => prettier.format(text, { parser: "typescript", printWidth: 100 });

/** A service of the given operations, each with an input of one string member. */
function model(operations: readonly string[]): Model {
  const shapes: Record<string, AstShape> = {
    "ex#Svc": {
      type: "service",
      version: "1",
      operations: operations.map((op) => ({ target: `ex#${op}` })),
    },
  };
  for (const op of operations) {
    shapes[`ex#${op}`] = {
      type: "operation",
      input: { target: `ex#${op}Input` },
      output: { target: "smithy.api#Unit" },
    };
    shapes[`ex#${op}Input`] = {
      type: "structure",
      members: { Name: { target: "smithy.api#String" } },
    };
  }
  return new Model({ smithy: "2.0", shapes: { ...preludeAst().shapes, ...shapes } });
}

const operationName = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{2,8}([A-Z][a-z]{2,8}){0,2}$/),
  // A CLI name of 40 to 90 characters: past the line width in every statement that holds it.
  fc.stringMatching(/^[A-Z][a-z]{5,8}([A-Z][a-z]{6,10}){5,9}$/),
);

describe("the shorthand package's laid-out modules", () => {
  it("commands.ts, index.ts and the entry points are preformatted, and prettier's layout", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(operationName, { minLength: 1, maxLength: 3 }),
        async (operations) => {
          const files = emitShorthand(emitContextFor(model(operations), { kind: "shorthand" }));
          const modules = files.filter(
            (f) =>
              f.path === "src/commands.ts" ||
              f.path === "src/index.ts" ||
              f.path.startsWith("src/operations/"),
          );
          expect(modules).toHaveLength(2 + operations.length);
          for (const module of modules) {
            expect(module.preformatted, module.path).toBe(true);
            expect(module.contents, module.path).toBe(await format(module.contents));
          }
        },
      ),
      { numRuns: 25, seed: 4711 },
    );
  });

  it("breaks a long CLI name's statements as prettier does", async () => {
    const op = "ListTrainingJobsForHyperParameterTuningJobAndSomeMoreWords";
    const files = emitShorthand(emitContextFor(model([op]), { kind: "shorthand" }));
    const entry = files.find((f) => f.path === `src/operations/${op}.ts`)!;
    expect(entry.preformatted).toBe(true);
    expect(entry.contents).toContain("export type OptionMembers =\n  CommandOptionMembers[");
    expect(entry.contents).toContain("= __cliCommand(\n  commandLine,\n");
    expect(entry.contents).toBe(await format(entry.contents));
  });
});
