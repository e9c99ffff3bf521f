// A union becomes a tagged type in the AWS SDK v3 shape, minus its namespace: one object type
// per member, that member required and every other member `?: never`, so a value has exactly
// one member set and TypeScript narrows on `"A" in value` or `value.A !== undefined`.
// No `$unknown` escape: these types describe values a user builds and a validator accepts, and
// a member the model does not know is an error there. Each variant is still assignable to the
// SDK's union (its `$unknown?: never` is satisfied by absence).

import { propertyKey, type Model, type Shape } from "@shapekit/model";
import type { TypeAliasDeclarationStructure, WriterFunction } from "ts-morph";
import { StructureKind } from "@shapekit/generated-package";
import { memberDocs, shapeDocs, writeDocs } from "./tsdoc.js";
import type { TypeReferences } from "./type-reference.js";

export function unionDeclaration(
  model: Model,
  shape: Shape,
  name: string,
  refs: TypeReferences,
): TypeAliasDeclarationStructure {
  const members = [...shape.members.values()];
  const variants = members.map((set) => ({
    set,
    type: refs.typeOf(set.target),
    docs: memberDocs(model, set, { inlineTarget: refs.isInlined(set.target) }),
  }));
  const type: WriterFunction | string =
    variants.length === 0
      ? "never"
      : (writer) => {
          for (const variant of variants) {
            writer
              .newLineIfLastNot()
              .write("| ")
              .inlineBlock(() => {
                // Every member in model order, as the SDK writes them: the set one typed, the rest never.
                for (const member of members) {
                  writer.conditionalNewLine(member !== members[0]);
                  if (member === variant.set) {
                    writeDocs(writer, variant.docs);
                    writer.write(`${propertyKey(member.name)}: ${variant.type};`);
                  } else writer.write(`${propertyKey(member.name)}?: never;`);
                }
              });
          }
        };
  return { kind: StructureKind.TypeAlias, name, isExported: true, docs: shapeDocs(shape), type };
}
