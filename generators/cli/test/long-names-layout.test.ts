// Statements the emitters lay out themselves (not through prettier) must be exactly what
// prettier prints, whatever the length of the names in them: a long input type pushes the typed
// `validateInput` past the line width, where prettier breaks after the `=` instead.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";
import { temporaryFolders } from "./temp-folders.js";

const tempDir = temporaryFolders("long-names");

/** A service-2 model with one operation whose input shape is named `input`. */
function model(operation: string, input: string): string {
  return JSON.stringify({
    version: "2.0",
    metadata: {
      apiVersion: "2020-01-01",
      endpointPrefix: "longnames",
      jsonVersion: "1.1",
      protocol: "json",
      serviceFullName: "Long Names",
      serviceId: "longnames",
      signatureVersion: "v4",
      targetPrefix: "LongNames",
      uid: "longnames-2020-01-01",
    },
    operations: {
      [operation]: {
        name: operation,
        http: { method: "POST", requestUri: "/" },
        input: { shape: input },
      },
    },
    shapes: {
      [input]: { type: "structure", required: ["Mode"], members: { Mode: { shape: "Mode" } } },
      Mode: { type: "string", enum: ["On", "Off"] },
    },
  });
}

describe("laid-out statements with long names", () => {
  // Short, at the width, and past it: the head of `validateInput` is 44 characters plus the name.
  for (const length of [8, 36, 48, 64, 90]) {
    it(`an input type of ${length} characters: prettier's layout, byte for byte`, async () => {
      const dir = tempDir();
      const input = `I${"n".repeat(length - 1)}`;
      writeFileSync(path.join(dir, "service-2.json"), model("DoIt", input));
      const previous = process.env.SHAPEKIT_VERIFY_PREFORMATTED;
      process.env.SHAPEKIT_VERIFY_PREFORMATTED = "1";
      try {
        const run = await runShapekit(
          [
            "generate",
            "--model",
            "service-2.json",
            "--out",
            "out",
            "--packages",
            "types,validators",
          ],
          { cwd: dir },
        );
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
      } finally {
        if (previous === undefined) delete process.env.SHAPEKIT_VERIFY_PREFORMATTED;
        else process.env.SHAPEKIT_VERIFY_PREFORMATTED = previous;
      }
      const entry = readFileSync(
        path.join(dir, "out/longnames-validators/src/operations/DoIt.ts"),
        "utf8",
      );
      expect(entry).toContain(`export const validateInput: __InputValidator<${input}> =`);
      expect(await prettier.format(entry, { parser: "typescript", printWidth: 100 })).toBe(entry);
    });
  }
});
