// A union becomes a tagged type in the AWS SDK v3 shape, minus its namespace: one object type
// per member, that member required and every other member `?: never`, so a value has exactly
// one member set and TypeScript narrows on `"A" in value` or `value.A !== undefined`.
// No `$unknown` escape: these types describe values a user builds and a validator accepts, and
// a member the model does not know is an error there. Each variant is still assignable to the
// SDK's union (its `$unknown?: never` is satisfied by absence). A union of more members than
// MAX_SPELLED_OUT_UNION gets the same types from a mapped type over its members, written once.

import type { LaidOutText } from "@shapekit/generated-package";
import { propertyKey, type Model, type Shape } from "@shapekit/model";
import { manyMemberUnionText, unionText, type MemberText } from "./declaration-layout.js";
import { memberDocs, shapeDocs } from "./tsdoc.js";
import type { TypeReferences } from "./type-reference.js";

/**
 * The most members a union has for its variants to be spelled out, each listing every other
 * member as `?: never`: text that grows with the square of the members (3,000 made 185 MB).
 * Past it, the members are written once and a mapped type makes the variants. The largest
 * union of botocore's 424 models has 33.
 */
export const MAX_SPELLED_OUT_UNION = 64;

export function unionDeclaration(
  model: Model,
  shape: Shape,
  name: string,
  refs: TypeReferences,
): LaidOutText {
  // Each member as its own variant sets it: typed, required, documented.
  const members = [...shape.members.values()].map((member): MemberText => ({
    key: propertyKey(member.name),
    optional: false,
    type: refs.typeOf(member.target),
    docs: memberDocs(model, member, { inlineTarget: refs.isInlined(member.target) }),
  }));
  if (members.length > MAX_SPELLED_OUT_UNION)
    return manyMemberUnionText(name, shapeDocs(shape), members);
  // Every member in model order in every variant, as the SDK writes them: the set one typed,
  // the rest never.
  const variants = members.map((own) =>
    members.map((member): MemberText =>
      member === own ? own : { key: member.key, optional: true, type: "never", docs: [] },
    ),
  );
  return unionText(name, shapeDocs(shape), variants);
}
