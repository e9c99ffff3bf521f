// Test support: a fixture's model (loaded like any user model) and the emit context the
// orchestrator builds for it (test/support/emit-context.ts: the generation plan's).

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { formatDiagnostics, loadModel, type EmitContext, type Model } from "@shapekit/model";
import { emitContextFor as sharedEmitContextFor } from "../../../test/support/emit-context.js";

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

/** The types package's context for a fixture, through the generation plan (`example-types`). */
export function emitContextFor(model: Model, name = "example-{kind}"): EmitContext {
  return sharedEmitContextFor(model, { kinds: ["types"], name });
}
