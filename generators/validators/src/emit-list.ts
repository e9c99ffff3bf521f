// Check functions for lists (and 1.0 sets): an array, `@length` in items, every item checked
// at `path[i]`, `@uniqueItems`, and the list rules. `@sparse` lists allow null items.

import type { Shape } from "@shapekit/model";
import { code, joinCode, optionalNumber, type Code } from "./code.js";
import { namesOf, valueCheck, type CheckContext } from "./check-context.js";
import { guardRecursion, itemPathCode, type CheckFunction } from "./check-function.js";
import { bounds } from "./constraint-traits.js";
import { listRules } from "./emit-rules.js";
import { helper } from "./runtime-helpers.js";

export function listCheck(ctx: CheckContext, shape: Shape): CheckFunction {
  const names = namesOf(ctx, shape);
  const member = shape.members.get("member");
  if (!member) throw new Error(`${shape.id}: a list without a member`);
  const target = ctx.model.expectShape(member.target);
  const itemPath = itemPathCode(code`i`);
  const parts: Code[] = [];
  const length = bounds(shape.traits, "smithy.api#length");
  if (length && (length.min !== undefined || length.max !== undefined)) {
    const outside = [
      ...(length.min !== undefined ? [code`v.length < ${length.min}`] : []),
      ...(length.max !== undefined ? [code`v.length > ${length.max}`] : []),
    ];
    parts.push(
      code`if (${joinCode(outside, " || ")}) c.length(p, v, v.length, ${optionalNumber(length.min)}, ${optionalNumber(length.max)}, "items");`,
    );
  }
  const skipNull = shape.traits.has("smithy.api#sparse")
    ? code`if (m === null) continue;\n`
    : code``;
  parts.push(code`for (let i = 0; i < v.length; i++) {
const m: unknown = v[i];
${skipNull}${valueCheck(ctx, target, member, code`m`, itemPath)}
}`);
  if (shape.traits.has("smithy.api#uniqueItems")) {
    parts.push(
      code`for (const [duplicate, first] of ${helper("duplicateItems")}(v)) c.notUnique(p + "[" + duplicate + "]", first, v[duplicate]);`,
    );
  }
  const rules = listRules(shape.traits, code`v`, code`p`, `the list ${shape.name}`);
  if (rules.text !== "") parts.push(rules);
  const body = code`if (!Array.isArray(v)) {
c.type(p, ${`a list (${shape.name})`}, v);
return;
}
${guardRecursion(ctx, shape, code`${parts}`)}`;
  return { name: names.check, doc: `Checks a ${shape.name} list (${shape.id}).`, body };
}
