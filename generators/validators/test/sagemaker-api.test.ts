// The public API of the generated @shapekit/sagemaker-validators: messages a user can act on,
// the page's rules and the deprecation warning, `{ rules: false }`, guards and asserts,
// Standard Schema v1, and the JSON Schema subpath.

import { createRequire } from "node:module";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expect, it } from "vitest";
import {
  ValidationError,
  assertProductionVariant,
  isProductionVariant,
  validate,
  validateCreateEndpointConfigInput,
  validateProductionVariant,
  validateTagList,
  validateVariantName,
} from "@shapekit/sagemaker-validators";

const base = { EndpointConfigName: "cfg", ProductionVariants: [{ VariantName: "v" }] };
const issuesOf = (r: {
  ok: boolean;
  issues?: readonly { path: string; code: string; message: string }[];
}) => (r.ok ? [] : r.issues!);

describe("messages", () => {
  it("an unknown member suggests the nearest name", () => {
    const r = validate("CreateEndpointConfigInput", {
      ...base,
      ProductionVariants: [{ variantName: "v" }],
    });
    expect(issuesOf(r)).toEqual([
      {
        path: "ProductionVariants[0].variantName",
        code: "unknown",
        severity: "error",
        message: "`variantName` is not a member of ProductionVariant; did you mean `VariantName`?",
      },
      {
        path: "ProductionVariants[0].VariantName",
        code: "required",
        severity: "error",
        message: "`VariantName` is required in ProductionVariant but missing",
      },
    ]);
  });

  it("an enum value suggests the nearest value; constraints name the value and the bound", () => {
    const r = validate("CreateEndpointConfigInput", {
      ...base,
      ProductionVariants: [
        {
          VariantName: "v",
          InstanceType: "ml.m5.larg",
          ServerlessConfig: { MemorySizeInMB: 1024, MaxConcurrency: 500 },
        },
      ],
      EndpointConfigName: "-bad-",
    });
    expect(issuesOf(r).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'EndpointConfigName: "-bad-" does not match the pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$',
      'ProductionVariants[0].InstanceType: "ml.m5.larg" is not a value of ProductionVariantInstanceType; did you mean `ml.m5.large`?',
      "ProductionVariants[0].ServerlessConfig.MaxConcurrency: 500 is above the maximum of 200 (range 1 to 200)",
    ]);
  });

  it("lengths count code points: 128 astral letters are a valid tag key, 129 letters are not", () => {
    expect(validateTagList([{ Key: "😀".repeat(128), Value: "" }]).ok).toBe(false); // emoji are not \p{L}
    expect(issuesOf(validateTagList([{ Key: "é".repeat(129), Value: "" }]))[0]?.message).toBe(
      `"${"é".repeat(60)}"… has 129 characters; between 1 and 128 allowed`,
    );
    expect(validateTagList([{ Key: "𝒜".repeat(128), Value: "" }]).ok).toBe(true);
  });

  it("null is a type error; so is a 33-bit integer", () => {
    const r = validate("CreateEndpointConfigInput", {
      ...base,
      KmsKeyId: null,
      ProductionVariants: [{ VariantName: "v", InitialInstanceCount: 2 ** 31 }],
    });
    expect(issuesOf(r).map((i) => [i.path, i.code, i.message])).toEqual([
      [
        "ProductionVariants[0].InitialInstanceCount",
        "type",
        "expected a 32-bit integer, found the number 2147483648",
      ],
      ["KmsKeyId", "type", "expected a string, found null"],
    ]);
  });
});

describe("the page's rules", () => {
  const variant = (extra: object) => ({
    ...base,
    ProductionVariants: [{ VariantName: "v", ...extra }],
  });
  const cases: Array<[string, object, string, string]> = [
    [
      "ProvisionedConcurrency ≤ MaxConcurrency",
      variant({
        ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5, ProvisionedConcurrency: 6 },
      }),
      "ProductionVariants[0].ServerlessConfig.ProvisionedConcurrency",
      "`ProvisionedConcurrency` (6) must not be greater than `MaxConcurrency` (5)",
    ],
    [
      "MemorySizeInMB in 1024 MB steps",
      variant({ ServerlessConfig: { MemorySizeInMB: 1500, MaxConcurrency: 5 } }),
      "ProductionVariants[0].ServerlessConfig.MemorySizeInMB",
      "1500 is not a multiple of 1024",
    ],
    [
      "MinInstanceCount ≤ MaxInstanceCount",
      variant({ ManagedInstanceScaling: { MinInstanceCount: 3, MaxInstanceCount: 2 } }),
      "ProductionVariants[0].ManagedInstanceScaling.MinInstanceCount",
      "`MinInstanceCount` (3) must not be greater than `MaxInstanceCount` (2)",
    ],
    [
      "tag keys unique",
      {
        ...base,
        Tags: [
          { Key: "a", Value: "1" },
          { Key: "a", Value: "2" },
        ],
      },
      "Tags[1].Key",
      'the list TagList: `Key` must be unique, but item 1 repeats item 0 (the string "a")',
    ],
    [
      "one production variant with shadows",
      {
        ...base,
        ProductionVariants: [{ VariantName: "a" }, { VariantName: "b" }],
        ShadowProductionVariants: [{ VariantName: "s" }],
      },
      "ProductionVariants",
      "with `ShadowProductionVariants` set, `ProductionVariants` must have exactly 1 item; it has 2",
    ],
    [
      "one shadow variant",
      { ...base, ShadowProductionVariants: [{ VariantName: "s" }, { VariantName: "t" }] },
      "ShadowProductionVariants",
      "with `ShadowProductionVariants` set, `ShadowProductionVariants` must have exactly 1 item; it has 2",
    ],
    [
      "FeatureTypes contains text",
      {
        ...base,
        ExplainerConfig: {
          ClarifyExplainerConfig: {
            ShapConfig: { ShapBaselineConfig: {} },
            InferenceConfig: { FeatureTypes: ["numerical"] },
          },
        },
      },
      "ExplainerConfig.ClarifyExplainerConfig.InferenceConfig.FeatureTypes",
      '`FeatureTypes` must contain "text" when it is given',
    ],
  ];
  it.each(cases)("%s", (_name, value, path, message) => {
    expect(issuesOf(validateCreateEndpointConfigInput(value))).toEqual([
      { path, code: "rule", severity: "error", message },
    ]);
    expect(validateCreateEndpointConfigInput(value, { rules: false }).ok).toBe(true);
  });

  it("AcceleratorType is a warning, never an error, and { rules: false } drops it", () => {
    const value = {
      ...base,
      ProductionVariants: [{ VariantName: "v", AcceleratorType: "ml.eia1.medium" }],
    };
    const r = validateCreateEndpointConfigInput(value);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        path: "ProductionVariants[0].AcceleratorType",
        code: "rule",
        severity: "warning",
        message:
          "`AcceleratorType` is deprecated: Elastic Inference is discontinued, so there is no accelerator left to attach.",
      },
    ]);
    expect(validateCreateEndpointConfigInput(value, { rules: false }).warnings).toEqual([]);
  });
});

describe("guards, asserts, validate()", () => {
  it("isProductionVariant narrows; assertProductionVariant throws a ValidationError with every issue", () => {
    const value: unknown = { VariantName: "v", InitialInstanceCount: 1 };
    expect(isProductionVariant(value)).toBe(true);
    if (isProductionVariant(value)) expect(value.VariantName).toBe("v");
    expect(() => assertProductionVariant({ VariantName: 1, Extra: true })).toThrow(ValidationError);
    try {
      assertProductionVariant({ VariantName: 1, Extra: true });
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path)).toEqual(["Extra", "VariantName"]);
    }
  });

  it("validate() by shape name; an unknown name is an issue, not an exception", () => {
    expect(validate("VariantName", "ok").ok).toBe(true);
    expect(validateVariantName("").ok).toBe(false);
    const r = validate("ProductionVariantt" as "ProductionVariant", {});
    expect(issuesOf(r)[0]?.message).toMatch(/did you mean `ProductionVariant`\?/);
  });
});

describe("Standard Schema v1", () => {
  it("every validator is a Standard Schema with segment paths", async () => {
    const schema: StandardSchemaV1<unknown, unknown> = validateProductionVariant;
    expect(schema["~standard"].version).toBe(1);
    expect(schema["~standard"].vendor).toBe("shapekit");
    const ok = await schema["~standard"].validate({ VariantName: "v" });
    expect(ok).toEqual({ value: { VariantName: "v" } });
    const bad = await validateCreateEndpointConfigInput["~standard"].validate({
      ...base,
      ProductionVariants: [
        { VariantName: "v", ServerlessConfig: { MemorySizeInMB: 1024, MaxConcurrency: 0 } },
      ],
    });
    expect("issues" in bad && bad.issues?.map((i) => i.path)).toEqual([
      ["ProductionVariants", 0, "ServerlessConfig", "MaxConcurrency"],
    ]);
  });
});

describe("the JSON Schema subpath", () => {
  it("resolves through the package's exports", () => {
    const require = createRequire(import.meta.url);
    const schema =
      require("@shapekit/sagemaker-validators/schemas/CreateEndpointConfigInput.schema.json") as Record<
        string,
        unknown
      >;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$ref).toBe("#/$defs/CreateEndpointConfigInput");
  });
});
