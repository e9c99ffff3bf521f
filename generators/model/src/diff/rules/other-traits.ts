// Rule: every trait no specific rule module owns, classified as Smithy's TraitBreakingChange and
// ModifiedTrait evaluators do.
//
// | the trait …                                              | added     | changed   | removed   |
// |----------------------------------------------------------|-----------|-----------|-----------|
// | has prelude rules (rules/prelude-trait-rules.ts)          | per rule  | per rule  | per rule  |
// | is defined with `@trait(breakingChanges: [...])`         | per rule  | per rule  | per rule  |
// | is tagged `diff.<severity>.<change>` / `diff.contents`   | per tag   | per tag   | per tag   |
// |   (rules/diff-tags.ts; with breakingChanges, both apply) |           |           |           |
// | is defined with no rules (@sensitive, @tags, custom …)   | safe      | safe      | dangerous |
// | has no definition in the new model                       | dangerous | dangerous | dangerous |
//
// Kinds: TraitBreakingChange for declared rules, ModifiedTrait for the defaults (Smithy's names).

import type { NodeValue } from "../../ast.js";
import { evaluateBreakingChangeRules, rulesFromTraitDefinition } from "../breaking-change-rules.js";
import { change, type ModelChange } from "../model-change.js";
import { nodeValuesEqual, showNodeValue } from "../node-value-equality.js";
import { traitLabel, type TraitHolderPair } from "../trait-rule.js";
import { diffTaggedTrait, hasDiffTags } from "./diff-tags.js";
import { PRELUDE_TRAIT_RULES } from "./prelude-trait-rules.js";

const TRAIT = "smithy.api#trait";

function describe(
  traitId: string,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
): string {
  const label = traitLabel(traitId);
  if (before === undefined) return `Added ${label} ${showNodeValue(after)}`;
  if (after === undefined) return `Removed ${label} (was ${showNodeValue(before)})`;
  return `Changed ${label} from ${showNodeValue(before)} to ${showNodeValue(after)}`;
}

function defaultChange(
  pair: TraitHolderPair,
  traitId: string,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
): ModelChange {
  const defined = pair.newModel.shape(traitId)?.traits.has(TRAIT) ?? false;
  const severity = !defined || after === undefined ? "dangerous" : "safe";
  return change(severity, pair.id, "ModifiedTrait", describe(traitId, before, after));
}

/** The changes to `traitId` between the pair's trait sets. */
export function diffOtherTrait(pair: TraitHolderPair, traitId: string): ModelChange[] {
  const before = pair.oldTraits.get(traitId);
  const after = pair.newTraits.get(traitId);
  if (nodeValuesEqual(before, after)) return [];
  // Smithy uses the new model's rules: the definition that describes the new value.
  const definition = pair.newModel.shape(traitId);
  const prelude = PRELUDE_TRAIT_RULES.get(traitId);
  const rules = prelude ?? rulesFromTraitDefinition(definition?.traits.get(TRAIT));
  const tagged =
    prelude === undefined && definition?.traits.has(TRAIT) && hasDiffTags(definition)
      ? diffTaggedTrait(pair.newModel, pair.id, traitId, definition, before, after)
      : undefined;
  if (rules.length === 0 && tagged === undefined)
    return [defaultChange(pair, traitId, before, after)];
  const found = [
    ...(tagged ?? []),
    ...evaluateBreakingChangeRules(
      pair.id,
      traitId,
      rules,
      before,
      after,
      definition ? { model: pair.newModel, shape: definition } : undefined,
    ),
  ];
  // Smithy stays silent when no declared rule or diff tag matches; a diff that lists every
  // change still shows it, as the safe change it is.
  if (found.length > 0) return found;
  return [change("safe", pair.id, "ModifiedTrait", describe(traitId, before, after))];
}
