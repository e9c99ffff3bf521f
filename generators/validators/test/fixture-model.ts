// Test support: a fixture's model, loaded like any user model together with the `shapekit`
// rule traits of spec/ (any model may use them), and the emit context the orchestrator builds
// for it (test/support/emit-context.ts: the generation plan's).

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostics, loadModel, type EmitContext, type Model } from "@shapekit/model";
import { emitContextFor as sharedEmitContextFor } from "../../../test/support/emit-context.js";

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

/** The validators package's context (beside its types package), through the generation plan. */
export function emitContextFor(model: Model): EmitContext {
  return sharedEmitContextFor(model, { kind: "validators", kinds: ["types", "validators"] });
}
