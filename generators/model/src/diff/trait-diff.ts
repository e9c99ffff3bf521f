// Compares the traits of one shape or member: each rule module classifies the traits it owns,
// every other trait goes to the Smithy defaults in rules/other-traits.ts. Traits that a
// structural rule already judged (an enum member's @enumValue) are skipped by the caller.

import type { Member, Model, Shape } from "../model.js";
import type { ModelChange } from "./model-change.js";
import { nodeValuesEqual } from "./node-value-equality.js";
import { constraintRules } from "./rules/constraints.js";
import { deprecationRules } from "./rules/deprecation.js";
import { documentationRules } from "./rules/documentation.js";
import { nullabilityRules } from "./rules/nullability.js";
import { diffOtherTrait } from "./rules/other-traits.js";
import type { TraitHolderPair, TraitRuleModule } from "./trait-rule.js";
import { appendAll } from "../append-all.js";

const MODULES: readonly TraitRuleModule[] = [
  documentationRules,
  deprecationRules,
  constraintRules,
  nullabilityRules,
];
const OWNED: ReadonlySet<string> = new Set(MODULES.flatMap((m) => [...m.traits]));

/** The trait ids present on either side whose values differ. */
function changedTraitIds(pair: TraitHolderPair): string[] {
  const ids: string[] = [];
  for (const [id, value] of pair.oldTraits)
    if (!nodeValuesEqual(value, pair.newTraits.get(id))) ids.push(id);
  for (const id of pair.newTraits.keys()) if (!pair.oldTraits.has(id)) ids.push(id);
  return ids;
}

export function diffTraits(
  pair: TraitHolderPair,
  skip: ReadonlySet<string> = new Set(),
): ModelChange[] {
  const changed = changedTraitIds(pair).filter((id) => !skip.has(id));
  // Most shapes of a real model do not change at all: skip the rule modules for them.
  if (changed.length === 0) return [];
  const out: ModelChange[] = [];
  for (const module of MODULES) {
    if (changed.some((id) => module.traits.has(id))) appendAll(out, module.diff(pair));
  }
  for (const id of changed) if (!OWNED.has(id)) appendAll(out, diffOtherTrait(pair, id));
  return out;
}

/** The trait changes of a shape that exists in both models. */
export function diffShapeTraits(
  oldModel: Model,
  newModel: Model,
  before: Shape,
  after: Shape,
  skip?: ReadonlySet<string>,
): ModelChange[] {
  return diffTraits(
    {
      id: after.id,
      oldModel,
      newModel,
      oldShape: before,
      newShape: after,
      oldTraits: before.traits,
      newTraits: after.traits,
    },
    skip,
  );
}

/** The trait changes of a member that exists in both versions of its container. */
export function diffMemberTraits(
  oldModel: Model,
  newModel: Model,
  before: Shape,
  after: Shape,
  oldMember: Member,
  newMember: Member,
  skip?: ReadonlySet<string>,
): ModelChange[] {
  return diffTraits(
    {
      id: newMember.id,
      oldModel,
      newModel,
      oldShape: before,
      newShape: after,
      oldMember,
      newMember,
      oldTraits: oldMember.traits,
      newTraits: newMember.traits,
    },
    skip,
  );
}
