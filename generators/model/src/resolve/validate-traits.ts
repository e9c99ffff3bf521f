// Trait applications: every trait id names a shape marked `@trait`, and its value fits that
// shape; `@length` and `@range` bounds are consistent (no negative length, `min` not above
// `max`: generated validators could otherwise accept nothing). `@default` values are checked against the shape they default (a member's target), and
// a member targeting a shape that has a default must repeat it (or opt out with `null`), as the
// 2.0 specification requires.
// Traits from namespaces other than the prelude that no file defines (`aws.api#service` in an
// AWS model loaded without the AWS trait definitions) are warnings: their values go unchecked,
// but a model that only uses them as opaque data stays usable.

import { memberEntries, type NodeValue } from "../ast.js";
import { nodeEquals } from "../node-value.js";
import { getOwn } from "../record.js";
import { isPreludeId } from "../shape-id.js";
import { pointer, type SourceLocation } from "../source-location.js";
import { checkNode } from "./node-check.js";
import type { ResolveContext, ShapeEntry } from "./context.js";
import { isMixin } from "./mixins.js";
import { TraitPlacement } from "./trait-placement.js";

const TRAIT = "smithy.api#trait";
const DEFAULT = "smithy.api#default";
/** Traits whose values are checked by dedicated rules. */
const CHECKED_ELSEWHERE: ReadonlySet<string> = new Set([DEFAULT, "smithy.api#enumValue"]);

export function validateTraits(ctx: ResolveContext): void {
  const reportedUnknown = new Set<string>();
  const placement = new TraitPlacement(ctx);
  for (const entry of ctx.shapes.values()) {
    if (isMixin(entry.ast) || isPreludeId(entry.id)) continue;
    checkTraits(entry.id, entry.ast.traits, entry, ctx, reportedUnknown, placement);
    const rootDefault = getOwn(entry.ast.traits, DEFAULT);
    if (rootDefault !== undefined) {
      const at = ctx.locate(pointer.trait(entry.id, DEFAULT), entry.location);
      if (rootDefault === null)
        ctx.error(
          "default-value",
          `The @default of ${entry.id} cannot be null on a root shape`,
          at,
        );
      else checkDefault(entry.id, rootDefault, entry.id, undefined, ctx, at, placement);
    }
    const ast = entry.ast;
    for (const [name, m] of memberEntries(ast)) {
      const memberId = pointer.member(entry.id, name);
      checkTraits(memberId, m.traits, entry, ctx, reportedUnknown, placement);
      if (ast.type === "structure")
        checkMemberDefault(memberId, m.target, m.traits, entry, ctx, placement);
    }
  }
}

function checkTraits(
  subject: string,
  traits: Record<string, NodeValue> | undefined,
  entry: ShapeEntry,
  ctx: ResolveContext,
  reportedUnknown: Set<string>,
  placement: TraitPlacement,
): void {
  for (const [traitId, value] of Object.entries(traits ?? {})) {
    // Where the application was written, looked up only for a message: most traits have none,
    // and the lookups were a tenth of resolving a large model.
    const at = () =>
      ctx.locate(pointer.trait(subject, traitId), ctx.locate(subject, entry.location));
    const definition = ctx.shapes.get(traitId);
    if (!definition && ctx.unresolved.has(traitId)) continue;
    if (!definition) {
      if (isPreludeId(traitId))
        ctx.error(
          "unknown-trait",
          `Unknown trait ${traitId} on ${subject}: the prelude defines no such trait`,
          at(),
        );
      else if (!reportedUnknown.has(traitId)) {
        reportedUnknown.add(traitId);
        ctx.warning(
          "unknown-trait",
          `Trait ${traitId} (on ${subject}) is not defined by any file of the model; its values are not checked`,
          at(),
        );
      }
      continue;
    }
    if (!definition.ast.traits || !Object.hasOwn(definition.ast.traits, TRAIT)) {
      ctx.error(
        "not-a-trait",
        `${traitId} is applied to ${subject} as a trait, but it is not marked @trait`,
        at(),
      );
      continue;
    }
    const selector = getOwn(definition.ast.traits[TRAIT] as Record<string, NodeValue>, "selector");
    if (typeof selector === "string" && placement.allows(selector, subject) === false)
      ctx.error(
        "trait-target",
        `Trait @${traitId.slice(traitId.indexOf("#") + 1)} cannot be applied to ${subject}: it applies only to shapes matching the selector \`${selector}\``,
        at(),
      );
    if (CHECKED_ELSEWHERE.has(traitId)) continue;
    const unknown: string[] = [];
    const name = `@${traitId.slice(traitId.indexOf("#") + 1)}`;
    const problems = checkNode(value, traitId, ctx, name, unknown, {
      constraints: true,
      selects: placement.selects,
    });
    for (const p of problems)
      ctx.error("trait-value", `Invalid trait value on ${subject}: ${p}`, at());
    for (const p of unknown)
      ctx.warning("trait-value", `Trait value on ${subject} has a member it ignores: ${p}`, at());
    if (problems.length === 0 && BOUNDED.has(traitId))
      checkBounds(subject, traitId, value, ctx, at);
  }
}

/** Traits with a `min` and a `max` that must be in order. */
const BOUNDED: ReadonlySet<string> = new Set(["smithy.api#length", "smithy.api#range"]);

function checkBounds(
  subject: string,
  traitId: string,
  value: NodeValue,
  ctx: ResolveContext,
  at: () => SourceLocation,
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return;
  const trait = traitId === "smithy.api#length" ? "@length" : "@range";
  const min = getOwn(value, "min");
  const max = getOwn(value, "max");
  if (trait === "@length") {
    for (const [key, bound] of [
      ["min", min],
      ["max", max],
    ] as const) {
      if (typeof bound === "number" && bound < 0)
        ctx.error(
          "trait-value",
          `Invalid trait value on ${subject}: @length.${key} is ${bound}; a length cannot be negative`,
          at(),
        );
    }
  }
  if (typeof min === "number" && typeof max === "number" && min > max) {
    ctx.error(
      "trait-value",
      `Invalid trait value on ${subject}: ${trait} has min ${min} greater than max ${max}, so no value could satisfy it`,
      at(),
    );
  }
}

function checkMemberDefault(
  memberId: string,
  target: string,
  traits: Record<string, NodeValue> | undefined,
  entry: ShapeEntry,
  ctx: ResolveContext,
  placement: TraitPlacement,
): void {
  const value = getOwn(traits, DEFAULT);
  const targetDefault = getOwn(ctx.shapes.get(target)?.ast.traits, DEFAULT);
  const at = ctx.locate(pointer.trait(memberId, DEFAULT), ctx.locate(memberId, entry.location));
  if (value !== undefined && value !== null)
    checkDefault(memberId, value, target, traits, ctx, at, placement);
  if (targetDefault === undefined || targetDefault === null) return;
  if (value === undefined) {
    ctx.error(
      "default-value",
      `Member ${memberId} targets ${target}, which has a default of ${JSON.stringify(targetDefault)}: the member must repeat it (or set @default(null))`,
      at,
    );
  } else if (value !== null && !nodeEquals(value, targetDefault)) {
    ctx.error(
      "default-value",
      `Member ${memberId} has a default of ${JSON.stringify(value)}, but its target ${target} defaults to ${JSON.stringify(targetDefault)}`,
      at,
    );
  }
}

/**
 * A `@default` value against its shape (and member): a wrong kind of value, or one that breaks a
 * `@length` or `@pattern`, is an error; one outside a `@range` a warning, as the reference
 * loader has it.
 */
function checkDefault(
  subject: string,
  value: NodeValue,
  target: string,
  memberTraits: Record<string, NodeValue> | undefined,
  ctx: ResolveContext,
  at: SourceLocation,
  placement: TraitPlacement,
): void {
  const outsideRange: string[] = [];
  const problems = checkNode(value, target, ctx, "@default", undefined, {
    constraints: true,
    outsideRange,
    selects: placement.selects,
    ...(memberTraits ? { memberTraits } : {}),
  });
  for (const p of problems) ctx.error("default-value", `${subject}: ${p}`, at);
  for (const p of outsideRange) ctx.warning("default-value", `${subject}: ${p}`, at);
}
