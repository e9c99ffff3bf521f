// Rule: nullability and defaults (`@required`, `@default`, `@clientOptional`, and `@input` on a
// structure, which makes its required members nullable to clients). The cases and severities are
// those of Smithy's ChangedNullability and ChangedDefault evaluators; a member added with
// `@required` is AddedRequiredMember in member-diff.ts.
//
// | change (member existed before)                                  | severity  | kind               |
// |-----------------------------------------------------------------|-----------|--------------------|
// | @required added (no @clientOptional, container not @input)      | breaking  | ChangedNullability |
// | … to a member targeting a structure or union                    | dangerous | ChangedNullability |
// | … to a member with a non-null @default (it was never null)      | (none)    |                    |
// | @required added to an @input or @clientOptional member           | dangerous | ChangedNullability |
// | @clientOptional added to a member that stays @required          | breaking  | ChangedNullability |
// | @clientOptional removed from a member that stays @required      | breaking  | ChangedNullability |
// | @required removed, no @default added, target not struct/union   | breaking  | ChangedNullability |
// | @required removed from a member targeting a structure or union  | dangerous | ChangedNullability |
// | @required removed (member @clientOptional, or container @input) | safe      | ChangedNullability |
// | @default added with @required removed and @addedDefault present | safe      | ChangedDefault     |
// | @default added otherwise (not null)                             | breaking  | ChangedDefault     |
// | @default removed (old value not null)                           | breaking  | ChangedDefault     |
// | @default changed, both or neither the type's zero value         | dangerous | ChangedDefault     |
// | @default changed between a zero and a non-zero value            | breaking  | ChangedDefault     |
// | @default added, removed or changed on a root shape              | breaking  | ChangedDefault     |
// | @input removed from a structure with required members           | breaking  | ChangedNullability |
// | @input added to a structure with required members               | dangerous | ChangedNullability |

import type { NodeValue } from "../../ast.js";
import type { Shape } from "../../model.js";
import { change, type ModelChange } from "../model-change.js";
import { nodeValuesEqual, showNodeValue } from "../node-value-equality.js";
import type { TraitHolderPair, TraitRuleModule } from "../trait-rule.js";

const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const CLIENT_OPTIONAL = "smithy.api#clientOptional";
const ADDED_DEFAULT = "smithy.api#addedDefault";
const INPUT = "smithy.api#input";

// Smithy 1.0 zero values: what a default could mean before 2.0 made defaults explicit.
const isZeroValue = (value: NodeValue | undefined): boolean => value === false || value === 0;

function memberChanges(pair: TraitHolderPair): ModelChange[] {
  const { oldTraits: before, newTraits: after, id } = pair;
  const out: ModelChange[] = [];
  const requiredAdded = !before.has(REQUIRED) && after.has(REQUIRED);
  const requiredRemoved = before.has(REQUIRED) && !after.has(REQUIRED);
  const inputBefore = pair.oldShape.traits.has(INPUT);
  const inputNow = pair.newShape.traits.has(INPUT);

  // A member that had a non-null @default was never null to clients: @required changes nothing.
  const alreadyNonNull =
    before.get(DEFAULT) !== undefined &&
    before.get(DEFAULT) !== null &&
    !before.has(CLIENT_OPTIONAL) &&
    !inputBefore;
  const addedTarget = pair.newModel.shape(pair.newMember?.target ?? "");
  if (requiredAdded && !alreadyNonNull) {
    const relaxed = inputNow || after.has(CLIENT_OPTIONAL);
    const aggregate = addedTarget?.type === "structure" || addedTarget?.type === "union";
    out.push(
      relaxed
        ? change(
            "dangerous",
            id,
            "ChangedNullability",
            "Added @required: callers that omitted this member must now send it",
          )
        : aggregate
          ? change(
              "dangerous",
              id,
              "ChangedNullability",
              `Added @required to a member targeting a ${addedTarget.type}: compatible only where generators treat structures and unions as optional`,
            )
          : change(
              "breaking",
              id,
              "ChangedNullability",
              "Added @required: the member changed from optional to required",
            ),
    );
  }
  if (
    before.has(CLIENT_OPTIONAL) &&
    !after.has(CLIENT_OPTIONAL) &&
    before.has(REQUIRED) &&
    after.has(REQUIRED) &&
    !inputNow
  ) {
    out.push(
      change(
        "breaking",
        id,
        "ChangedNullability",
        "Removed @clientOptional from a @required member: it became non-nullable",
      ),
    );
  }
  if (
    !before.has(CLIENT_OPTIONAL) &&
    after.has(CLIENT_OPTIONAL) &&
    before.has(REQUIRED) &&
    after.has(REQUIRED)
  ) {
    out.push(
      change(
        "breaking",
        id,
        "ChangedNullability",
        "Added @clientOptional to a @required member: it became nullable",
      ),
    );
  }
  if (requiredRemoved && !after.has(DEFAULT)) {
    const target = pair.newModel.shape(pair.newMember?.target ?? "");
    if (before.has(CLIENT_OPTIONAL) || (inputBefore && inputNow)) {
      out.push(
        change(
          "safe",
          id,
          "ChangedNullability",
          "Removed @required from a member clients already treat as optional",
        ),
      );
    } else if (target?.type === "structure" || target?.type === "union") {
      out.push(
        change(
          "dangerous",
          id,
          "ChangedNullability",
          `Removed @required from a member targeting a ${target.type}: compatible only where generators treat structures and unions as optional`,
        ),
      );
    } else {
      out.push(
        change(
          "breaking",
          id,
          "ChangedNullability",
          "Removed @required without adding @default: the member changed from required to optional",
        ),
      );
    }
  }

  const oldDefault = before.get(DEFAULT);
  const newDefault = after.get(DEFAULT);
  if (oldDefault === undefined && newDefault !== undefined) {
    if (newDefault === null) {
      // `@default(null)` only states that the member has no default.
    } else if (requiredRemoved && after.has(ADDED_DEFAULT)) {
      out.push(
        change(
          "safe",
          id,
          "ChangedDefault",
          `Replaced @required with @default ${showNodeValue(newDefault)} and @addedDefault`,
        ),
      );
    } else if (!requiredRemoved && !inputNow) {
      out.push(
        change(
          "breaking",
          id,
          "ChangedDefault",
          `Added @default ${showNodeValue(newDefault)} to a member that was not @required: it changed from nullable to non-nullable`,
        ),
      );
    } else {
      out.push(
        change(
          "breaking",
          id,
          "ChangedDefault",
          `Added @default ${showNodeValue(newDefault)} without @addedDefault: previously generated code breaks`,
        ),
      );
    }
  } else if (oldDefault !== undefined && newDefault === undefined) {
    if (oldDefault !== null)
      out.push(
        change(
          "breaking",
          id,
          "ChangedDefault",
          `Removed @default (was ${showNodeValue(oldDefault)})`,
        ),
      );
  } else if (oldDefault !== undefined && !nodeValuesEqual(oldDefault, newDefault)) {
    const severity = isZeroValue(oldDefault) === isZeroValue(newDefault) ? "dangerous" : "breaking";
    out.push(
      change(
        severity,
        id,
        "ChangedDefault",
        `Changed @default from ${showNodeValue(oldDefault)} to ${showNodeValue(newDefault)}`,
      ),
    );
  }
  return out;
}

function hasRequiredMember(shape: Shape): boolean {
  for (const m of shape.members.values()) if (m.traits.has(REQUIRED)) return true;
  return false;
}

function shapeChanges(pair: TraitHolderPair): ModelChange[] {
  const out: ModelChange[] = [];
  const oldDefault = pair.oldTraits.get(DEFAULT);
  const newDefault = pair.newTraits.get(DEFAULT);
  if (!nodeValuesEqual(oldDefault, newDefault)) {
    out.push(
      change(
        "breaking",
        pair.id,
        "ChangedDefault",
        `Changed the @default of a root shape from ${showNodeValue(oldDefault)} to ${showNodeValue(newDefault)}: previously generated code breaks`,
      ),
    );
  }
  const inputBefore = pair.oldTraits.has(INPUT);
  const inputNow = pair.newTraits.has(INPUT);
  if (
    inputBefore !== inputNow &&
    (hasRequiredMember(pair.oldShape) || hasRequiredMember(pair.newShape))
  ) {
    out.push(
      inputBefore
        ? change(
            "breaking",
            pair.id,
            "ChangedNullability",
            "Removed @input: its @required members became non-nullable",
          )
        : change(
            "dangerous",
            pair.id,
            "ChangedNullability",
            "Added @input: its @required members became nullable to clients",
          ),
    );
  }
  return out;
}

export const nullabilityRules: TraitRuleModule = {
  traits: new Set([REQUIRED, DEFAULT, CLIENT_OPTIONAL, INPUT]),
  diff(pair: TraitHolderPair): ModelChange[] {
    return pair.newMember ? memberChanges(pair) : shapeChanges(pair);
  },
};
