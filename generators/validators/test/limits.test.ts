// The generated validators do work in proportion to what they report and see only the value's
// own data: floods of bad items and unknown keys end at the issue cap (counted in reads of the
// value and in issues, never in time), an array's `length` alone is never walked, capped
// results are a prefix of uncapped ones, a polluted Object.prototype supplies no member, and
// timestamps take strict forms only.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { emitValidators } from "@shapekit/emit-validators";
import {
  DEFAULT_MAX_ISSUES,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "@shapekit/validation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  validate,
  validateCreateEndpointConfigInput,
  validateProductionVariant,
} from "@shapekit/sagemaker-validators";
import { emitContextFor, fixtureModel } from "./fixture-model.js";

const valid = { EndpointConfigName: "cfg", ProductionVariants: [{ VariantName: "v" }] };
const scratch = fileURLToPath(new URL("./.shapekit-tmp-limits/", import.meta.url));

type Validate = (
  shape: string,
  value: unknown,
  options?: ValidateOptions,
) => ValidationResult<unknown>;
/** The constraints fixture's package (a sparse list and a unique list without `@length`, a map, a timestamp). */
let fixture: Validate;

beforeAll(async () => {
  const files = emitValidators(
    emitContextFor(
      fixtureModel(fileURLToPath(new URL("./fixtures/constraints/", import.meta.url))),
    ),
  );
  for (const f of files.filter((file) => file.path.startsWith("src/"))) {
    mkdirSync(dirname(join(scratch, f.path)), { recursive: true });
    writeFileSync(join(scratch, f.path), f.contents);
  }
  fixture = ((await import(join(scratch, "src/index.ts"))) as { validate: Validate }).validate;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const issuesOf = (result: ValidationResult<unknown>): readonly ValidationIssue[] =>
  result.ok ? [] : result.issues;
const pairs = (result: ValidationResult<unknown>) => issuesOf(result).map((i) => [i.path, i.code]);

/** `items` behind a Proxy that counts how often an item is looked at (read or tested for). */
function counted(items: unknown[]): { list: unknown[]; reads: () => number } {
  let reads = 0;
  const isIndex = (key: string | symbol) => typeof key === "string" && /^\d+$/.test(key);
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (isIndex(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
    getOwnPropertyDescriptor(target, key) {
      if (isIndex(key)) reads++;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    has(target, key) {
      if (isIndex(key)) reads++;
      return Reflect.has(target, key);
    },
  });
  return { list, reads: () => reads };
}

function sparseArray(): unknown[] {
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  return sparse;
}

describe("issue floods end at the cap", () => {
  it("a list of a million bad items: 100 issues, a truncated entry, and about 100 items looked at", () => {
    const { list, reads } = counted(new Array<number>(1_000_000).fill(0));
    const result = fixture("PutInput", { name: "ab", sparse: list });
    const issues = issuesOf(result);
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    expect(issues.slice(0, 3).map((i) => [i.path, i.code])).toEqual([
      ["sparse[0]", "type"],
      ["sparse[1]", "type"],
      ["sparse[2]", "type"],
    ]);
    expect(issues.at(-1)).toMatchObject({ path: "", code: "truncated", severity: "error" });
    // Each item is tested for (own?) and read once; the walk stops at item 100.
    expect(reads()).toBeLessThanOrEqual(2 * (DEFAULT_MAX_ISSUES + 1));
  });

  it("maxIssues sets the cap; Infinity lists every issue", () => {
    const zeros = new Array<number>(500).fill(0);
    expect(
      issuesOf(fixture("PutInput", { name: "ab", sparse: zeros }, { maxIssues: 10 })),
    ).toHaveLength(11);
    const all = issuesOf(
      fixture("PutInput", { name: "ab", sparse: zeros }, { maxIssues: Infinity }),
    );
    expect(all).toHaveLength(500);
    expect(all.some((i) => i.code === "truncated")).toBe(false);
  });

  it("a list longer than its @length maximum and LIST_SKIP_LENGTH gets the length issue and no walk", () => {
    const { list, reads } = counted(new Array<number>(5_000_000).fill(0));
    expect(pairs(validate("CreateEndpointConfigInput", { ...valid, Tags: list }))).toEqual([
      ["Tags", "length"],
    ]);
    expect(reads()).toBe(0);
    // Below LIST_SKIP_LENGTH a list that is too long still has its items checked.
    expect(
      pairs(
        validate("CreateEndpointConfigInput", {
          ...valid,
          Tags: [0, ...new Array<unknown>(50).fill({ Key: "k", Value: "v" })],
        }),
      ).slice(0, 2),
    ).toEqual([
      ["Tags", "length"],
      ["Tags[0]", "type"],
    ]);
  });

  it("a million unknown keys: 101 entries and messages of bounded size", () => {
    const value: Record<string, unknown> = { ...valid };
    for (let i = 0; i < 1_000_000; i++) value[`key${i}`] = i;
    const issues = issuesOf(validateCreateEndpointConfigInput(value));
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    expect(issues.slice(0, DEFAULT_MAX_ISSUES).every((i) => i.code === "unknown")).toBe(true);
    expect(issues.at(-1)!.message).toBe(
      `more issues not shown: validation stopped after the first ${DEFAULT_MAX_ISSUES}`,
    );
    const size = issues.reduce((n, i) => n + i.path.length + i.message.length, 0);
    expect(size).toBeLessThan((DEFAULT_MAX_ISSUES + 1) * 300);
  });

  it("equal items of a @uniqueItems list stop at the cap too", () => {
    const issues = issuesOf(
      fixture("PutInput", { name: "ab", unique: new Array<string>(1_000_000).fill("a") }),
    );
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    expect(issues[0]!.path).toBe("unique[1]");
  });

  it("a sparse array of length 2**32 - 1: holes are missing items, and the walk ends at the cap", () => {
    expect(pairs(validate("CreateEndpointConfigInput", { ...valid, Tags: sparseArray() }))).toEqual(
      [["Tags", "length"]],
    );
    expect(
      pairs(validate("CreateEndpointConfigInput", { ...valid, ProductionVariants: sparseArray() })),
    ).toEqual([["ProductionVariants", "length"]]);
    for (const member of ["sparse", "unique"]) {
      const issues = issuesOf(fixture("PutInput", { name: "ab", [member]: sparseArray() }));
      expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
      expect(issues[0]).toMatchObject({
        path: `${member}[0]`,
        code: "type",
        message: "expected a string, found undefined",
      });
    }
  });
});

describe("capped results are the first N of uncapped ones (property)", () => {
  const corpusInputs = readFileSync(
    new URL("./data/validate-create-endpoint-config.jsonl", import.meta.url),
    "utf8",
  )
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { input: unknown }).input);
  // Corpus inputs, and inputs flooded with bad tags, variants and unknown keys.
  const floods = fc
    .record({
      Tags: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 40 }),
      ProductionVariants: fc.array(
        fc.dictionary(
          fc.constantFrom("VariantName", "ModelName", "variantName", "x"),
          fc.jsonValue({ maxDepth: 1 }),
        ),
        { maxLength: 12 },
      ),
      extra: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), {
        maxKeys: 30,
      }),
    })
    .map(({ Tags, ProductionVariants, extra }) => ({
      ...extra,
      EndpointConfigName: "c",
      Tags,
      ProductionVariants,
    }));
  const inputs = fc.oneof(fc.constantFrom(...corpusInputs), floods);

  it("for any cap, with rules on or off", () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 30 }), fc.boolean(), (value, max, rules) => {
        const all = issuesOf(
          validateCreateEndpointConfigInput(value, { rules, maxIssues: Infinity }),
        );
        const capped = issuesOf(
          validateCreateEndpointConfigInput(value, { rules, maxIssues: max }),
        );
        expect(capped.slice(0, max)).toEqual(all.slice(0, max));
        if (all.length > max) {
          expect(capped).toHaveLength(max + 1);
          expect(capped[max]!.code).toBe("truncated");
        } else {
          expect(capped).toEqual(all);
        }
      }),
      { numRuns: 1000, seed: 2024 },
    );
  });
});

describe("validators see own data only", () => {
  it("members inherited from a polluted Object.prototype are neither present nor unknown", () => {
    const proto = Object.prototype as unknown as Record<string, unknown>;
    try {
      proto.VariantName = "v";
      proto.EndpointConfigName = "cfg";
      proto.ProductionVariants = [{ VariantName: "v" }];
      proto.Extra = 1;
      expect(pairs(validateProductionVariant({}))).toEqual([["VariantName", "required"]]);
      expect(pairs(validate("CreateEndpointConfigInput", {}))).toEqual([
        ["EndpointConfigName", "required"],
        ["ProductionVariants", "required"],
      ]);
      expect(
        validate("CreateEndpointConfigInput", {
          EndpointConfigName: "cfg",
          ProductionVariants: [{ VariantName: "v" }],
        }).ok,
      ).toBe(true);
      // A map's entries are its own keys: `labels` has one entry, within its 1..2.
      expect(fixture("PutInput", { name: "ab", labels: { a: "x" } }).ok).toBe(true);
    } finally {
      delete proto.VariantName;
      delete proto.EndpointConfigName;
      delete proto.ProductionVariants;
      delete proto.Extra;
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("inherited members of a value's own prototype do not count either", () => {
    expect(pairs(validateProductionVariant(Object.create({ VariantName: "v" })))).toEqual([
      ["VariantName", "required"],
    ]);
  });

  it("an array's hole is a missing item, not what a polluted Array.prototype holds there", () => {
    const proto = Array.prototype as unknown as Record<string, unknown>;
    try {
      proto["0"] = { VariantName: "v" };
      const holey = new Array<unknown>(1);
      expect(
        pairs(
          validate("CreateEndpointConfigInput", {
            EndpointConfigName: "cfg",
            ProductionVariants: holey,
          }),
        ),
      ).toEqual([["ProductionVariants[0]", "type"]]);
    } finally {
      delete proto["0"];
    }
  });
});

describe("timestamps take strict forms only", () => {
  it("accepts Dates, epoch seconds and ISO 8601 strings; refuses what only Date.parse would read", () => {
    for (const at of [
      new Date(0),
      1_700_000_000,
      "1700000000",
      "2024-05-01",
      "2024-05-01T12:30:15Z",
      "2024-05-01 12:30:15.5+02:00",
    ]) {
      expect(fixture("PutInput", { name: "ab", at }).ok, String(at)).toBe(true);
    }
    for (const at of [
      "hello 1",
      "Tue, 29 Apr 2014 18:30:38 GMT",
      "2024-02-30",
      "2024-05-01T24:00:00Z",
      1e20,
      Number.NaN,
      new Date(Number.NaN),
      true,
    ]) {
      expect(pairs(fixture("PutInput", { name: "ab", at })), String(at)).toEqual([["at", "type"]]);
    }
    expect(issuesOf(fixture("PutInput", { name: "ab", at: "hello 1" }))[0]!.message).toBe(
      'expected a timestamp (Date, epoch seconds or ISO 8601 date-time string), found the string "hello 1"',
    );
  });
});
