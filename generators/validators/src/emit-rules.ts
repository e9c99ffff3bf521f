// The model's own rules, from the `shapekit#` traits (spec/shapekit-traits.smithy), and the
// deprecation warning. Every check here runs only when `c.rules` is on, reports code `rule`,
// and only judges values that passed their type check (a rule about numbers says nothing
// about a string; the type issue already did).
//
//   shapekit#notGreaterThan("B")   on member A      A ≤ B when both are numbers
//   shapekit#multipleOf(n)          on a number      value % n === 0
//   shapekit#uniqueBy("K")          on a list        no two items with the same K
//   shapekit#lengthWhenPresent(…)   on member A      A's item count within bounds when `present` is set
//   shapekit#containsValue("x")     on a list        the list contains "x"
//   smithy.api#deprecated           on a member      a warning whenever it is set

import type { Member, Shape, Traits } from "@shapekit/model";
import { code, concat, joinCode, lines, type Code } from "@shapekit/generated-package";
import { deprecation, stringTrait } from "./constraint-traits.js";
import { helper } from "./runtime-helpers.js";
import type { CheckContext } from "./check-context.js";
import { issue, RULES_ON, STOP_WHEN_FULL } from "./verdict.js";

export const NOT_GREATER_THAN = "shapekit#notGreaterThan";
export const MULTIPLE_OF = "shapekit#multipleOf";
export const UNIQUE_BY = "shapekit#uniqueBy";
export const LENGTH_WHEN_PRESENT = "shapekit#lengthWhenPresent";
export const CONTAINS_VALUE = "shapekit#containsValue";

/** `shapekit#multipleOf` on a number already known to be one. */
export function numberRules(step: number, v: Code, p: Code): Code {
  if (!(step > 0)) throw new Error(`shapekit#multipleOf(${step}): the step must be positive`);
  return code`if (${RULES_ON}${v} % ${step} !== 0) ${issue(code`c.rule(${p}, ${concat([v, ` is not a multiple of ${step}`])});`)}`;
}

/**
 * `shapekit#uniqueBy` and `shapekit#containsValue` on the list in `v` (any value: checked here).
 * Emitted inside a check function: the uniqueBy walk returns from it once the collector is full.
 * `walkLimit`: lists longer than this are not walked (see LIST_SKIP_LENGTH in emit-list.ts).
 */
export function listRules(
  ctx: CheckContext,
  traits: Traits,
  v: Code,
  p: Code,
  subject: string,
  walkLimit?: number,
): Code {
  const out: Code[] = [];
  const key = stringTrait(traits, UNIQUE_BY);
  const isList =
    walkLimit === undefined
      ? code`Array.isArray(${v})`
      : code`Array.isArray(${v}) && ${v}.length <= ${walkLimit}`;
  if (key !== undefined) {
    const base = /^[A-Za-z_$][\w$]*$/.test(p.text) ? p : code`(${p})`;
    const itemPath = code`${base} + "[" + i + "]." + ${key}`;
    out.push(code`if (${RULES_ON}${isList}) {
const seen = new Map<unknown, number>();
for (let i = 0; i < ${v}.length; i++) {
${STOP_WHEN_FULL}const item: unknown = ${v}[i];
if (typeof item !== "object" || item === null || !Object.hasOwn(item, ${key})) continue;
const raw = (item as Record<string, unknown>)[${key}];
const value = typeof raw === "object" && raw !== null ? ${helper("canonicalText")}(raw) : raw;
const first = seen.get(value);
if (first === undefined) seen.set(value, i);
else ${issue(code`c.rule(${itemPath}, ${concat([`${subject}: \`${key}\` must be unique, but item `, code`i`, ` repeats item `, code`first`, ` (`, code`${helper("describeValue")}(raw)`, `)`])});`)}
}
}`);
  }
  const required = stringTrait(traits, CONTAINS_VALUE);
  if (required !== undefined) {
    out.push(
      code`if (${RULES_ON}${isList} && !${v}.includes(${required})) ${issue(code`c.rule(${p}, ${`${subject} must contain ${JSON.stringify(required)} when it is given`});`)}`,
    );
  }
  return lines(out);
}

/** Which members of a structure have local variables holding their values. */
export type MemberLocals = ReadonlyMap<string, Code>;

/** Rules between members of one structure: `notGreaterThan`, `lengthWhenPresent`. */
export function structureRules(
  shape: Shape,
  locals: MemberLocals,
  pathOf: (member: string) => Code,
): Code {
  const out: Code[] = [];
  const sibling = (member: Member, other: string, trait: string): Code => {
    const local = locals.get(other);
    if (!local)
      throw new Error(
        `${member.id}: @${trait} names ${JSON.stringify(other)}, which is not a member of ${shape.id}`,
      );
    return local;
  };
  for (const member of shape.members.values()) {
    const self = locals.get(member.name)!;
    const limit = stringTrait(member.traits, NOT_GREATER_THAN);
    if (limit !== undefined) {
      const other = sibling(member, limit, NOT_GREATER_THAN);
      out.push(
        code`if (${RULES_ON}typeof ${self} === "number" && typeof ${other} === "number" && ${self} > ${other}) ${issue(
          code`c.rule(${pathOf(member.name)}, ${concat([
            `\`${member.name}\` (`,
            self,
            `) must not be greater than \`${limit}\` (`,
            other,
            `)`,
          ])});`,
        )}`,
      );
    }
    const when = member.traits.get(LENGTH_WHEN_PRESENT);
    if (when && typeof when === "object" && !Array.isArray(when)) {
      const fields = when as Record<string, unknown>;
      const present = String(fields.present);
      const trigger = sibling(member, present, LENGTH_WHEN_PRESENT);
      const min = typeof fields.min === "number" ? fields.min : undefined;
      const max = typeof fields.max === "number" ? fields.max : undefined;
      const outside = [
        ...(min !== undefined ? [code`${self}.length < ${min}`] : []),
        ...(max !== undefined ? [code`${self}.length > ${max}`] : []),
      ];
      if (outside.length > 0) {
        const allowed =
          min !== undefined && max !== undefined
            ? min === max
              ? `exactly ${min}`
              : `between ${min} and ${max}`
            : min !== undefined
              ? `at least ${min}`
              : `at most ${max}`;
        out.push(
          code`if (${RULES_ON}${trigger} !== undefined && Array.isArray(${self}) && (${joinCode(outside, " || ")})) ${issue(
            code`c.rule(${pathOf(member.name)}, ${concat([
              `with \`${present}\` set, \`${member.name}\` must have ${allowed} item${allowed.endsWith(" 1") ? "" : "s"}; it has `,
              code`${self}.length`,
            ])});`,
          )}`,
        );
      }
    }
  }
  return lines(out);
}

/** The warning for a set member that is deprecated (on the member or on its target). */
export function deprecationWarning(member: Member, target: Shape, p: Code): Code {
  const text = deprecation(member.traits) ?? deprecation(target.traits);
  if (text === undefined) return code``;
  // Warnings never make a value invalid: without a collector there is nothing to do.
  return code`if (c?.rules) c.warn(${p}, ${`\`${member.name}\` is ${text}`});`;
}
