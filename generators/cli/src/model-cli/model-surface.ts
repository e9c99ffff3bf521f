// The command surface of every operation of a service, straight from a loaded model: what the
// generated cli-skeleton package is, without generating it. Operations are known by name up
// front (a cheap walk of the service) and described only when a command line asks for one, so
// the whole SageMaker model costs one operation's descriptors, not 358. Waiters (the `wait`
// commands) are known by name up front and described when first used too.

import {
  createCommandSurface,
  type CliOperationBinding,
  type CliOperationDescription,
  type CommandSurface,
} from "@shapekit/cli";
import {
  commandName,
  operationDescription,
  waitersCatalog,
} from "@shapekit/emit-cli-skeleton/operation-description";
import {
  cliCommandAliases,
  cliOperationName,
  serviceSdkId,
  type CustomizationCatalogue,
  type Model,
  type Shape,
} from "@shapekit/model";
import { compileRequestValidator } from "./in-memory-validator.js";

/** The operations of a service by CLI name, sorted as the AWS CLI lists them. */
export function serviceOperations(model: Model, service: Shape): Map<string, Shape> {
  const operations = model
    .closure([service.id])
    .filter((s) => s.type === "operation")
    .map((op) => [cliOperationName(op.name), op] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(operations);
}

export interface ModelSurfaceOptions {
  /** The AWS CLI's per-operation option rules: its recorded catalogue by default, `null` for the model's names alone. */
  readonly customizations?: CustomizationCatalogue | null;
}

/** The binding of one operation: its description, and a validator compiled on first use. */
export function operationBinding(
  model: Model,
  service: Shape,
  operation: Shape,
  options: ModelSurfaceOptions = {},
): CliOperationBinding {
  const description: CliOperationDescription = operationDescription(
    model,
    service,
    operation,
    options,
  );
  const inputId = operation.ast.input?.target;
  // No input, or `smithy.api#Unit` (what service-2 operations without input convert to): nothing to validate.
  if (inputId === undefined || model.shape(inputId)?.namespace === "smithy.api")
    return { description };
  let validator: ReturnType<typeof compileRequestValidator> | undefined;
  return {
    description,
    validate: (request) =>
      (validator ??= compileRequestValidator(model, service, inputId))(request),
  };
}

/** The surface the generated package of this service would export, named like its bin (`shapekit-sagemaker`). */
export function modelCommandSurface(
  model: Model,
  service: Shape,
  options: ModelSurfaceOptions = {},
): CommandSurface {
  const operations = serviceOperations(model, service);
  const aliases = cliCommandAliases(
    serviceSdkId(service),
    [...operations.values()].map((op) => op.name),
    options.customizations,
  );
  return createCommandSurface({
    command: commandName(service),
    operations: {
      names: [...operations.keys()],
      bind: (name) => operationBinding(model, service, operations.get(name)!, options),
    },
    waiters: waitersCatalog(model, service, options),
    ...(Object.keys(aliases).length > 0 ? { commandAliases: aliases } : {}),
  });
}
