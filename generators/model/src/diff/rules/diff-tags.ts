// Smithy's diff tags: a trait definition tagged `diff.<severity>.<change>` (`diff.error.add`,
// `diff.danger.remove`, `diff.warning.update`, `diff.error.const` for any change) says how
// serious adding, removing or changing that trait is. Tagged `diff.contents`, the trait's value
// is compared part by part: each member of the trait's structure or union, each item of a list
// (by index) and each entry of a map (by key), where the tags on the members of the trait's
// shapes say how serious a change at that place is, as Smithy's ModifiedTrait evaluator reads
// them. Smithy's severities on ShapeKit's scale: ERROR is breaking, DANGER and WARNING dangerous.

import type { NodeValue } from "../../ast.js";
import type { Member, Model, Shape } from "../../model.js";
import { isNodeObject } from "../../node-value.js";
import { change, type ChangeSeverity, type ModelChange } from "../model-change.js";
import { nodeValuesEqual, showNodeValue } from "../node-value-equality.js";
import { traitLabel } from "../trait-rule.js";
import { appendAll } from "../../append-all.js";

type ChangeType = "add" | "remove" | "update" | "const";

interface Strategy {
  readonly type: ChangeType;
  readonly severity: ChangeSeverity;
}

const TAG = /^diff\.(error|danger|warning)\.(add|remove|update|const)$/;
const SEVERITY: Readonly<Record<string, ChangeSeverity>> = {
  error: "breaking",
  danger: "dangerous",
  warning: "dangerous",
};

/** The diff strategies the `@tags` of a shape or member state (`diff.contents` apart). */
function strategiesOf(tags: NodeValue | undefined): Strategy[] {
  if (!Array.isArray(tags)) return [];
  const out: Strategy[] = [];
  for (const tag of tags) {
    const match = typeof tag === "string" ? TAG.exec(tag) : null;
    if (match) out.push({ type: match[2] as ChangeType, severity: SEVERITY[match[1]!]! });
  }
  return out;
}

const TAGS = "smithy.api#tags";

/** Whether a trait definition carries diff tags (and so is judged here). */
export function hasDiffTags(definition: Shape): boolean {
  const tags = definition.traits.get(TAGS);
  return (
    Array.isArray(tags) &&
    tags.some((t) => typeof t === "string" && (TAG.test(t) || t === "diff.contents"))
  );
}

/** What the strategies find for one place of the value (`path` "" for the whole trait). */
function apply(
  strategies: readonly Strategy[],
  id: string,
  traitId: string,
  path: string,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
): ModelChange[] {
  const label = traitLabel(traitId);
  const at = path === "" ? "" : ` at ${path}`;
  const out: ModelChange[] = [];
  for (const { type, severity } of strategies) {
    const add = (type === "add" || type === "const") && before === undefined && after !== undefined;
    const remove =
      (type === "remove" || type === "const") && before !== undefined && after === undefined;
    const update =
      (type === "update" || type === "const") &&
      before !== undefined &&
      after !== undefined &&
      !nodeValuesEqual(before, after);
    if (add)
      out.push(
        change(severity, id, "ModifiedTrait", `Added ${label}${at}: ${showNodeValue(after)}`),
      );
    if (remove)
      out.push(
        change(
          severity,
          id,
          "ModifiedTrait",
          `Removed ${label}${at} (was ${showNodeValue(before)})`,
        ),
      );
    if (update)
      out.push(
        change(
          severity,
          id,
          "ModifiedTrait",
          `Changed ${label}${at} from ${showNodeValue(before)} to ${showNodeValue(after)}`,
        ),
      );
  }
  return out;
}

/**
 * The changes to a trait whose definition carries diff tags, found on the shape (or member)
 * `id`: the definition's own strategies on the whole value, then, with `diff.contents` and a
 * value on both sides, its contents part by part.
 */
export function diffTaggedTrait(
  model: Model,
  id: string,
  traitId: string,
  definition: Shape,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
): ModelChange[] {
  const tags = definition.traits.get(TAGS);
  const out = apply(strategiesOf(tags), id, traitId, "", before, after);
  const contents = Array.isArray(tags) && tags.includes("diff.contents");
  if (contents && before !== undefined && after !== undefined)
    crawl(model, id, traitId, definition, before, after, "", out);
  return out;
}

/** Compares the two values of one place of a trait's contents, shaped by `shape`. */
function crawl(
  model: Model,
  id: string,
  traitId: string,
  shape: Shape,
  before: NodeValue | undefined,
  after: NodeValue | undefined,
  path: string,
  out: ModelChange[],
): void {
  const member = (
    m: Member | undefined,
    b: NodeValue | undefined,
    a: NodeValue | undefined,
    at: string,
  ) => {
    if (!m) return;
    appendAll(out, apply(strategiesOf(m.traits.get(TAGS)), id, traitId, at, b, a));
    const target = model.shape(m.target);
    if (target) crawl(model, id, traitId, target, b, a, at, out);
  };
  if (shape.type === "list" || shape.type === "set") {
    if (!Array.isArray(before) || !Array.isArray(after)) return;
    const items = shape.members.get("member");
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      member(items, before[i], after[i], `${path}/${i}`);
  } else if (shape.type === "map") {
    if (!isNodeObject(before) || !isNodeObject(after)) return;
    const values = shape.members.get("value");
    for (const key of Object.keys(before))
      member(values, before[key], after[key], `${path}/${key}`);
    for (const key of Object.keys(after))
      if (!Object.hasOwn(before, key)) member(values, undefined, after[key], `${path}/${key}`);
  } else if (shape.type === "structure" || shape.type === "union") {
    if (!isNodeObject(before) || !isNodeObject(after)) return;
    for (const [name, m] of shape.members) {
      const b = Object.hasOwn(before, name) ? before[name] : undefined;
      const a = Object.hasOwn(after, name) ? after[name] : undefined;
      if (b !== undefined || a !== undefined) member(m, b, a, `${path}/${name}`);
    }
  }
}
