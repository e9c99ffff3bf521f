// A structure becomes an interface: required members are plain properties, the rest optional.
// Error structures stay plain interfaces too: this package describes data, it throws nothing.

import { propertyKey, trait, type Model, type Shape } from "@shapekit/model";
import type { InterfaceDeclarationStructure } from "ts-morph";
import { StructureKind } from "@shapekit/generated-package";
import { memberDocs, shapeDocs } from "./tsdoc.js";
import type { TypeReferences } from "./type-reference.js";

export function structureDeclaration(
  model: Model,
  shape: Shape,
  name: string,
  refs: TypeReferences,
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: shapeDocs(shape),
    properties: [...shape.members.values()].map((member) => ({
      name: propertyKey(member.name),
      type: refs.memberType(member),
      hasQuestionToken: !trait.isRequired(member),
      docs: memberDocs(model, member, { inlineTarget: refs.isInlined(member.target) }),
    })),
  };
}
