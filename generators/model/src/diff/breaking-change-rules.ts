// Smithy's declarative trait compatibility rules: a trait definition's `breakingChanges` list
// (`{ change: add | remove | update | presence | any, path?, severity?, message? }`), evaluated the
// way Smithy's TraitBreakingChange evaluator does. ShapeKit states the prelude traits' rules as
// data in this same form (rules/protocol-traits.ts) and reads custom traits' rules from their
// definitions, so both go through this one evaluator.
//
// Paths: `/name/other` walks object keys of the trait value. Smithy also walks list indexes and
// map keys through the trait's shape; that is not done here (no prelude rule needs it).

import type { NodeValue } from "../ast.js";
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

function at(value: NodeValue | undefined, path: string | undefined): NodeValue | undefined {
  let current = value;
  for (const segment of (path ?? "").split("/").filter((s) => s !== "")) {
    if (
      current === null ||
      current === undefined ||
      typeof current !== "object" ||
      Array.isArray(current)
    )
      return undefined;
    current = Object.hasOwn(current, segment) ? current[segment] : undefined;
  }
  return current;
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
): ModelChange[] {
  const out: ModelChange[] = [];
  for (const rule of rules) {
    // As in Smithy, a nested path is only compared while the trait is still there.
    if (rule.path && after === undefined) continue;
    const left = at(before, rule.path);
    const right = at(after, rule.path);
    const actual = kindOf(left, right);
    if (actual === undefined || !matches(rule.change, actual)) continue;
    const where = rule.path ? ` at ${rule.path}` : "";
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
  return out;
}
