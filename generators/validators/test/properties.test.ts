// Property tests over the SageMaker model (spec/): values generated from the model's own
// constraints validate clean, and one mutation of such a value (wrong type, out of range,
// removed required member, unknown key) is reported, and reported only, at the mutated path.
// With `{ rules: false }`: the rules are prose constraints a generator from traits cannot know.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { loadModel } from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { validate, validateCreateEndpointConfigInput } from "@shapekit/sagemaker-validators";
import { mutations, valueArbitrary } from "./model-arbitrary.js";
import { errorPaths } from "./corpus.js";

const specDir = fileURLToPath(new URL("../../../spec/", import.meta.url));
const model = loadModel(
  readdirSync(specDir)
    .filter((f) => f.endsWith(".smithy"))
    .map((f) => join(specDir, f)),
).model!;
const input = model.expectShape("com.amazonaws.sagemaker#CreateEndpointConfigInput");
const inputs = valueArbitrary(model, input);

describe("property: generated from the model", () => {
  it("valid values validate clean", () => {
    fc.assert(
      fc.property(inputs, (value) => {
        const result = validateCreateEndpointConfigInput(value, { rules: false });
        if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("every shape's own validator accepts its generated values", () => {
    for (const name of [
      "ProductionVariant",
      "DataCaptureConfig",
      "ExplainerConfig",
      "Tag",
      "AsyncInferenceConfig",
    ]) {
      const shape = model.expectShape(`com.amazonaws.sagemaker#${name}`);
      fc.assert(
        fc.property(
          valueArbitrary(model, shape),
          (value) => validate(name as "Tag", value, { rules: false }).ok,
        ),
        { numRuns: 100, seed: 7 },
      );
    }
  });

  it("one mutation is reported at the mutated path, and only there", () => {
    const withMutation = inputs.chain((value) => {
      const points = mutations(model, input, value);
      return fc.record({ value: fc.constant(value), mutation: fc.constantFrom(...points) });
    });
    fc.assert(
      fc.property(withMutation, ({ value, mutation }) => {
        const result = validateCreateEndpointConfigInput(mutation.apply(value), { rules: false });
        expect(result.ok, `${mutation.kind} at ${mutation.path}`).toBe(false);
        expect(errorPaths(result.ok ? [] : result.issues), mutation.kind).toEqual([mutation.path]);
      }),
      { numRuns: 1000, seed: 1234 },
    );
  });
});
