// Rule: documentation traits (`@documentation`, `@externalDocumentation`, `@examples`, `@since`).
//
// | change                 | severity | Smithy (ModifiedTrait default)  |
// |------------------------|----------|---------------------------------|
// | added, changed         | safe     | NOTE                            |
// | removed                | safe     | WARNING (generic trait removal) |
//
// Removal is safe here on purpose: these traits change no type, no wire format and no validator,
// only text, and a documentation-only change must never gate a release.

import { change, type ModelChange } from "../model-change.js";
import { nodeValuesEqual } from "../node-value-equality.js";
import {
  traitLabel,
  traitValues,
  type TraitHolderPair,
  type TraitRuleModule,
} from "../trait-rule.js";

const DOCUMENTATION_TRAITS = [
  "smithy.api#documentation",
  "smithy.api#externalDocumentation",
  "smithy.api#examples",
  "smithy.api#since",
];

export const documentationRules: TraitRuleModule = {
  traits: new Set(DOCUMENTATION_TRAITS),
  diff(pair: TraitHolderPair): ModelChange[] {
    const out: ModelChange[] = [];
    for (const traitId of DOCUMENTATION_TRAITS) {
      const { before, after } = traitValues(pair, traitId);
      if (nodeValuesEqual(before, after)) continue;
      const verb = before === undefined ? "Added" : after === undefined ? "Removed" : "Changed";
      out.push(change("safe", pair.id, "ChangedDocumentation", `${verb} ${traitLabel(traitId)}`));
    }
    return out;
  },
};
