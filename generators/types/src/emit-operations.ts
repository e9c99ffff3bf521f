// One interface mapping each selected operation to its input and output types, so generic code
// (validators, a CLI, a test helper) can write `Operations["CreateEndpointConfig"]["input"]`
// without a naming convention. Operations whose input or output is smithy.api#Unit map it to
// `Record<string, never>`: an empty object.

import type { LaidOutText } from "@shapekit/generated-package";
import { trait, type EmitContext, type Shape, type TypeScriptNames } from "@shapekit/model";
import { operationMapText } from "./declaration-layout.js";
import { shapeDocs } from "./tsdoc.js";
import type { TypeReferences } from "./type-reference.js";

/** The name of the operation map type: `<Service>Operations`, kept clear of shape names. */
export function operationsTypeName(names: TypeScriptNames, service: Shape): string {
  return names.freshName(`${names.shapeName(service)}Operations`);
}

export function operationsDeclaration(
  context: EmitContext,
  names: TypeScriptNames,
  refs: TypeReferences,
): LaidOutText {
  const serviceName = names.shapeName(context.service);
  return operationMapText(
    operationsTypeName(names, context.service),
    [
      `\nInput and output types of the selected operations of ${serviceName}, keyed by operation name.`,
    ],
    context.operations.map((operation) => ({
      name: names.shapeName(operation),
      // Resolved now: the module's imports are collected from these references before printing.
      input: refs.typeOf(operation.ast.input?.target ?? trait.UNIT),
      output: refs.typeOf(operation.ast.output?.target ?? trait.UNIT),
      docs: shapeDocs(operation),
    })),
  );
}
