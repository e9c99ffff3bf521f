// The types the other type tests compare with, from the packages a user installs.
export type {
  CreateEndpointConfigInput,
  ProductionVariant,
  Tag,
  VpcConfig,
} from "@shapekit/sagemaker-types";
export type { ArgumentValue } from "@shapekit/shorthand";
