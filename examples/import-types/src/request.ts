// Builds a CreateEndpointConfig request with the generated types: the compiler checks member
// names, required members and enum values, and the enum objects give autocompletion.

import {
  ProductionVariantInstanceType,
  type CreateEndpointConfigInput,
  type ProductionVariant,
} from "@shapekit/sagemaker-types";

/** A production variant for one model on a given number of instances. */
export function variant(modelName: string, instances: number): ProductionVariant {
  return {
    VariantName: `${modelName}-primary`,
    ModelName: modelName,
    InitialInstanceCount: instances,
    InstanceType: ProductionVariantInstanceType.ML_M5_LARGE,
    InitialVariantWeight: 1,
  };
}

/** The request for an endpoint config serving one model, tagged with its team. */
export function endpointConfigRequest(
  name: string,
  modelName: string,
  team: string,
): CreateEndpointConfigInput {
  return {
    EndpointConfigName: name,
    ProductionVariants: [variant(modelName, 2)],
    Tags: [{ Key: "team", Value: team }],
  };
}
