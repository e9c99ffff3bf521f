// Check functions for lists (and 1.0 sets): an array, `@length` in items, every item checked
// at `path[i]`, `@uniqueItems`, and the list rules. `@sparse` lists allow null items.
//
// The walk is bounded by what it reports: it ends once the collector is full, and a list past
// both its `@length` maximum and LIST_SKIP_LENGTH items gets the length issue alone (an array's
// `length` can be 2**32 - 1 with no item set). Holes read as missing items, never through the
// prototype chain.

import { trait, type Shape, type Traits } from "@shapekit/model";
import { code, joinCode, optionalNumber, type Code } from "@shapekit/generated-package";
import { namesOf, valueCheck, type CheckContext } from "./check-context.js";
import { itemPath, recursionLimit, returnFromBody, type CheckFunction } from "./check-function.js";
import { listRules } from "./emit-rules.js";
import { helper } from "./runtime-helpers.js";
import { issue, issueAndStop, STOP_WHEN_FULL } from "./verdict.js";

/**
 * Past this many items, a list that already broke its `@length` maximum is not walked: the
 * length issue says what to fix, and its items are not visited (the walk over a sparse array
 * would be as long as its `length`). Below it, a list that is too long still has its items
 * checked, so every issue of an ordinary request is reported at once.
 */
export const LIST_SKIP_LENGTH = 65_536;

/** How many items a list with these traits may have and still be walked; `undefined`: no bound. */
export function listWalkLimit(traits: Traits): number | undefined {
  const max = trait.length(traits)?.max;
  return max === undefined ? undefined : Math.max(max, LIST_SKIP_LENGTH);
}

export function listCheck(ctx: CheckContext, shape: Shape): CheckFunction {
  const names = namesOf(ctx, shape);
  const member = shape.members.get("member");
  if (!member) throw new Error(`${shape.id}: a list without a member`);
  const target = ctx.model.expectShape(member.target);
  const path = itemPath(code`i`);
  const parts: Code[] = [];
  const length = trait.length(shape.traits);
  if (length && (length.min !== undefined || length.max !== undefined)) {
    const outside = [
      ...(length.min !== undefined ? [code`v.length < ${length.min}`] : []),
      ...(length.max !== undefined ? [code`v.length > ${length.max}`] : []),
    ];
    parts.push(
      code`if (${joinCode(outside, " || ")}) ${issue(code`c.length(p, v, v.length, ${optionalNumber(length.min)}, ${optionalNumber(length.max)}, "items");`)}`,
    );
    // Only reached with a collector: a list over the limit is over its maximum too, and
    // without a collector that issue has returned false already.
    const limit = listWalkLimit(shape.traits);
    if (limit !== undefined)
      parts.push(code`if (v.length > ${limit}) ${returnFromBody(ctx, shape)}`);
  }
  const skipNull = trait.isSparse(shape) ? code`if (m === null) continue;\n` : code``;
  parts.push(code`for (let i = 0; i < v.length; i++) {
${STOP_WHEN_FULL}const m: unknown = ${ctx.constants.hasOwn()}.call(v, i) ? v[i] : undefined;
${skipNull}${valueCheck(ctx, target, member, code`m`, path)}
}`);
  if (trait.hasUniqueItems(shape)) {
    // At most one more duplicate than the collector can record: enough to mark it full; without
    // a collector the first one settles it.
    parts.push(
      code`for (const [duplicate, first] of ${helper("duplicateItems")}(v, c ? c.maxIssues + 1 : 1)) ${issue(code`c.notUnique(p + "[" + duplicate + "]", first, v[duplicate]);`)}`,
    );
  }
  const rules = listRules(ctx, shape.traits, code`v`, code`p`, `the list ${shape.name}`);
  if (rules.text !== "") parts.push(rules);
  const body = code`if (!Array.isArray(v)) ${issueAndStop(code`c.type(p, ${`a list (${shape.name})`}, v);`)}
${recursionLimit(ctx, shape, code`${parts}`)}`;
  return { name: names.check, doc: `Checks a ${shape.name} list (${shape.id}).`, body };
}
