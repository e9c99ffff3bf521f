// Rule: value constraints (`@length`, `@range`, `@pattern`, `@uniqueItems`). ShapeKit generates
// validators that enforce these, so a narrower constraint rejects input that used to pass.
//
// | change                                            | severity  | kind                  | Smithy                          |
// |---------------------------------------------------|-----------|-----------------------|---------------------------------|
// | @length/@range min raised, max lowered or added   | breaking  | Changed{Length,Range}Trait | ERROR (ChangedLengthTrait/ChangedRangeTrait) |
// | @length/@range added with a bound that narrows    | breaking  | same                  | NOTE (ModifiedTrait add) — *    |
// | @length/@range loosened (min lowered, max raised) | safe      | same                  | NOTE                            |
// | @length/@range removed                            | dangerous | same                  | WARNING (ModifiedTrait remove)  |
// | @pattern added                                    | breaking  | ChangedPatternTrait   | WARNING — *                     |
// | @pattern changed                                  | breaking  | ChangedPatternTrait   | NOTE — *                        |
// | @pattern removed                                  | safe      | ChangedPatternTrait   | (no event)                      |
// | @uniqueItems added or removed                     | dangerous | ChangedUniqueItemsTrait | WARNING                       |
//
// * Stricter than Smithy on purpose. Smithy compares only a changed trait's bounds, so adding
//   `@length(max: 10)` to an unbounded string is a NOTE there although it narrows exactly like
//   lowering a max; here a missing trait means "unbounded" and both are judged alike. Whether a
//   new regular expression accepts everything the old one did cannot be decided in general, and
//   the generated validators enforce it on every request, so any new or changed pattern is
//   treated as a narrowing.

import type { NodeValue } from "../../ast.js";
import { change, type ModelChange } from "../model-change.js";
import { nodeValuesEqual, showNodeValue } from "../node-value-equality.js";
import { traitValues, type TraitHolderPair, type TraitRuleModule } from "../trait-rule.js";

const LENGTH = "smithy.api#length";
const RANGE = "smithy.api#range";
const PATTERN = "smithy.api#pattern";
const UNIQUE_ITEMS = "smithy.api#uniqueItems";

function bound(value: NodeValue | undefined, key: "min" | "max"): number | undefined {
  if (value === null || value === undefined || typeof value !== "object" || Array.isArray(value))
    return undefined;
  const n = Object.hasOwn(value, key) ? value[key] : undefined;
  return typeof n === "number" ? n : undefined;
}

function diffBounds(
  pair: TraitHolderPair,
  traitId: string,
  kind: string,
  label: string,
  floor: number,
): ModelChange[] {
  const { before, after } = traitValues(pair, traitId);
  if (nodeValuesEqual(before, after)) return [];
  const oldMin = bound(before, "min") ?? floor;
  const newMin = bound(after, "min") ?? floor;
  const oldMax = bound(before, "max") ?? Infinity;
  const newMax = bound(after, "max") ?? Infinity;
  const narrowed: string[] = [];
  if (newMin > oldMin)
    narrowed.push(`min raised from ${bound(before, "min") ?? "none"} to ${newMin}`);
  if (newMax < oldMax)
    narrowed.push(
      oldMax === Infinity ? `max ${newMax} added` : `max lowered from ${oldMax} to ${newMax}`,
    );
  if (narrowed.length > 0)
    return [change("breaking", pair.id, kind, `${label} narrowed: ${narrowed.join(", ")}`)];
  if (after === undefined) {
    return [
      change(
        "dangerous",
        pair.id,
        kind,
        `Removed ${label} ${showNodeValue(before)}: output may now hold values the old bounds excluded`,
      ),
    ];
  }
  const from = before === undefined ? "none" : showNodeValue(before);
  return [
    change("safe", pair.id, kind, `${label} loosened from ${from} to ${showNodeValue(after)}`),
  ];
}

function diffPattern(pair: TraitHolderPair): ModelChange[] {
  const { before, after } = traitValues(pair, PATTERN);
  if (nodeValuesEqual(before, after)) return [];
  if (before === undefined)
    return [
      change("breaking", pair.id, "ChangedPatternTrait", `Added @pattern ${showNodeValue(after)}`),
    ];
  if (after === undefined)
    return [
      change("safe", pair.id, "ChangedPatternTrait", `Removed @pattern ${showNodeValue(before)}`),
    ];
  return [
    change(
      "breaking",
      pair.id,
      "ChangedPatternTrait",
      `Changed @pattern from ${showNodeValue(before)} to ${showNodeValue(after)}`,
    ),
  ];
}

function diffUniqueItems(pair: TraitHolderPair): ModelChange[] {
  const { before, after } = traitValues(pair, UNIQUE_ITEMS);
  if ((before === undefined) === (after === undefined)) return [];
  return [
    change(
      "dangerous",
      pair.id,
      "ChangedUniqueItemsTrait",
      `${before === undefined ? "Added" : "Removed"} @uniqueItems`,
    ),
  ];
}

export const constraintRules: TraitRuleModule = {
  traits: new Set([LENGTH, RANGE, PATTERN, UNIQUE_ITEMS]),
  diff(pair: TraitHolderPair): ModelChange[] {
    return [
      ...diffBounds(pair, LENGTH, "ChangedLengthTrait", "@length", 0),
      ...diffBounds(pair, RANGE, "ChangedRangeTrait", "@range", -Infinity),
      ...diffPattern(pair),
      ...diffUniqueItems(pair),
    ];
  },
};
