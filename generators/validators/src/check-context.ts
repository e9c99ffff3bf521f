// What every check emitter needs: the model, the names, the shared constants, which shapes
// recurse; and the one decision they all share, how a value of a target shape is checked —
// a call to the target's check function for aggregates and enums, inline straight-line code for
// other scalars (so the common case, a scalar member, costs no call and builds no path unless it
// fails).

import { trait, type Member, type Model, type Shape, type Traits } from "@shapekit/model";
import { code, joinCode, optionalNumber, type Code } from "@shapekit/generated-package";
import type { ModuleConstants } from "./module-constants.js";
import { enumMemberCheck, scalarCheck } from "./emit-scalar.js";
import type { ValidatorNames } from "./validator-names.js";
import type { ValuePath } from "./check-function.js";
import { issue } from "./verdict.js";

export interface CheckContext {
  readonly model: Model;
  readonly names: ReadonlyMap<string, ValidatorNames>;
  readonly constants: ModuleConstants;
  readonly recursive: ReadonlySet<string>;
  /**
   * Filled with the ids of the shapes whose check functions the emitted code calls: the
   * imports of a module that holds one shape's checks.
   */
  readonly calls?: Set<string>;
  /**
   * Shapes whose checks take the nesting depth `d` of recursive shapes: the recursive ones and
   * every shape that reaches one. Without a collector depth is counted in that parameter; with
   * one, in the collector.
   */
  readonly depthCarriers: ReadonlySet<string>;
  /**
   * Each enum's values live in its own module, exported, and members of the enum are checked
   * inline against them (no call, no path built): set for packages, whose modules import; a
   * check program (one module) calls the enum's check instead.
   */
  readonly enumsByImport?: boolean;
}

const AGGREGATES: ReadonlySet<string> = new Set(["structure", "union", "list", "set", "map"]);

export function isAggregate(shape: Shape): boolean {
  return AGGREGATES.has(shape.type);
}

/** A target's traits with the member's own on top: constraint traits on a member refine its target. */
export function effectiveTraits(member: Member | undefined, target: Shape): Traits {
  if (!member || member.traits.size === 0) return target.traits;
  return new Map([...target.traits, ...member.traits]);
}

export function namesOf(ctx: CheckContext, shape: Shape): ValidatorNames {
  const names = ctx.names.get(shape.id);
  if (!names) throw new Error(`${shape.id} has no validator`);
  return names;
}

/**
 * Statements that check the value in variable `value` against `target` (reached through
 * `member`, whose traits apply too). `path` holds expressions for the value's path, evaluated
 * only where an issue is reported or an aggregate is entered.
 */
export function valueCheck(
  ctx: CheckContext,
  target: Shape,
  member: Member | undefined,
  value: Code,
  path: ValuePath,
): Code {
  // Enums too: their value lists can run to hundreds of entries, declared once in the enum's own
  // module rather than copied into every module that checks a member of that type.
  const isEnum = target.type === "enum" || target.type === "intEnum";
  if (isEnum && ctx.enumsByImport && ctx.names.has(target.id)) {
    ctx.calls?.add(target.id);
    return enumMemberCheck(ctx, target, value, path.at);
  }
  if ((isAggregate(target) || isEnum) && ctx.names.has(target.id)) {
    const call = callCheck(ctx, target, value, path);
    ctx.calls?.add(target.id);
    return member ? code`${call}\n${memberLength(member, target, value, path.at)}` : call;
  }
  if (target.type === "structure") {
    // smithy.api#Unit (a union member without a value) or another prelude structure: `{}`.
    return code`if (typeof ${value} !== "object" || ${value} === null || Array.isArray(${value}) || Object.keys(${value}).length !== 0) ${issue(code`c.type(${path.at}, "an empty object", ${value});`)}`;
  }
  return scalarCheck(ctx, target, effectiveTraits(member, target), value, path.at);
}

/**
 * A member's own `@length` on a list or map target (the target's check function knows only
 * the target's traits). Both hold: the member's bounds here, the target's in its function.
 */
function memberLength(member: Member, target: Shape, value: Code, path: Code): Code {
  const length = trait.length(member.traits);
  if (!length || (length.min === undefined && length.max === undefined)) return code``;
  const isList = target.type === "list" || target.type === "set";
  const count = isList ? code`${value}.length` : code`Object.keys(${value}).length`;
  const test = isList
    ? code`Array.isArray(${value})`
    : code`typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})`;
  const outside = [
    ...(length.min !== undefined ? [code`n < ${length.min}`] : []),
    ...(length.max !== undefined ? [code`n > ${length.max}`] : []),
  ];
  return code`if (${test}) {
const n = ${count};
if (${joinCode(outside, " || ")}) ${issue(code`c.length(${path}, ${value}, n, ${optionalNumber(length.min)}, ${optionalNumber(length.max)}, ${isList ? "items" : "entries"});`)}
}`;
}

/**
 * The call that checks `value` against `target`'s own function, passing the verdict on:
 * `if (!checkT(value, path, c)) return false;` (with the depth `d` when `target` carries it).
 * With a collector the callee returns true; without one its path argument builds no string.
 */
function callCheck(ctx: CheckContext, target: Shape, value: Code, path: ValuePath): Code {
  const names = namesOf(ctx, target);
  const depth = ctx.depthCarriers.has(target.id) ? code`, d` : code``;
  return code`if (!${names.checkName}(${value}, ${path.passed}, c${depth})) return false;`;
}
