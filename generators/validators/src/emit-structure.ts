// Check functions for structures: object type, unknown members (with "did you mean"), then each
// member in model order — required, type and constraints inline for scalars, a call for
// aggregates — then the rules between members.

import { trait, type Shape } from "@shapekit/model";
import { code, lines, name, type Code } from "@shapekit/generated-package";
import { effectiveTraits, namesOf, valueCheck, type CheckContext } from "./check-context.js";
import { memberPath, recursionLimit, type CheckFunction } from "./check-function.js";
import { elseBranch } from "./else-branch.js";
import { listWalkLimit } from "./emit-list.js";
import { deprecationWarning, listRules, structureRules } from "./emit-rules.js";
import { helper } from "./runtime-helpers.js";
import { issue, issueAndStop } from "./verdict.js";

/**
 * The loop over the object's keys: each member's value goes into its local (`m0`, `m1`, …), any
 * other key is reported as unknown. Only own keys count (`for…in` also yields inherited
 * enumerable ones, which a polluted `Object.prototype` would turn into members). Driven by the
 * keys present rather than by the members declared: absent members cost nothing, and `o[k]`
 * inside `for…in` is the engine's fastest property load (reading members by name instead is a
 * megamorphic load per member: objects parsed from JSON come in many hidden classes). Unknown keys can be millions: the
 * loop ends once the collector is full.
 */
export function keysLoop(ctx: CheckContext, shape: Shape, locals: readonly Code[]): Code {
  const names = namesOf(ctx, shape);
  const members = [...shape.members.keys()];
  const list = ctx.constants.members(names.base, members);
  const report = code`if (!c) return false;
c.unknown(${helper("memberPath")}(p, k), k, ${shape.name}, ${list});
if (c.full) return true;`;
  const own = code`if (!${ctx.constants.hasOwn()}.call(o, k)) continue;`;
  if (members.length === 0) {
    return code`for (const k in o) {
${own}
${report}
}`;
  }
  const cases = members.map(
    (m, i) => code`case ${m}:
${locals[i]!} = x;
break;`,
  );
  // The value is read before the switch, right after the `for…in` step: there V8 loads it by
  // the key's index in the object's enumeration cache; inside a case it is a generic lookup.
  return code`for (const k in o) {
${own}
const x = o[k];
switch (k) {
${lines(cases)}
default:
${report}
}
}`;
}

export function structureCheck(ctx: CheckContext, shape: Shape): CheckFunction {
  const names = namesOf(ctx, shape);
  const locals = new Map<string, Code>();
  const memberChecks: Code[] = [];
  [...shape.members.values()].forEach((member, index) => {
    const local = name(`m${index}`);
    locals.set(member.name, local);
    const target = ctx.model.expectShape(member.target);
    const path = memberPath(member.name);
    const required = trait.isRequired(member) && !trait.hasDefault(member);
    const present = lines(
      [
        deprecationWarning(member, target, path.at),
        valueCheck(ctx, target, member, local, path),
        listRules(
          ctx,
          member.traits,
          local,
          path.at,
          `\`${member.name}\``,
          listWalkLimit(effectiveTraits(member, target)),
        ),
      ].filter((c) => c.text !== ""),
    );
    const missing = code`if (${local} === undefined) ${issue(code`c.required(${path.at}, ${member.name}, ${shape.name});`)}`;
    // A member any value satisfies (a document) needs no empty block.
    if (present.text.trim() === "") {
      if (required) memberChecks.push(missing);
    } else
      memberChecks.push(
        required
          ? code`${missing}
${elseBranch(present)}`
          : code`if (${local} !== undefined) {
${present}
}`,
      );
  });
  const rules = structureRules(shape, locals, (member) => memberPath(member).at);
  const declarations = [...locals.values()].map((l) => code`let ${l}: unknown;`);
  const body = code`if (typeof v !== "object" || v === null || Array.isArray(v)) ${issueAndStop(code`c.type(p, ${`an object (${shape.name})`}, v);`)}
${recursionLimit(
  ctx,
  shape,
  code`const o = v as Record<string, unknown>;
${lines(declarations)}
${keysLoop(ctx, shape, [...locals.values()])}
${lines(memberChecks)}
${rules}`,
)}`;
  return { name: names.check, doc: `Checks a ${shape.name} structure (${shape.id}).`, body };
}
