// Runtime imports are always aliased with a `__` prefix, and model names never start with one:
// together they make a clash between a runtime export and a model name impossible.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AstShape } from "../../src/ast.js";
import { Model } from "../../src/model.js";
import {
  runtimeName,
  runtimePackage,
  runtimeSpecifiers,
} from "../../src/naming/runtime-imports.js";
import { escapeName, typeScriptNames } from "../../src/naming/typescript-names.js";

describe("runtime imports", () => {
  it("aliases every name, values and types", () => {
    expect(runtimeSpecifiers(["memberPath", "type IssueCollector"])).toEqual([
      "memberPath as __memberPath",
      "type IssueCollector as __IssueCollector",
    ]);
    expect(runtimeSpecifiers(["DocumentType"])).toEqual(["DocumentType as __DocumentType"]);
    expect(runtimeName("ValidationError")).toBe("__ValidationError");
  });

  it("imports only from the runtime packages", () => {
    expect(() => runtimePackage("@shapekit/sagemaker-types")).toThrow(/not a runtime package/);
  });

  it("no model name escapes to an alias (property)", () => {
    const name = fc.stringMatching(/^_{0,3}[A-Za-z][A-Za-z0-9_]{0,10}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 8, selector: (n) => n.toLowerCase() }),
        (names) => {
          const shapes: Record<string, AstShape> = {};
          for (const n of names) shapes[`ex#${n}`] = { type: "structure", members: {} };
          const tsNames = typeScriptNames(new Model({ smithy: "2.0", shapes }));
          for (const n of names) {
            expect(tsNames.shapeName(`ex#${n}`).startsWith("__")).toBe(false);
            expect(escapeName(n).startsWith("__")).toBe(false);
          }
        },
      ),
    );
  });
});
