// parseCommandLine's request is the operation's input type; help and skeletons take known names.
import { expectTypeOf } from "vitest";
import type { CreateEndpointConfigInput } from "./sagemaker.js";
import {
  generateCliSkeleton,
  parseCommandLine,
  renderHelp,
  type OperationInputs,
} from "@shapekit/sagemaker-cli-skeleton";
import * as op from "@shapekit/sagemaker-cli-skeleton/operations/CreateEndpointConfig";

const result = parseCommandLine("create-endpoint-config", ["--endpoint-config-name", "c"]);
if (result.ok) expectTypeOf(result.request).toEqualTypeOf<CreateEndpointConfigInput>();
expectTypeOf<
  OperationInputs["create-endpoint-config"]
>().toEqualTypeOf<CreateEndpointConfigInput>();
const bound = op.parseCommandLine(["--endpoint-config-name", "c"]);
if (bound.ok) expectTypeOf(bound.request).toEqualTypeOf<CreateEndpointConfigInput>();
if (result.ok) {
  // @ts-expect-error the request is not any record: a missing member is a compile error
  const name: string = result.request.EndpointConfigNam;
  console.log(name);
}

// @ts-expect-error misspelt operation
parseCommandLine("create-endpoint-configs", []);
// @ts-expect-error misspelt operation
generateCliSkeleton("create-endpoint-confg", "input");
// @ts-expect-error misspelt operation
renderHelp("create-endpoint");
expectTypeOf(generateCliSkeleton("create-endpoint-config", "input")).toEqualTypeOf<string>();
expectTypeOf(renderHelp("create-endpoint-config", { format: "markdown" })).toEqualTypeOf<string>();

// An operation name known only at run time: a plain record.
declare const operation: string;
const dynamic = parseCommandLine(operation, []);
if (dynamic.ok) expectTypeOf(dynamic.request).toEqualTypeOf<Record<string, unknown>>();
