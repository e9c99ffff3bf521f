// The strict user program of issue 12, as written there but without its cast: `parsed.value`
// has the option's member type, so it goes into the input type as it is.
import type { CreateEndpointConfigInput } from "@shapekit/sagemaker-types";
import { parseArgument } from "@shapekit/sagemaker-shorthand";
import { parseCommandLine } from "@shapekit/sagemaker-cli-skeleton";

const parsed = parseArgument("create-endpoint-config", "--production-variants", [
  "VariantName=a,ModelName=m",
]);
if (parsed.ok) {
  const input: CreateEndpointConfigInput = {
    EndpointConfigName: "c",
    ProductionVariants: parsed.value,
  };
  console.log(input);
}

const line = parseCommandLine("create-endpoint-config", [
  "--endpoint-config-name",
  "c",
  "--production-variants",
  "VariantName=a,ModelName=m",
]);
if (line.ok) {
  const input: CreateEndpointConfigInput = line.request;
  console.log(input);
}
