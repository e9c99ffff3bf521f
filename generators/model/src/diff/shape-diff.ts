// Rule: whole shapes — added, removed, type changed — and the dispatch of a shape present on
// both sides to the member, enum, binding and trait rules.
//
// | change                                                   | severity  | kind             | Smithy                           |
// |----------------------------------------------------------|-----------|------------------|----------------------------------|
// | shape added                                              | safe      | AddedShape       | AddedShape: NOTE                 |
// | aggregate, enum, service, operation or resource removed  | breaking  | RemovedShape     | RemovedShape: ERROR              |
// | trait definition removed                                 | breaking  | RemovedShape     | RemovedTraitDefinition: ERROR    |
// | scalar shape removed (string without @enum, number, blob, boolean, timestamp) | dangerous | RemovedShape | RemovedShape.ScalarShape: WARNING |
// | @private shape removed                                   | (none)    |                  | not API surface                  |
// | type changed                                             | breaking  | ChangedShapeType | ChangedShapeType: ERROR          |
// | string with @enum became an enum shape                   | per value | (enum-values.ts) | exempt from ChangedShapeType     |
//
// Members of an added or removed shape are not reported again, one by one.

import { SIMPLE_SHAPE_TYPES } from "../ast.js";
import type { Model, Shape } from "../model.js";
import { diffEntity } from "./entity-diff.js";
import { diffEnumValues, ENUM_SHAPE_TRAITS, isEnumLike } from "./enum-values.js";
import { diffMembers } from "./member-diff.js";
import { change, type ModelChange } from "./model-change.js";
import { diffShapeTraits } from "./trait-diff.js";
import { appendAll } from "../append-all.js";

/** Simple types whose removal is only dangerous (a string counts unless it is an `@enum`). */
const SCALAR_TYPES: ReadonlySet<string> = new Set(
  SIMPLE_SHAPE_TYPES.filter((type) => type !== "string" && type !== "document"),
);

export function addedShape(shape: Shape): ModelChange {
  return change("safe", shape.id, "AddedShape", `Added ${shape.type} ${shape.id}`);
}

export function removedShape(shape: Shape): ModelChange | undefined {
  if (shape.traits.has("smithy.api#private")) return undefined;
  const scalar =
    !shape.traits.has("smithy.api#trait") &&
    (SCALAR_TYPES.has(shape.type) ||
      (shape.type === "string" && !shape.traits.has("smithy.api#enum")));
  return change(
    scalar ? "dangerous" : "breaking",
    shape.id,
    "RemovedShape",
    `Removed ${shape.type} ${shape.id}`,
  );
}

export function diffShape(
  oldModel: Model,
  newModel: Model,
  before: Shape,
  after: Shape,
): ModelChange[] {
  const out: ModelChange[] = [];
  const stringToEnum =
    before.type === "string" && before.traits.has("smithy.api#enum") && after.type === "enum";
  if (before.type !== after.type && !stringToEnum) {
    out.push(
      change(
        "breaking",
        after.id,
        "ChangedShapeType",
        `Type changed from ${before.type} to ${after.type}`,
      ),
    );
  }
  const enumLike = isEnumLike(before) || isEnumLike(after);
  out.push(
    ...diffShapeTraits(oldModel, newModel, before, after, enumLike ? ENUM_SHAPE_TRAITS : undefined),
  );
  // Members of shapes of different kinds do not correspond; the type change says it all.
  if (before.type === after.type || stringToEnum) {
    if (enumLike) appendAll(out, diffEnumValues(oldModel, newModel, before, after));
    else appendAll(out, diffMembers(oldModel, newModel, before, after));
    appendAll(out, diffEntity(before, after, oldModel, newModel));
  }
  return out;
}
