// Test support: a fixture's model, loaded like any user model together with the `shapekit`
// rule traits of spec/ (any model may use them), and the emit context the orchestrator would
// build for it: the model's one service, its operations, their closure sorted by id.

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostics, loadModel, type EmitContext, type Model } from "@shapekit/model";

export const SHAPEKIT_TRAITS = fileURLToPath(
  new URL("../../../spec/shapekit-traits.smithy", import.meta.url),
);

export function fixtureModel(dir: string): Model {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".smithy"))
    .sort()
    .map((f) => join(dir, f));
  const result = loadModel([...files, SHAPEKIT_TRAITS]);
  if (!result.model || result.diagnostics.some((d) => d.severity === "error")) {
    throw new Error(
      `${dir}: the fixture model does not load:\n${formatDiagnostics(result.diagnostics, result.sourceText)}`,
    );
  }
  return result.model;
}

export function emitContextFor(model: Model): EmitContext {
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
    packageName: "@shapekit/example-validators",
    packageVersion: "0.1.0",
    packageNames: { types: "@shapekit/example-types", validators: "@shapekit/example-validators" },
    sourceDescription: `test fixture (${service.id})`,
  };
}
