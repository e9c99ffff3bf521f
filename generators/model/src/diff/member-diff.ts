// Rule: members of structures, unions, lists and maps (enum members are values: enum-values.ts).
//
// | change                                                    | severity  | kind                | Smithy                      |
// |-----------------------------------------------------------|-----------|---------------------|-----------------------------|
// | member removed                                            | breaking  | RemovedMember       | RemovedShape (member): ERROR|
// | optional member added (or any union member)               | safe      | AddedMember         | AddedShape: NOTE            |
// | structure member added with @required and no @default     | breaking  | AddedRequiredMember | AddedRequiredMember: ERROR  |
// | member added before existing ones, or members reordered   | dangerous | ChangedMemberOrder  | ChangedMemberOrder: DANGER  |
// | target changed to a shape of another type, or to an       | breaking  | ChangedMemberTarget | ChangedMemberTarget: ERROR  |
// |   aggregate/enum shape, or to one with other traits       |           |                     |                             |
// | target changed to an equivalent simple shape, list or map | dangerous | ChangedMemberTarget | ChangedMemberTarget: WARNING|
//
// Order: Smithy compares member names position by position, so removing a middle member also
// reads as a reorder there; here only the relative order of members present on both sides, and
// members inserted before the last of them, count (the removal is reported on its own).

import type { Member, Model, Shape } from "../model.js";
import { change, type ModelChange } from "./model-change.js";
import { nodeValuesEqual } from "./node-value-equality.js";
import { diffTraits } from "./trait-diff.js";

const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const ENUM_TRAIT = "smithy.api#enum";
const EQUIVALENT_TARGET_TYPES: ReadonlySet<string> = new Set([
  "blob",
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
  "list",
  "map",
]);

function traitsEqual(a: Member | Shape, b: Member | Shape): boolean {
  if (a.traits.size !== b.traits.size) return false;
  for (const [id, value] of a.traits)
    if (!b.traits.has(id) || !nodeValuesEqual(value, b.traits.get(id))) return false;
  return true;
}

/** Why code generated for `before` cannot take `after` as is; empty when only the name differs. */
function targetIncompatibilities(before: Shape | undefined, after: Shape | undefined): string[] {
  if (!before || !after) return [];
  if (before.type !== after.type) return [`its type changed from ${before.type} to ${after.type}`];
  if (!EQUIVALENT_TARGET_TYPES.has(before.type))
    return [`the name of a ${before.type} is significant`];
  const issues: string[] = [];
  if (before.traits.has(ENUM_TRAIT))
    issues.push("the old target has @enum, so its name matters to generated code");
  if (!traitsEqual(before, after)) issues.push("the targets' traits differ");
  for (const [name, oldMember] of before.members) {
    const newMember = after.members.get(name);
    if (!newMember || newMember.target !== oldMember.target)
      issues.push(`their ${name} targets differ`);
    else if (!traitsEqual(oldMember, newMember))
      issues.push(`their ${name} members' traits differ`);
  }
  return issues;
}

function diffTarget(
  oldModel: Model,
  newModel: Model,
  before: Member,
  after: Member,
): ModelChange[] {
  if (before.target === after.target) return [];
  const issues = targetIncompatibilities(
    oldModel.shape(before.target),
    newModel.shape(after.target),
  );
  const what = `Target changed from ${before.target} to ${after.target}`;
  return issues.length > 0
    ? [change("breaking", after.id, "ChangedMemberTarget", `${what}: ${issues.join("; ")}`)]
    : [
        change(
          "dangerous",
          after.id,
          "ChangedMemberTarget",
          `${what}: an equivalent shape under another name`,
        ),
      ];
}

function orderChanged(before: Shape, after: Shape): boolean {
  const common = [...before.members.keys()].filter((n) => after.members.has(n));
  const newOrder = [...after.members.keys()];
  const kept = newOrder.filter((n) => before.members.has(n));
  if (kept.some((n, i) => n !== common[i])) return true;
  const lastKept = kept.length === 0 ? -1 : newOrder.indexOf(kept[kept.length - 1]!);
  return newOrder.slice(0, lastKept).some((n) => !before.members.has(n));
}

export function diffMembers(
  oldModel: Model,
  newModel: Model,
  before: Shape,
  after: Shape,
): ModelChange[] {
  const out: ModelChange[] = [];
  for (const [name, oldMember] of before.members) {
    const newMember = after.members.get(name);
    if (!newMember) {
      out.push(
        change(
          "breaking",
          oldMember.id,
          "RemovedMember",
          `Removed member ${name} (target ${oldMember.target})`,
        ),
      );
      continue;
    }
    out.push(...diffTarget(oldModel, newModel, oldMember, newMember));
    out.push(
      ...diffTraits({
        id: newMember.id,
        oldModel,
        newModel,
        oldShape: before,
        newShape: after,
        oldMember,
        newMember,
        oldTraits: oldMember.traits,
        newTraits: newMember.traits,
      }),
    );
  }
  for (const [name, newMember] of after.members) {
    if (before.members.has(name)) continue;
    const required =
      after.type === "structure" &&
      newMember.traits.has(REQUIRED) &&
      !newMember.traits.has(DEFAULT);
    out.push(
      required
        ? change(
            "breaking",
            newMember.id,
            "AddedRequiredMember",
            `Added member ${name} with @required and no @default`,
          )
        : change(
            "safe",
            newMember.id,
            "AddedMember",
            `Added member ${name} (target ${newMember.target})`,
          ),
    );
  }
  if ((after.type === "structure" || after.type === "union") && orderChanged(before, after)) {
    out.push(
      change(
        "dangerous",
        after.id,
        "ChangedMemberOrder",
        `Members of ${after.type} ${after.id} were reordered or inserted before existing ones`,
      ),
    );
  }
  return out;
}
