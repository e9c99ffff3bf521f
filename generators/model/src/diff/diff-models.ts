// The model diff: every difference between two resolved models, classified. Prelude shapes are
// left out (they are the same in every model); metadata is not compared.

import type { Model } from "../model.js";
import { compareChanges, type ModelChange } from "./model-change.js";
import { addedShape, diffShape, removedShape } from "./shape-diff.js";
import { appendAll } from "../append-all.js";

/**
 * Compares two resolved models and returns their differences, each classified `breaking`,
 * `dangerous` or `safe` with Smithy's diff rules (see the rule modules beside this one), sorted
 * by shape id, then kind, then message. Equal models give `[]`. Never throws on a valid `Model`.
 */
export function diffModels(oldModel: Model, newModel: Model): ModelChange[] {
  const changes: ModelChange[] = [];
  for (const before of oldModel.ownShapes()) {
    const after = newModel.shape(before.id);
    if (after) appendAll(changes, diffShape(oldModel, newModel, before, after));
    else {
      const removed = removedShape(before);
      if (removed) changes.push(removed);
    }
  }
  for (const after of newModel.ownShapes())
    if (!oldModel.shape(after.id)) changes.push(addedShape(after));
  return changes.sort(compareChanges);
}
