// Check functions for maps: a plain object, `@length` in entries, each key checked against the
// key shape (at the entry's path) and each value against the value shape. Keys are any own
// enumerable property, `__proto__` and `constructor` included; inherited ones are not entries.
// The walk ends once the collector is full (a map can have millions of bad entries).

import { trait, type Shape } from "@shapekit/model";
import { code, joinCode, optionalNumber } from "@shapekit/generated-package";
import { namesOf, valueCheck, type CheckContext } from "./check-context.js";
import { entryPath, recursionLimit, type CheckFunction } from "./check-function.js";
import { issue, issueAndStop, STOP_WHEN_FULL } from "./verdict.js";

export function mapCheck(ctx: CheckContext, shape: Shape): CheckFunction {
  const names = namesOf(ctx, shape);
  const key = shape.members.get("key");
  const value = shape.members.get("value");
  if (!key || !value) throw new Error(`${shape.id}: a map without key or value`);
  const keyShape = ctx.model.expectShape(key.target);
  const valueShape = ctx.model.expectShape(value.target);
  const path = entryPath(code`k`);
  const length = trait.length(shape.traits);
  const outside = length
    ? [
        ...(length.min !== undefined ? [code`n < ${length.min}`] : []),
        ...(length.max !== undefined ? [code`n > ${length.max}`] : []),
      ]
    : [];
  const lengthCheck =
    outside.length > 0 && length
      ? code`if (${joinCode(outside, " || ")}) ${issue(code`c.length(p, v, n, ${optionalNumber(length.min)}, ${optionalNumber(length.max)}, "entries");`)}`
      : code``;
  const skipNull = trait.isSparse(shape) ? code`if (m === null) continue;\n` : code``;
  const body = code`if (typeof v !== "object" || v === null || Array.isArray(v)) ${issueAndStop(code`c.type(p, ${`an object (the map ${shape.name})`}, v);`)}
${recursionLimit(
  ctx,
  shape,
  code`const o = v as Record<string, unknown>;
let n = 0;
for (const k in o) {
if (!${ctx.constants.hasOwn()}.call(o, k)) continue;
${STOP_WHEN_FULL}n++;
${valueCheck(ctx, keyShape, key, code`k`, path)}
const m: unknown = o[k];
${skipNull}${valueCheck(ctx, valueShape, value, code`m`, path)}
}
${lengthCheck}`,
)}`;
  return { name: names.check, doc: `Checks a ${shape.name} map (${shape.id}).`, body };
}
