// Smithy's declarative trait compatibility rules: a trait definition's `breakingChanges` list
// (`{ change: add | remove | update | presence | any, path?, severity?, message? }`), evaluated the
// way Smithy's TraitBreakingChange evaluator does. ShapeKit states the prelude traits' rules as
// data in this same form (rules/protocol-traits.ts) and reads custom traits' rules from their
// definitions, so both go through this one evaluator.
//
// Paths: `/name/other` walks the trait's value through the trait's shape (the prelude's for
// ShapeKit's own prelude rules): a structure's or union's member by name, `/member` every item
// of a list (at `/0`, `/1`, …), `/key` or `/value` every entry of a map (at `/<key>`), as
// Smithy's TraitBreakingChange does; each place found on either side is compared. A path the
// shape does not have reaches nothing.

import type { NodeValue } from "../ast.js";
import type { Model, Shape } from "../model.js";
import { isNodeObject } from "../node-value.js";
import { change, type ChangeSeverity, type ModelChange } from "./model-change.js";
import { nodeValuesEqual, showNodeValue } from "./node-value-equality.js";
import { traitLabel } from "./trait-rule.js";

export type BreakingChangeKind = "add" | "remove" | "update" | "presence" | "any";

export interface BreakingChangeRule {
  readonly change: BreakingChangeKind;
  readonly path?: string;
  /** Smithy's severity name; ERROR when absent, as in Smithy. */
  readonly severity?: "ERROR" | "DANGER" | "WARNING" | "NOTE";
  readonly message?: string;
}

/** Smithy severities on ShapeKit's scale (see model-change.ts). */
export function fromSmithySeverity(severity: BreakingChangeRule["severity"]): ChangeSeverity {
  switch (severity ?? "ERROR") {
    case "ERROR":
      return "breaking";
    case "DANGER":
    case "WARNING":
      return "dangerous";
    default:
      return "safe";
  }
}

/** Reads `breakingChanges` from a `@trait` value; malformed entries are skipped, never thrown on. */
export function rulesFromTraitDefinition(definition: NodeValue | undefined): BreakingChangeRule[] {
  if (definition === null || typeof definition !== "object" || Array.isArray(definition)) return [];
  const list = Object.hasOwn(definition, "breakingChanges")
    ? definition["breakingChanges"]
    : undefined;
  if (!Array.isArray(list)) return [];
  const rules: BreakingChangeRule[] = [];
  for (const entry of list) {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) continue;
    const kind = entry["change"];
    if (
      kind !== "add" &&
      kind !== "remove" &&
      kind !== "update" &&
      kind !== "presence" &&
      kind !== "any"
    )
      continue;
    const severity = entry["severity"];
    rules.push({
      change: kind,
      ...(typeof entry["path"] === "string" ? { path: entry["path"] } : {}),
      ...(severity === "ERROR" ||
      severity === "DANGER" ||
      severity === "WARNING" ||
      severity === "NOTE"
        ? { severity }
        : {}),
      ...(typeof entry["message"] === "string" ? { message: entry["message"] } : {}),
    });
  }
  return rules;
}

/** The trait's shape and the model it is in, for paths that walk lists and maps. */
export interface TraitShape {
  readonly model: Model;
  readonly shape: Shape;
}

/**
 * The values `path` reaches in `value`, by the place each was found at: one place for a path
 * through structures, one per item or entry for a path through a list or map.
 */
function placesOf(
  value: NodeValue | undefined,
  path: string,
  trait: TraitShape,
): Map<string, NodeValue | undefined> {
  const places = new Map<string, NodeValue | undefined>();
  const segments = path.split("/").filter((s) => s !== "");
  const walk = (shape: Shape, i: number, current: NodeValue | undefined, place: string) => {
    if (i >= segments.length) return void places.set(place, current);
    const segment = segments[i]!;
    const member = shape.members.get(segment);
    const next = member && trait.model.shape(member.target);
    if (!next) return;
    if (shape.type === "list" || shape.type === "set") {
      if (Array.isArray(current))
        current.forEach((item, n) => walk(next, i + 1, item, `${place}/${n}`));
    } else if (shape.type === "map") {
      if (isNodeObject(current))
        for (const [key, entry] of Object.entries(current))
          walk(next, i + 1, entry, `${place}/${key}`);
    } else if (isNodeObject(current)) {
      walk(
        next,
        i + 1,
        Object.hasOwn(current, segment) ? current[segment] : undefined,
        `${place}/${segment}`,
      );
    }
  };
  walk(trait.shape, 0, value, "");
  return places;
}

function kindOf(
  before: NodeValue | undefined,
  after: NodeValue | undefined,
): "add" | "remove" | "update" | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (before === undefined) return "add";
  if (after === undefined) return "remove";
  return nodeValuesEqual(before, after) ? undefined : "update";
}

function matches(rule: BreakingChangeKind, actual: "add" | "remove" | "update"): boolean {
  return rule === actual || rule === "any" || (rule === "presence" && actual !== "update");
}

/** The changes `rules` find between two values of `traitId` at `id` (none when no rule matches). */
export function evaluateBreakingChangeRules(
  id: string,
  traitId: string,
  rules: readonly BreakingChangeRule[],
  before: NodeValue | undefined,
  after: NodeValue | undefined,
  trait?: TraitShape,
): ModelChange[] {
  const out: ModelChange[] = [];
  for (const rule of rules) {
    // As in Smithy, a nested path is only compared while the trait is still there.
    if (rule.path && after === undefined) continue;
    for (const [place, left, right] of comparedPlaces(rule.path, before, after, trait))
      check(out, id, traitId, rule, place, left, right);
  }
  return out;
}

/** The places a rule's path compares: [place, before, after], in a stable order. */
function comparedPlaces(
  path: string | undefined,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
  trait: TraitShape | undefined,
): Array<[string, NodeValue | undefined, NodeValue | undefined]> {
  if (!path) return [["", before, after]];
  if (trait === undefined) return [];
  const left = placesOf(before, path, trait);
  const right = placesOf(after, path, trait);
  const places = [...new Set([...left.keys(), ...right.keys()])].sort();
  return places.map((place) => [place, left.get(place), right.get(place)]);
}

function check(
  out: ModelChange[],
  id: string,
  traitId: string,
  rule: BreakingChangeRule,
  place: string,
  left: NodeValue | undefined,
  right: NodeValue | undefined,
): void {
  const actual = kindOf(left, right);
  if (actual === undefined || !matches(rule.change, actual)) return;
  const where = place ? ` at ${place}` : "";
  const what =
    actual === "add"
      ? `Added ${traitLabel(traitId)}${where} with value ${showNodeValue(right)}`
      : actual === "remove"
        ? `Removed ${traitLabel(traitId)}${where} (was ${showNodeValue(left)})`
        : `Changed ${traitLabel(traitId)}${where} from ${showNodeValue(left)} to ${showNodeValue(right)}`;
  out.push(
    change(
      fromSmithySeverity(rule.severity),
      id,
      "TraitBreakingChange",
      rule.message ? `${what}: ${rule.message}` : what,
    ),
  );
}
