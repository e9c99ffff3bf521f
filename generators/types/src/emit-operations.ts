// One interface mapping each selected operation to its input and output types, so generic code
// (validators, a CLI, a test helper) can write `Operations["CreateEndpointConfig"]["input"]`
// without a naming convention. Operations whose input or output is smithy.api#Unit map it to
// `Record<string, never>`: an empty object.

import { trait, type EmitContext, type Shape, type TypeScriptNames } from "@shapekit/model";
import type { InterfaceDeclarationStructure } from "ts-morph";
import { StructureKind } from "@shapekit/generated-package";
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
): InterfaceDeclarationStructure {
  const serviceName = names.shapeName(context.service);
  return {
    kind: StructureKind.Interface,
    name: operationsTypeName(names, context.service),
    isExported: true,
    docs: [
      {
        kind: StructureKind.JSDoc,
        description: `\nInput and output types of the selected operations of ${serviceName}, keyed by operation name.`,
      },
    ],
    properties: context.operations.map((operation) => {
      // Resolved now, not in the writer: the module's imports are collected before printing.
      const input = refs.typeOf(operation.ast.input?.target ?? trait.UNIT);
      const output = refs.typeOf(operation.ast.output?.target ?? trait.UNIT);
      return {
        name: names.shapeName(operation),
        type: (writer) => {
          writer.inlineBlock(() => {
            writer.writeLine(`input: ${input};`);
            writer.writeLine(`output: ${output};`);
          });
        },
        docs: shapeDocs(operation),
      };
    }),
  };
}
