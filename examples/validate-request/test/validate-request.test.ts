// The example end to end: the program on the sample files (real output, exit codes), and each
// module on its own: the form answer, the type guard, Standard Schema (with zod beside us, to
// show the function is generic), and ajv agreeing with the validators under `{ rules: false }`.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateCreateEndpointConfigInput } from "@shapekit/sagemaker-validators";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validateWithJsonSchema } from "../src/json-schema.js";
import { validateWithAnySchema } from "../src/standard-schema.js";
import { describeRequest } from "../src/type-guard.js";
import { answerForm } from "../src/web-form.js";

const here = fileURLToPath(new URL("..", import.meta.url));
const request = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../requests/${name}`, import.meta.url), "utf8"));

describe("example: validate a request", () => {
  it("type-checks and runs as a program", () => {
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL("../../../node_modules/typescript/bin/tsc", import.meta.url)), "-b"],
      { cwd: here },
    );

    const invalid = spawnSync(process.execPath, ["dist/main.js", "requests/invalid.json"], {
      cwd: here,
      encoding: "utf8",
    });
    expect(invalid.status).toBe(1);
    expect(invalid.stdout.split("\n")).toEqual([
      "requests/invalid.json: invalid (7 errors, 0 warnings)",
      "  error   KmsKeyID [unknown]: `KmsKeyID` is not a member of CreateEndpointConfigInput; did you mean `KmsKeyId`?",
      '  error   EndpointConfigName [pattern]: "recommender config" does not match the pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$',
      "  error   ProductionVariants[0].InitialInstanceCount [range]: 0 is below the minimum of 1",
      '  error   ProductionVariants[0].InstanceType [enum]: "ml.m5.larg" is not a value of ProductionVariantInstanceType; did you mean `ml.m5.large`?',
      "  error   ProductionVariants[0].ServerlessConfig.MemorySizeInMB [rule]: 3000 is not a multiple of 1024",
      "  error   ProductionVariants[0].ServerlessConfig.ProvisionedConcurrency [rule]: `ProvisionedConcurrency` (4) must not be greater than `MaxConcurrency` (2)",
      '  error   Tags[1].Key [rule]: the list TagList: `Key` must be unique, but item 1 repeats item 0 (the string "team")',
      "JSON Schema (ajv): invalid at KmsKeyID, EndpointConfigName, ProductionVariants[0].InitialInstanceCount, ProductionVariants[0].InstanceType",
      "",
    ]);

    const plain = spawnSync(
      process.execPath,
      ["dist/main.js", "--no-rules", "file://requests/invalid.json"],
      { cwd: here, encoding: "utf8" },
    );
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain("invalid (4 errors, 0 warnings)");
    expect(plain.stdout).not.toContain("[rule]");

    const valid = spawnSync(process.execPath, ["dist/main.js", "requests/valid.json"], {
      cwd: here,
      encoding: "utf8",
    });
    expect(valid.status).toBe(0);
    expect(valid.stdout).toBe(
      [
        "requests/valid.json: valid (0 errors, 1 warning)",
        "  warning ProductionVariants[0].AcceleratorType [rule]: `AcceleratorType` is deprecated: Elastic Inference is discontinued, so there is no accelerator left to attach.",
        "request: recommender-config: primary (ml.m5.large × 2)",
        "JSON Schema (ajv): valid",
        "",
      ].join("\n"),
    );

    const missing = spawnSync(process.execPath, ["dist/main.js", "requests/missing.json"], {
      cwd: here,
      encoding: "utf8",
    });
    expect(missing).toMatchObject({
      status: 2,
      stderr: "cannot read requests/missing.json: ENOENT\n",
    });
  });

  it("answers a web form with messages per field, and warnings that do not block it", () => {
    const answer = answerForm(request("invalid.json"));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.errors.map((e) => e.field)).toEqual([
      "KmsKeyID",
      "EndpointConfigName",
      "ProductionVariants[0].InitialInstanceCount",
      "ProductionVariants[0].InstanceType",
      "ProductionVariants[0].ServerlessConfig.MemorySizeInMB",
      "ProductionVariants[0].ServerlessConfig.ProvisionedConcurrency",
      "Tags[1].Key",
    ]);
    expect(answerForm(request("valid.json"))).toMatchObject({
      ok: true,
      request: { EndpointConfigName: "recommender-config" },
      notes: [
        {
          field: "ProductionVariants[0].AcceleratorType",
          messages: [expect.stringContaining("deprecated")],
        },
      ],
    });
    // Keys a browser can send that are only ordinary keys to the validators.
    const hostile = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}') as unknown;
    const answerHostile = answerForm(hostile);
    expect(answerHostile.ok ? [] : answerHostile.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        "__proto__",
        "constructor",
        "EndpointConfigName",
        "ProductionVariants",
      ]),
    );
  });

  it("narrows with the type guard, only for valid requests", () => {
    expect(describeRequest(request("valid.json"))).toBe(
      "recommender-config: primary (ml.m5.large × 2)",
    );
    expect(describeRequest(request("invalid.json"))).toBeUndefined();
    expect(describeRequest("not even an object")).toBeUndefined();
  });

  it("validates through Standard Schema v1, with ours or any other library's schema", async () => {
    const ours = await validateWithAnySchema(
      validateCreateEndpointConfigInput,
      request("invalid.json"),
    );
    expect(ours.ok).toBe(false);
    expect(ours.ok ? [] : ours.issues.map((i) => i.path)).toContain(
      "ProductionVariants.0.InstanceType",
    );
    const good = await validateWithAnySchema(
      validateCreateEndpointConfigInput,
      request("valid.json"),
    );
    expect(good).toMatchObject({ ok: true, value: { EndpointConfigName: "recommender-config" } });

    const zodName = z.object({ EndpointConfigName: z.string().max(5) });
    expect(await validateWithAnySchema(zodName, request("valid.json"))).toMatchObject({
      ok: false,
      issues: [{ path: "EndpointConfigName" }],
    });
  });

  it("compiles the JSON Schema with ajv, which agrees with { rules: false } on the paths", () => {
    for (const name of ["valid.json", "invalid.json"]) {
      const value = request(name);
      const ours = validateCreateEndpointConfigInput(value, { rules: false });
      const ajv = validateWithJsonSchema(value);
      expect(ajv.valid).toBe(ours.ok);
      expect(new Set(ajv.errors.map((e) => e.path))).toEqual(
        new Set(ours.ok ? [] : ours.issues.map((i) => i.path)),
      );
    }
  });
});
