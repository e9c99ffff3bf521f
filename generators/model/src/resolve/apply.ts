// `apply` and the trait conflict rules. Applying a trait a shape (or member) already has locally
// is allowed when the values are equal (kept once) or when the trait's shape is a list (values
// concatenate, e.g. `tags`); anything else is a conflict. Traits inherited from mixins are not
// "local": a local or applied trait simply overrides them.

import type { NodeValue } from "../ast.js";
import { cloneNode, nodeEquals } from "../node-value.js";
import { getOwn, setOwn } from "../record.js";
import { pointer, type SourceLocation } from "../source-location.js";
import { where, type Application, type ResolveContext } from "./context.js";

/** Applications grouped by the id they target (`ns#Shape` or `ns#Shape$member`), in file order. */
export function groupApplications(
  applications: readonly Application[],
): Map<string, Application[]> {
  const byTarget = new Map<string, Application[]>();
  for (const a of applications) {
    const list = byTarget.get(a.target);
    if (list) list.push(a);
    else byTarget.set(a.target, [a]);
  }
  return byTarget;
}

/**
 * Adds the applied traits to `traits` (the local traits of `subject`) following the conflict
 * rules; reports each conflict at the application, naming where the first value was set.
 */
export function applyTraits(
  subject: string,
  traits: Record<string, NodeValue>,
  applications: readonly Application[],
  ctx: ResolveContext,
): void {
  for (const application of applications) {
    for (const [traitId, value] of Object.entries(application.traits)) {
      const location =
        application.file.sources.get(pointer.trait(application.target, traitId)) ??
        application.location;
      mergeTrait(subject, traits, traitId, cloneNode(value), location, ctx);
    }
  }
}

function mergeTrait(
  subject: string,
  traits: Record<string, NodeValue>,
  traitId: string,
  value: NodeValue,
  location: SourceLocation,
  ctx: ResolveContext,
): void {
  const ptr = pointer.trait(subject, traitId);
  if (!Object.hasOwn(traits, traitId)) {
    setOwn(traits, traitId, value);
    if (!ctx.sources.has(ptr)) ctx.sources.set(ptr, location);
    return;
  }
  const existing = getOwn(traits, traitId)!;
  const definition = ctx.shapes.get(traitId)?.ast.type;
  if (
    (definition === "list" || definition === "set") &&
    Array.isArray(existing) &&
    Array.isArray(value)
  ) {
    setOwn<NodeValue>(traits, traitId, [...existing, ...value]);
  } else if (!nodeEquals(existing, value)) {
    const first = ctx.sources.get(ptr);
    ctx.error(
      "trait-conflict",
      `Conflicting values for trait ${traitId} on ${subject}` +
        (first ? ` (first applied at ${where(first)})` : ""),
      location,
    );
  }
}
