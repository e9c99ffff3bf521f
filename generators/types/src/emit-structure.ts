// A structure becomes an interface: required members are plain properties, the rest optional.
// Error structures stay plain interfaces too: this package describes data, it throws nothing.

import type { LaidOutText } from "@shapekit/generated-package";
import { propertyKey, trait, type Model, type Shape } from "@shapekit/model";
import { interfaceText } from "./declaration-layout.js";
import { memberDocs, shapeDocs } from "./tsdoc.js";
import type { TypeReferences } from "./type-reference.js";

export function structureDeclaration(
  model: Model,
  shape: Shape,
  name: string,
  refs: TypeReferences,
): LaidOutText {
  return interfaceText(
    name,
    shapeDocs(shape),
    [...shape.members.values()].map((member) => ({
      key: propertyKey(member.name),
      optional: !trait.isRequired(member),
      type: refs.memberType(member),
      docs: memberDocs(model, member, { inlineTarget: refs.isInlined(member.target) }),
    })),
  );
}
