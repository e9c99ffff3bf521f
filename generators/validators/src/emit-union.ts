// Check functions for unions: an object with exactly one member set, no unknown members, and
// the member that is set checked like a structure member.

import type { Shape } from "@shapekit/model";
import { code, lines, name, type Code } from "@shapekit/generated-package";
import { namesOf, valueCheck, type CheckContext } from "./check-context.js";
import { memberPath, recursionLimit, type CheckFunction } from "./check-function.js";
import { deprecationWarning } from "./emit-rules.js";
import { keysLoop } from "./emit-structure.js";
import { issue, issueAndStop } from "./verdict.js";

export function unionCheck(ctx: CheckContext, shape: Shape): CheckFunction {
  const names = namesOf(ctx, shape);
  const memberChecks: Code[] = [];
  const locals: Code[] = [];
  [...shape.members.values()].forEach((member, index) => {
    const local = name(`m${index}`);
    const target = ctx.model.expectShape(member.target);
    const path = memberPath(member.name);
    locals.push(local);
    const present = [
      code`set++;`,
      deprecationWarning(member, target, path.at),
      valueCheck(ctx, target, member, local, path),
    ].filter((c) => c.text !== "");
    memberChecks.push(code`if (${local} !== undefined) {
${lines(present)}
}`);
  });
  const body = code`if (typeof v !== "object" || v === null || Array.isArray(v)) ${issueAndStop(code`c.type(p, ${`an object (${shape.name}) with exactly one member set`}, v);`)}
${recursionLimit(
  ctx,
  shape,
  code`const o = v as Record<string, unknown>;
${lines(locals.map((l) => code`let ${l}: unknown;`))}
${keysLoop(ctx, shape, locals)}
let set = 0;
${lines(memberChecks)}
if (set !== 1) ${issue(code`c.unionMembers(p, ${shape.name}, set);`)}`,
)}`;
  return {
    name: names.check,
    doc: `Checks a ${shape.name} union (${shape.id}): exactly one member set.`,
    body,
  };
}
