// Types generated from a botocore service-2.json against the AWS SDK v3. botocore marks some
// shapes `union: true`; the converter keeps them as Smithy unions and the types emitter writes
// tagged unions, which the SDK's union types accept, so such inputs are assignable without
// casts. A shape botocore models as a plain structure where the SDK's Smithy model has a union
// (DynamoDB's AttributeValue) is not: the last test shows that the flag is what decides it.
// TypeScript accepts the structure form for a union of one member (CollectionConfig), not for
// more (CustomFileSystem has three, AttributeValue ten). The fixture is the closure of three
// SageMaker operations reaching four unions, from botocore 1.43.11 (documentation left out);
// @aws-sdk/client-sagemaker is the repository's devDependency.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { emitTypes } from "@shapekit/emit-types";
import { loadModel, type EmitContext, type GeneratedFile, type Model } from "@shapekit/model";
import { afterAll, describe, expect, it } from "vitest";
import { emitContextFor } from "../../../test/support/emit-context.js";
import { typeCheckWithNodeModules } from "./in-memory-type-check.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(
  new URL("./sdk-fixtures/botocore-unions/service-2.json", import.meta.url),
);
/** Never written: ts-morph keeps created source files in memory until saved. */
const checkRoot = `${repoRoot}.shapekit-tmp-types-botocore-check`;
const UNIONS = ["AIDatasetConfig", "CollectionConfig", "CustomFileSystem", "WorkloadSpec"];
const OPERATIONS = ["UpdateFeatureGroup", "CreateAIWorkloadConfig", "UpdateSpace"];

const temp = mkdtempSync(path.join(os.tmpdir(), "shapekit-botocore-unions-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function load(file: string): Model {
  const result = loadModel([file]);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.model!;
}

function context(model: Model): EmitContext {
  return emitContextFor(model, {
    kinds: ["types"],
    operations: OPERATIONS,
    npmScope: "@example",
    name: "sagemaker-{kind}",
    sourceDescription: "service-2.json",
  });
}

/** The fields of a service-2.json these tests read and change. */
interface Service2Json {
  shapes: Record<string, { union?: boolean; members?: Record<string, unknown> }>;
}
const readService2 = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Service2Json;

function compileWithSdk(files: readonly GeneratedFile[], check: string): string[] {
  return typeCheckWithNodeModules(files, check, checkRoot);
}

const CHECK = OPERATIONS.flatMap((op) => [
  `import type { ${op}CommandInput } from "@aws-sdk/client-sagemaker";`,
  `import type { ${op}Request } from "./src/index.js";`,
  `declare const ${op}Ours: ${op}Request;`,
  `export const ${op}Sdk: ${op}CommandInput = ${op}Ours;`,
]).join("\n");

describe("types from botocore service-2.json against @aws-sdk/client-sagemaker", () => {
  it("keeps every shape botocore marks union: true as a union", () => {
    const model = load(fixture);
    const marked = Object.entries(readService2(fixture).shapes)
      .filter(([, shape]) => shape.union === true)
      .map(([name]) => name)
      .sort();
    expect(marked).toEqual(UNIONS);
    const service = model.ownShapes().find((s) => s.type === "service")!;
    for (const name of marked)
      expect(model.expectShape(`${service.namespace}#${name}`).type).toBe("union");
  });

  it("inputs reaching botocore's unions are assignable to the SDK's command inputs without casts", () => {
    expect(compileWithSdk(emitTypes(context(load(fixture))), CHECK)).toEqual([]);
  });

  it("a union of several members that botocore models as a structure (as DynamoDB's AttributeValue) is not assignable", () => {
    const json = readService2(fixture);
    const customFileSystem = json.shapes["CustomFileSystem"]!;
    expect(Object.keys(customFileSystem.members ?? {})).toHaveLength(3);
    delete customFileSystem.union;
    const file = path.join(temp, "service-2.json");
    writeFileSync(file, JSON.stringify(json));
    const diagnostics = compileWithSdk(emitTypes(context(load(file))), CHECK);
    // Line 12 assigns UpdateSpace's input, the one operation reaching CustomFileSystem.
    expect(diagnostics.map((d) => d.split(": ")[0])).toEqual(["check.ts:12"]);
    expect(diagnostics[0]).toMatch(/not assignable/);
  });
});
