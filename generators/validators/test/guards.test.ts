// The type guards `is<Name>` (each shape's check run without a collector, which returns false at
// the first broken constraint and builds no path or message) against the validators, the same
// check with a collector: for every value, `is<Name>(value) === validate<Name>(value).ok`,
// default options (rules on). Over
// the SageMaker package: the labelled corpus (each input, and each of its parts against every
// shape of the package), values generated from the model with and without one mutation
// (seeded), and arbitrary values whose keys are the model's member names.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { loadModel } from "@shapekit/model";
import * as validators from "@shapekit/sagemaker-validators";
import { describe, expect, it } from "vitest";
import { corpus } from "./corpus.js";
import { mutations, valueArbitrary } from "./model-arbitrary.js";

const specDir = fileURLToPath(new URL("../../../spec/", import.meta.url));
const model = loadModel(
  readdirSync(specDir)
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => join(specDir, f)),
).model!;

interface GuardPair {
  readonly name: string;
  readonly is: (value: unknown) => boolean;
  readonly validate: (value: unknown) => { readonly ok: boolean };
}

/** Every `is<Name>` the package exports, with its `validate<Name>`. */
const exported = validators as unknown as Record<string, unknown>;
const pairs: GuardPair[] = Object.keys(exported)
  .filter((key) => /^is[A-Z]/.test(key))
  .sort()
  .map((key) => {
    const name = key.slice(2);
    const validate = exported[`validate${name}`];
    if (typeof validate !== "function") throw new Error(`${key} has no validate${name}`);
    return {
      name,
      is: exported[key] as GuardPair["is"],
      validate: validate as GuardPair["validate"],
    };
  });
const byName = new Map(pairs.map((p) => [p.name, p]));

/** Throws, naming the shape and value, when the guard and the validator disagree. */
function expectAgreement(pair: GuardPair, value: unknown): boolean {
  const verdict = pair.validate(value).ok;
  if (pair.is(value) !== verdict) {
    throw new Error(
      `is${pair.name} says ${!verdict}, validate${pair.name} says ${verdict} for ${JSON.stringify(value)?.slice(0, 300)}`,
    );
  }
  return verdict;
}

/** The distinct values inside `roots` (the roots included), in a stable order. */
function partsOf(roots: readonly unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const value = stack.pop();
    const text = JSON.stringify(value) ?? "undefined";
    if (seen.has(text)) continue;
    seen.set(text, value);
    if (typeof value === "object" && value !== null)
      for (const child of Object.values(value).reverse()) stack.push(child);
  }
  return [...seen.values()];
}

function arbitraryOf(name: string): fc.Arbitrary<unknown> {
  return valueArbitrary(model, model.expectShape(`com.amazonaws.sagemaker#${name}`));
}

/** A value generated for `name`, and the same value with each one mutation it allows. */
function withAndWithoutMutation(name: string): fc.Arbitrary<unknown> {
  const shape = model.expectShape(`com.amazonaws.sagemaker#${name}`);
  return arbitraryOf(name).chain((value) => {
    const points = mutations(model, shape, value);
    return fc.oneof(
      fc.constant(value),
      fc.constantFrom(...points).map((m) => m.apply(value)),
    );
  });
}

const memberNames = [
  ...new Set(
    model
      .closure(["com.amazonaws.sagemaker#CreateEndpointConfigInput"])
      .flatMap((s) => [...s.members.keys()]),
  ),
].sort();

describe("is<Name> gives the verdict of validate<Name>(value).ok", () => {
  it("covers every shape of the package", () => {
    expect(pairs.length).toBeGreaterThan(80);
    expect(byName.has("CreateEndpointConfigInput")).toBe(true);
  });

  it("on every input of the corpus, valid and invalid", () => {
    const pair = byName.get("CreateEndpointConfigInput")!;
    const verdicts = corpus().map((c) => expectAgreement(pair, c.input));
    // Both verdicts occur: the comparison is not all of one kind.
    expect(verdicts.filter((ok) => ok).length).toBeGreaterThan(100);
    expect(verdicts.filter((ok) => !ok).length).toBeGreaterThan(1000);
  });

  it("on every part of a sixth of the corpus inputs, against every shape", () => {
    // Every sixth input: a sample of each kind the corpus holds, at a sixth of the time.
    const parts = partsOf(corpus().flatMap((c, i) => (i % 6 === 0 ? [c.input] : [])));
    expect(parts.length).toBeGreaterThan(4000);
    let accepted = 0;
    for (const pair of pairs) for (const part of parts) if (expectAgreement(pair, part)) accepted++;
    expect(accepted).toBeGreaterThan(1000);
  });

  it("on generated values, with and without one mutation (seeded)", () => {
    for (const name of [
      "CreateEndpointConfigInput",
      "ProductionVariant",
      "DataCaptureConfig",
      "ExplainerConfig",
      "AsyncInferenceConfig",
      "Tag",
    ]) {
      const pair = byName.get(name)!;
      fc.assert(
        fc.property(withAndWithoutMutation(name), (value) => {
          expectAgreement(pair, value);
        }),
        { numRuns: name === "CreateEndpointConfigInput" ? 1000 : 200, seed: 2024 },
      );
    }
  });

  it("on arbitrary values keyed by the model's member names, against every shape (seeded)", () => {
    const key = fc.oneof(fc.constantFrom(...memberNames), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.anything({ key, maxDepth: 4 }), fc.constantFrom(...pairs), (value, pair) => {
        expectAgreement(pair, value);
      }),
      { numRuns: 3000, seed: 99 },
    );
  });

  it("on a value that throws when read: false, as validate reports it", () => {
    const pair = byName.get("Tag")!;
    const hostile = {
      Key: "k",
      get Value(): string {
        throw new Error("no");
      },
    };
    expect(pair.validate(hostile).ok).toBe(false);
    expect(pair.is(hostile)).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(expectAgreement(pair, revoked.proxy)).toBe(false);
  });
});
