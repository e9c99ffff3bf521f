// validate narrows on success, the guards narrow, and the Standard Schema objects are typed.
import { expectTypeOf } from "vitest";
import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import type { CreateEndpointConfigInput, ProductionVariant, Tag } from "./sagemaker.js";
import {
  assertTag,
  isProductionVariant,
  validate,
  validateCreateEndpointConfigInput,
} from "@shapekit/sagemaker-validators";
import { validateInput } from "@shapekit/sagemaker-validators/operations/CreateEndpointConfig";

declare const value: unknown;
const result = validate("ProductionVariant", value);
if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ProductionVariant>();
const input = validate("CreateEndpointConfigInput", value);
if (input.ok) expectTypeOf(input.value).toEqualTypeOf<CreateEndpointConfigInput>();
// @ts-expect-error misspelt shape name
validate("ProductionVariants", value);

if (isProductionVariant(value)) expectTypeOf(value).toEqualTypeOf<ProductionVariant>();
function guarded(v: unknown): Tag {
  assertTag(v);
  return v;
}
console.log(guarded);

expectTypeOf(validateCreateEndpointConfigInput).toExtend<
  StandardSchemaV1<unknown, CreateEndpointConfigInput>
>();
expectTypeOf(validateInput).toExtend<StandardSchemaV1<unknown, CreateEndpointConfigInput>>();
expectTypeOf(validateInput).toExtend<StandardJSONSchemaV1<unknown, CreateEndpointConfigInput>>();
expectTypeOf(validateInput["~standard"].jsonSchema.input({ target: "draft-07" })).toEqualTypeOf<
  Record<string, unknown>
>();
type Output = StandardSchemaV1.InferOutput<typeof validateInput>;
expectTypeOf<Output>().toEqualTypeOf<CreateEndpointConfigInput>();
