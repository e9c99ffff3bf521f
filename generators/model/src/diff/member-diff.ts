// Rule: members of structures, unions, lists and maps (enum members are values: enum-values.ts).
//
// | change                                                    | severity  | kind                | Smithy                      |
// |-----------------------------------------------------------|-----------|---------------------|-----------------------------|
// | member removed                                            | breaking  | RemovedMember       | RemovedShape (member): ERROR|
// | optional member added (or any union member)               | safe      | AddedMember         | AddedShape: NOTE            |
// | structure member added with @required and no @default     | breaking  | AddedRequiredMember | AddedRequiredMember: ERROR  |
// |   (and not @clientOptional)                               |           |                     |                             |
// | member added before existing ones, or members reordered   | dangerous | ChangedMemberOrder  | ChangedMemberOrder: DANGER  |
// | target changed to a shape of another type, or to an       | breaking  | ChangedMemberTarget | ChangedMemberTarget: ERROR  |
// |   aggregate/enum shape, or to one whose differences (its  |           |                     |                             |
// |   traits, a list's or map's members) are breaking         |           |                     |                             |
// | target changed to a simple shape, list or map whose       | dangerous | ChangedMemberTarget | ChangedMemberTarget: WARNING|
// |   differences are at most dangerous (or none)             |           |                     |                             |
//
// Order: Smithy compares member names position by position, so removing a middle member also
// reads as a reorder there; here only the relative order of members present on both sides, and
// members inserted before the last of them, count (the removal is reported on its own).

import { SIMPLE_SHAPE_TYPES } from "../ast.js";
import type { Member, Model, Shape } from "../model.js";
import { change, type ModelChange } from "./model-change.js";
import { diffMemberTraits, diffShapeTraits } from "./trait-diff.js";
import { appendAll } from "../append-all.js";

const REQUIRED = "smithy.api#required";
const DEFAULT = "smithy.api#default";
const ENUM_TRAIT = "smithy.api#enum";
const EQUIVALENT_TARGET_TYPES: ReadonlySet<string> = new Set([
  ...SIMPLE_SHAPE_TYPES,
  "list",
  "map",
]);

/**
 * Why code generated for `before` cannot take `after` under any circumstances (another type, an
 * aggregate or enum whose name is significant, an `@enum` string); empty when the two may be
 * equivalent, which their differences then decide.
 */
function terminalIncompatibility(before: Shape, after: Shape): string | undefined {
  if (before.type !== after.type) return `its type changed from ${before.type} to ${after.type}`;
  if (!EQUIVALENT_TARGET_TYPES.has(before.type))
    return `the name of a ${before.type} is significant`;
  if (before.traits.has(ENUM_TRAIT))
    return "the old target has @enum, so its name matters to generated code";
  return undefined;
}

/**
 * The differences between two targets that may be equivalent, judged by the diff's own rules:
 * their traits, and for a list or map, their members' traits and targets (recursively: a list
 * cannot nest in itself without a structure, which stops the recursion above).
 */
function targetDifferences(
  oldModel: Model,
  newModel: Model,
  before: Shape,
  after: Shape,
): ModelChange[] {
  const out = diffShapeTraits(oldModel, newModel, before, after);
  for (const [name, oldMember] of before.members) {
    const newMember = after.members.get(name);
    if (!newMember) continue;
    out.push(
      ...diffMemberTraits(oldModel, newModel, before, after, oldMember, newMember),
      ...diffTarget(oldModel, newModel, oldMember, newMember),
    );
  }
  return out;
}

/**
 * A member's new target, as Smithy's ChangedMemberTarget judges it: breaking when the targets
 * cannot be equivalent; otherwise dangerous (generated code may name the shape), or breaking
 * when what differs between them is (a narrower constraint, an incompatible nested target).
 */
function diffTarget(
  oldModel: Model,
  newModel: Model,
  before: Member,
  after: Member,
): ModelChange[] {
  if (before.target === after.target) return [];
  const what = `Target changed from ${before.target} to ${after.target}`;
  const oldTarget = oldModel.shape(before.target);
  const newTarget = newModel.shape(after.target);
  if (!oldTarget || !newTarget) return [change("dangerous", after.id, "ChangedMemberTarget", what)];
  const terminal = terminalIncompatibility(oldTarget, newTarget);
  if (terminal !== undefined)
    return [change("breaking", after.id, "ChangedMemberTarget", `${what}: ${terminal}`)];
  const differences = targetDifferences(oldModel, newModel, oldTarget, newTarget);
  const breaking = differences.filter((d) => d.severity === "breaking");
  if (breaking.length > 0)
    return [
      change(
        "breaking",
        after.id,
        "ChangedMemberTarget",
        `${what}, which differs incompatibly: ${breaking.map((d) => d.message).join("; ")}`,
      ),
    ];
  return [
    change(
      "dangerous",
      after.id,
      "ChangedMemberTarget",
      differences.length === 0
        ? `${what}: an equivalent shape under another name`
        : `${what}, a compatible shape (${differences.map((d) => d.message).join("; ")})`,
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
    appendAll(out, diffTarget(oldModel, newModel, oldMember, newMember));
    appendAll(out, diffMemberTraits(oldModel, newModel, before, after, oldMember, newMember));
  }
  for (const [name, newMember] of after.members) {
    if (before.members.has(name)) continue;
    const required =
      after.type === "structure" &&
      newMember.traits.has(REQUIRED) &&
      !newMember.traits.has(DEFAULT) &&
      // Clients keep a @clientOptional member nullable: adding it breaks none of them.
      !newMember.traits.has("smithy.api#clientOptional");
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
