// The stand-ins of a lazy root (`@shapekit/validation/lazy`): each loads its module on the
// first call only, then answers as the real function; a validator's Standard Schema is the real
// one's; a package inconsistent with itself is a clear error, not a wrong answer.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ValidationError,
  defineAssertion,
  defineCheckGuard,
  defineValidator,
  type IssueCollector,
  type ShapeValidator,
} from "@shapekit/validation";
import * as lazyEntry from "@shapekit/validation/lazy";
import { lazyFunction, lazyValidator, moduleLoader } from "@shapekit/validation/lazy";

/** A check accepting strings of at most 3 characters. */
const checkShort = (v: unknown, p: string, c?: IssueCollector) => {
  if (typeof v === "string" && v.length <= 3) return true;
  if (!c) return false;
  c.type(p, "a short string", v);
  return true;
};
const validateShort: ShapeValidator<string> = defineValidator<string>(checkShort);
const realModule = {
  validateShort,
  isShort: defineCheckGuard<string>(checkShort),
  assertShort: defineAssertion<string>("Short", validateShort),
};

/** A loader over one module (`./short.js`) that records every load. */
function recordingLoader() {
  const loads: string[] = [];
  const modules = moduleLoader(
    (specifier) => {
      loads.push(specifier);
      return realModule;
    },
    ["./short.js"],
  );
  return { loads, modules };
}

describe("moduleLoader", () => {
  it("loads each module once, on its first use", () => {
    const loads: string[] = [];
    const modules = moduleLoader(
      (specifier) => {
        loads.push(specifier);
        return { specifier };
      },
      ["./a.js", "./b.js"],
    );
    expect(loads).toEqual([]);
    expect(modules(1)).toEqual({ specifier: "./b.js" });
    expect(modules(1)).toBe(modules(1));
    expect(modules(0)).toEqual({ specifier: "./a.js" });
    expect(loads).toEqual(["./b.js", "./a.js"]);
  });

  it("refuses an index outside its list without loading anything", () => {
    const loads: string[] = [];
    const modules = moduleLoader((s) => loads.push(s), ["./a.js"]);
    expect(() => modules(1)).toThrow(RangeError);
    expect(() => modules(-1)).toThrow(/module -1 is not one of the 1 listed/);
    expect(loads).toEqual([]);
  });
});

describe("lazyFunction and lazyValidator", () => {
  it("load nothing until called, then answer as the real functions for any value", () => {
    const { loads, modules } = recordingLoader();
    const isShort = lazyFunction<typeof realModule.isShort>(modules, 0, "isShort");
    const validate = lazyValidator<typeof validateShort>(modules, 0, "validateShort");
    const assertShort: typeof realModule.assertShort = lazyFunction(modules, 0, "assertShort");
    expect(loads).toEqual([]);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isShort(value)).toBe(realModule.isShort(value));
        expect(validate(value, { maxIssues: 5 })).toEqual(validateShort(value, { maxIssues: 5 }));
        let thrown: unknown;
        try {
          assertShort(value);
        } catch (e) {
          thrown = e;
        }
        expect(thrown === undefined).toBe(realModule.isShort(value));
        if (thrown !== undefined) expect(thrown).toBeInstanceOf(ValidationError);
      }),
      { seed: 7, numRuns: 200 },
    );
    expect(loads).toEqual(["./short.js"]);
  });

  it("give a validator the real one's Standard Schema, loading the module to read it", () => {
    const { loads, modules } = recordingLoader();
    const validate = lazyValidator<typeof validateShort>(modules, 0, "validateShort");
    expect(Object.keys(validate)).toEqual([]);
    expect(loads).toEqual([]);
    expect(validate["~standard"]).toBe(validateShort["~standard"]);
    expect(validate["~standard"].validate("toolong")).toEqual(
      validateShort["~standard"].validate("toolong"),
    );
    expect(loads).toEqual(["./short.js"]);
  });

  it("name the function a module lacks instead of calling something else", () => {
    const { modules } = recordingLoader();
    const missing = lazyFunction<(v: unknown) => boolean>(modules, 0, "isMissing");
    expect(() => missing(1)).toThrow(TypeError);
    expect(() => missing(1)).toThrow(/has no function "isMissing"/);
  });
});

describe("@shapekit/validation/lazy", () => {
  it("shares ValidationError with the runtime's root (one class, instanceof holds)", () => {
    expect(lazyEntry.ValidationError).toBe(ValidationError);
  });

  it("exports the stand-ins and what a lazy root re-exports, and nothing else", () => {
    expect(Object.keys(lazyEntry).sort()).toEqual([
      "ValidationError",
      "lazyFunction",
      "lazyValidator",
      "moduleLoader",
      "unknownShapeResult",
      "validateByName",
    ]);
  });
});
