// The types generated from the real spec (`spec/`, as `npm run generate` selects it) must be
// assignable, without casts, to the AWS SDK v3's command input: a user can hand a value typed
// with our package straight to `new CreateEndpointConfigCommand(value)`. Compiled by ts-morph
// against the real node_modules; the generated files live only in memory.

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { emitTypes } from "@shapekit/emit-types";
import { loadModel, type EmitContext, type GeneratedFile, type Model } from "@shapekit/model";
import { beforeAll, describe, expect, it } from "vitest";
import { emitContextFor } from "../../../test/support/emit-context.js";
import { typeCheckWithNodeModules } from "./in-memory-type-check.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const specDir = `${repoRoot}spec`;
/** Never written: ts-morph keeps created source files in memory until saved. */
const checkRoot = `${repoRoot}.shapekit-tmp-types-sdk-check`;

interface SpecConfig {
  readonly service: string;
  readonly operations: readonly string[];
}

function specContext(model: Model): EmitContext {
  const config = JSON.parse(readFileSync(`${specDir}/shapekit.json`, "utf8")) as SpecConfig;
  return emitContextFor(model, {
    kinds: ["types"],
    service: config.service,
    operations: config.operations,
    name: "sagemaker-{kind}",
    sourceDescription: `spec/ (${config.service})`,
  });
}

function compileWithSdk(files: readonly GeneratedFile[], check: string): string[] {
  return typeCheckWithNodeModules(files, check, checkRoot);
}

describe("types from spec/ against @aws-sdk/client-sagemaker", () => {
  let files: GeneratedFile[];

  beforeAll(() => {
    // The model files of spec/, not the generation config that sits beside them.
    const modelFiles = readdirSync(specDir)
      .filter((f) => (f.endsWith(".smithy") || f.endsWith(".json")) && f !== "shapekit.json")
      .sort()
      .map((f) => `${specDir}/${f}`);
    const result = loadModel(modelFiles);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    files = emitTypes(specContext(result.model!));
  });

  it("CreateEndpointConfigInput is assignable to CreateEndpointConfigCommandInput without a cast", () => {
    const check = [
      `import type { CreateEndpointConfigCommandInput } from "@aws-sdk/client-sagemaker";`,
      `import type { CreateEndpointConfigInput, SageMakerOperations } from "./src/index.js";`,
      `declare const ours: CreateEndpointConfigInput;`,
      `export const input: CreateEndpointConfigCommandInput = ours;`,
      `declare const viaMap: SageMakerOperations["CreateEndpointConfig"]["input"];`,
      `export const again: CreateEndpointConfigCommandInput = viaMap;`,
    ].join("\n");
    expect(compileWithSdk(files, check)).toEqual([]);
  });

  it("the spec's extra AMI version is one the SDK accepts too", () => {
    // The spec adds al2-ami-sagemaker-inference-neuron-2; @aws-sdk/client-sagemaker 3.1142 has it
    // (AL2_NEURON_2). Should a newer spec get ahead of the SDK, this is the test that says so.
    const check = [
      `import type { ProductionVariantInferenceAmiVersion as SdkAmi } from "@aws-sdk/client-sagemaker";`,
      `import { ProductionVariantInferenceAmiVersion } from "./src/index.js";`,
      `export const neuron: SdkAmi = ProductionVariantInferenceAmiVersion.AL2_NEURON_2;`,
      `export const literal: ProductionVariantInferenceAmiVersion = "al2-ami-sagemaker-inference-neuron-2";`,
    ].join("\n");
    expect(compileWithSdk(files, check)).toEqual([]);
  });

  it("is a real check: a wrongly typed member is rejected", () => {
    const check = [
      `import type { CreateEndpointConfigCommandInput } from "@aws-sdk/client-sagemaker";`,
      `import type { CreateEndpointConfigInput } from "./src/index.js";`,
      `declare const bad: Omit<CreateEndpointConfigInput, "EndpointConfigName"> & { EndpointConfigName: number };`,
      `export const input: CreateEndpointConfigCommandInput = bad;`,
    ].join("\n");
    expect(compileWithSdk(files, check).join("\n")).toMatch(/check\.ts:4: .*not assignable/);
  });
});
