// The type guard: once `isCreateEndpointConfigInput` says yes, the compiler knows the value's
// type from @shapekit/sagemaker-types, so the rest of the code reads members without casts.

import type { CreateEndpointConfigInput } from "@shapekit/sagemaker-types";
import { isCreateEndpointConfigInput } from "@shapekit/sagemaker-validators";

/** One line about a request, or `undefined` when the value is not a valid request. */
export function describeRequest(value: unknown): string | undefined {
  if (!isCreateEndpointConfigInput(value)) return undefined;
  const request: CreateEndpointConfigInput = value; // no cast: the guard narrowed `value`
  const variants = request.ProductionVariants.map(
    (v) => `${v.VariantName} (${v.InstanceType ?? "serverless"} × ${v.InitialInstanceCount ?? 0})`,
  );
  return `${request.EndpointConfigName}: ${variants.join(", ")}`;
}
