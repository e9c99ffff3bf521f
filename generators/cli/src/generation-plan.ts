// From a resolved model and a config to what each emitter is asked to do: which service, which
// operations, which shapes, which package names. Decided here once so every package agrees.

import { shapeNamespace, type EmitContext, type Model, type Shape } from "@shapekit/model";
import path from "node:path";
import type { GenerationConfig, PackageKind } from "./config.js";

/** One package to emit: where it goes and what its emitter gets. */
export interface PackagePlan {
  readonly kind: PackageKind;
  readonly outDir: string;
  readonly context: EmitContext;
}

/** Thrown when the config asks for something the model does not have. */
export class PlanError extends Error {
  override name = "PlanError";
}

export function planGeneration(model: Model, config: GenerationConfig): PackagePlan[] {
  const service = model.shape(config.service);
  if (!service || service.type !== "service") {
    const services = model.ownShapes().filter((s) => s.type === "service").map((s) => s.id);
    throw new PlanError(
      `${config.configFile}: $.service: ${config.service} is not a service of the model` +
        (services.length ? ` (services: ${services.join(", ")})` : " (the model defines no service)"),
    );
  }
  const operations = selectOperations(model, service, config);
  const shapes = model
    .closure(operations.map((o) => o.id))
    .filter((s) => s.namespace !== "smithy.api")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const packageNames: Record<string, string> = {};
  for (const [kind, outDir] of config.packages) packageNames[kind] = `${config.npmScope}/${path.basename(outDir)}`;

  return [...config.packages].map(([kind, outDir]) => ({
    kind,
    outDir,
    context: {
      model,
      service,
      operations,
      shapes,
      packageName: packageNames[kind]!,
      packageVersion: config.version,
      packageNames,
      sourceDescription: config.sourceDescription,
    },
  }));
}

/** The operations the config names, looked up in the service's namespace and bindings. */
function selectOperations(model: Model, service: Shape, config: GenerationConfig): Shape[] {
  const bound = new Set(model.closure([service.id]).filter((s) => s.type === "operation").map((s) => s.id));
  const ns = shapeNamespace(service.id);
  const missing: string[] = [];
  const selected: Shape[] = [];
  for (const name of config.operations) {
    const id = `${ns}#${name}`;
    const op = model.shape(id);
    if (op?.type === "operation" && bound.has(id)) selected.push(op);
    else missing.push(name);
  }
  if (missing.length > 0) {
    throw new PlanError(
      `${config.configFile}: $.operations: not operations of ${service.id}: ${missing.join(", ")}` +
        ` (it has ${bound.size} operation${bound.size === 1 ? "" : "s"}${bound.size ? `: ${[...bound].slice(0, 10).map((id) => id.slice(id.indexOf("#") + 1)).join(", ")}${bound.size > 10 ? ", …" : ""}` : ""})`,
    );
  }
  return selected;
}
