// Hostile input: the validators return issues or a clean result after bounded work, never throw,
// overflow the stack or touch a prototype. Also runs a seeded sample of the fuzzer
// (scripts/fuzz-validators.mjs; `npm run fuzz` runs 100,000 values).

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emitValidators } from "@shapekit/emit-validators";
import { MAX_RECURSION_DEPTH } from "@shapekit/validation";
import { afterAll, describe, expect, it } from "vitest";
import {
  validate,
  validateCreateEndpointConfigInput,
  validateProductionVariant,
} from "@shapekit/sagemaker-validators";
// @ts-expect-error: a plain .mjs script without declarations
import { fuzzValidators } from "../../../scripts/fuzz-validators.mjs";
import { emitContextFor, fixtureModel } from "./fixture-model.js";

const valid = { EndpointConfigName: "cfg", ProductionVariants: [{ VariantName: "v" }] };
const scratch = fileURLToPath(new URL("./.shapekit-tmp-robustness/", import.meta.url));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function nested(depth: number, leaf: unknown, wrap: (v: unknown) => unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = wrap(v);
  return v;
}

/**
 * `depth` nested one-element arrays whose reads are counted: the validator's work is bounded by
 * how much of the value it looks at, so the count stands in for time (no wall-clock asserts).
 */
function countedNesting(depth: number): { value: unknown; reads: () => number } {
  let reads = 0;
  const value = nested(
    depth,
    1,
    (v) =>
      new Proxy([v], {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  return { value, reads: () => reads };
}

describe("hostile input", () => {
  it("100,000 levels of nested arrays, as the value and as members: rejected after a bounded look", () => {
    const places: Array<(deep: unknown) => unknown> = [
      (deep) => deep,
      (deep) => ({ ...valid, ProductionVariants: deep }),
      (deep) => ({ ...valid, Tags: deep }),
      (deep) => ({ ...valid, VpcConfig: { SecurityGroupIds: deep, Subnets: ["s"] } }),
    ];
    for (const place of places) {
      const { value: deep, reads } = countedNesting(100_000);
      const result = validate("CreateEndpointConfigInput", place(deep));
      expect(result.ok).toBe(false);
      // Each level is read a few times at most, and never past the recursion limit.
      expect(reads()).toBeLessThan(20 * (MAX_RECURSION_DEPTH + 1));
    }
  });

  it("100,000 levels of nested objects under an unknown key and a known one", () => {
    const deep = nested(100_000, {}, (v) => ({ a: v }));
    const result = validate("CreateEndpointConfigInput", {
      ...valid,
      ExplainerConfig: deep,
      Extra: deep,
    });
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ["Extra", "unknown"],
      ["ExplainerConfig.a", "unknown"],
    ]);
  });

  it("a 50 MB string as a value, a key and a tag", () => {
    const huge = "a".repeat(50 * 2 ** 20);
    // Its time is measured by `npm run bench` (bench/untrusted-input.mjs), not asserted here.
    const result = validate("CreateEndpointConfigInput", {
      ...valid,
      EndpointConfigName: huge,
      Tags: [{ Key: huge, Value: "v" }],
      [huge]: 1,
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.code).sort()).toEqual(["length", "length", "unknown"]);
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
  });

  it("keys named __proto__, constructor and toString are ordinary unknown keys, and nothing is polluted", () => {
    const text = `{"EndpointConfigName":"c","ProductionVariants":[{"VariantName":"v","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}],"toString":"x","__proto__":[]}`;
    const result = validate("CreateEndpointConfigInput", JSON.parse(text));
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ["toString", "unknown"],
      ["__proto__", "unknown"],
      ["ProductionVariants[0].__proto__", "unknown"],
      ["ProductionVariants[0].constructor", "unknown"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("inherited members do not count as present; null-prototype objects are objects", () => {
    expect(validateProductionVariant(Object.create({ VariantName: 5 })).ok).toBe(false);
    const bare = Object.assign(Object.create(null) as object, { VariantName: "v" });
    expect(validateProductionVariant(bare).ok).toBe(true);
  });

  it("values that throw when read become an issue, not an exception", () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    );
    const getter = Object.defineProperty({ EndpointConfigName: "c" }, "ProductionVariants", {
      enumerable: true,
      get: () => {
        throw new Error("getter");
      },
    });
    for (const value of [throwing, getter]) {
      const result = validateCreateEndpointConfigInput(value);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues[0]!.message).toMatch(/could not be read/);
    }
  });

  it("recursive shapes deeper than the limit get one issue instead of a stack overflow", async () => {
    const files = emitValidators(
      emitContextFor(
        fixtureModel(fileURLToPath(new URL("./fixtures/recursion/", import.meta.url))),
      ),
    );
    for (const f of files.filter((file) => file.path.startsWith("src/"))) {
      mkdirSync(dirname(join(scratch, f.path)), { recursive: true });
      writeFileSync(join(scratch, f.path), f.contents);
    }
    const pkg = (await import(join(scratch, "src/index.ts"))) as {
      validate: (
        s: string,
        v: unknown,
      ) => { ok: boolean; issues?: { path: string; message: string }[] };
    };
    const within = nested(MAX_RECURSION_DEPTH - 1, { label: "leaf" }, (v) => ({
      label: "n",
      next: v,
    }));
    expect(pkg.validate("Node", within).ok).toBe(true);
    for (const depth of [MAX_RECURSION_DEPTH + 1, 100_000]) {
      const deep = nested(depth, { label: "leaf" }, (v) => ({ label: "n", children: [v] }));
      const result = pkg.validate("Node", deep);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues![0]!.message).toMatch(/more than 500 levels/);
    }
    const expression = nested(100_000, { literal: 1 }, (v) => ({ negate: v }));
    expect(pkg.validate("Expression", expression).ok).toBe(false);
  });

  it("a recursive list too long to walk still leaves its level: later values keep their depth", async () => {
    const model = join(scratch, "long-list-model");
    mkdirSync(model, { recursive: true });
    writeFileSync(
      join(model, "model.smithy"),
      `$version: "2.0"
namespace example.longlist

service Lists { operations: [Put] }

operation Put { input := { root: Node } }

structure Node {
    children: NodeList
    next: Node
}

@length(max: 1)
list NodeList { member: Node }
`,
    );
    const out = join(scratch, "long-list");
    for (const f of emitValidators(emitContextFor(fixtureModel(model)))) {
      if (!f.path.startsWith("src/")) continue;
      mkdirSync(dirname(join(out, f.path)), { recursive: true });
      writeFileSync(join(out, f.path), f.contents);
    }
    const pkg = (await import(join(out, "src/index.ts"))) as {
      validate: (
        s: string,
        v: unknown,
      ) => { ok: boolean; issues?: { path: string; code: string }[] };
    };
    // Too many children to walk (past both the maximum and the walk limit), then a chain of
    // `next` exactly as deep as the limit allows: only the length is wrong.
    const chain = nested(MAX_RECURSION_DEPTH - 2, {}, (v) => ({ next: v }));
    const value = { children: new Array<unknown>(70_000).fill({}), next: chain };
    const result = pkg.validate("Node", value);
    expect(result.issues?.map((i) => [i.path, i.code])).toEqual([["children", "length"]]);
  });

  it("a seeded sample of the fuzzer (2,000 adversarial values) finds no crash", async () => {
    const fuzz = fuzzValidators as (options: object) => Promise<{ count: number }>;
    const { count } = await fuzz({ runs: 2000, seed: 20240601 });
    expect(count).toBe(2000);
  });
});
