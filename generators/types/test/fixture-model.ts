// Test support: a fixture's model (loaded like any user model) and the emit context the orchestrator would build for it
// (the model's one service, all of its operations in model order, their closure sorted by id).

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostics, loadModel, type EmitContext, type Model } from "@shapekit/model";

/** The fixture's model: every `.smithy` file directly in `dir` (not `expected/`), resolved. */
export function fixtureModel(dir: string): Model {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".smithy"))
    .sort()
    .map((f) => join(dir, f));
  const result = loadModel(files);
  if (!result.model)
    throw new Error(
      `${dir}: the fixture model does not load:\n${formatDiagnostics(result.diagnostics, result.sourceText)}`,
    );
  return result.model;
}

export function emitContextFor(model: Model, packageName = "@shapekit/example-types"): EmitContext {
  const service = model.ownShapes().find((s) => s.type === "service");
  if (!service) throw new Error("fixture model has no service");
  const operations = (service.ast.operations ?? []).map((ref) => model.expectShape(ref.target));
  const shapes = model
    .closure(operations.map((o) => o.id))
    .filter((s) => s.namespace !== "smithy.api")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    model,
    service,
    operations,
    shapes,
    packageName,
    packageVersion: "0.1.0",
    packageNames: { types: packageName },
    sourceDescription: `test fixture (${service.id})`,
  };
}
