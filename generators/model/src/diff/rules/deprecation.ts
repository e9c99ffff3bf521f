// Rule: `@deprecated`.
//
// | change                        | severity | kind               | Smithy (ModifiedTrait default) |
// |-------------------------------|----------|--------------------|--------------------------------|
// | added                         | safe     | AddedDeprecation   | NOTE                           |
// | message / since changed       | safe     | ChangedDeprecation | NOTE                           |
// | removed                       | safe     | RemovedDeprecation | WARNING (generic removal)      |
//
// Deprecation is advice: it changes no type and no wire format, so none of it can break a
// client; removing it (un-deprecating) is the most harmless of the three, whatever Smithy's
// catch-all says. Semver still wants a minor release for a new deprecation (see semver.ts).

import type { NodeValue } from "../../ast.js";
import { change, type ModelChange } from "../model-change.js";
import { nodeValuesEqual, showNodeValue } from "../node-value-equality.js";
import { traitValues, type TraitHolderPair, type TraitRuleModule } from "../trait-rule.js";

const DEPRECATED = "smithy.api#deprecated";

function reason(value: NodeValue | undefined): string {
  const message =
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    Object.hasOwn(value, "message")
      ? value["message"]
      : undefined;
  return typeof message === "string" && message !== "" ? `: ${message}` : "";
}

export const deprecationRules: TraitRuleModule = {
  traits: new Set([DEPRECATED]),
  diff(pair: TraitHolderPair): ModelChange[] {
    const { before, after } = traitValues(pair, DEPRECATED);
    if (nodeValuesEqual(before, after)) return [];
    if (before === undefined)
      return [change("safe", pair.id, "AddedDeprecation", `Deprecated ${pair.id}${reason(after)}`)];
    if (after === undefined)
      return [change("safe", pair.id, "RemovedDeprecation", `${pair.id} is no longer deprecated`)];
    return [
      change(
        "safe",
        pair.id,
        "ChangedDeprecation",
        `Changed @deprecated from ${showNodeValue(before)} to ${showNodeValue(after)}`,
      ),
    ];
  },
};
