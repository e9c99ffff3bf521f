// Test support: the EmitContext an emitter is given, built by the generation plan exactly as
// `shapekit generate` builds it (service and operation selection, closure, package names), from
// a config a test would write in shapekit.json. One helper, so no test builds a context by hand.

import type { EmitContext, Model } from "@shapekit/model";
import type { GenerationConfig, PackageKind } from "../../generators/cli/src/config.js";
import { planGeneration } from "../../generators/cli/src/generation-plan.js";

export type { PackageKind };

export interface TestContextOptions {
  /** The package whose context is returned; default `types`. */
  readonly kind?: PackageKind;
  /** The package kinds generated together (they name each other); default every kind. */
  readonly kinds?: readonly PackageKind[];
  /** Operation selectors, as in shapekit.json; default every operation of the service. */
  readonly operations?: readonly string[];
  /** The service's absolute shape id; default the model's only service. */
  readonly service?: string;
  /** npm scope; default `@shapekit`. */
  readonly npmScope?: string;
  /** Package names, `{service}`/`{kind}` filled in; default `example-{kind}`. */
  readonly name?: string;
  /** The packages' version; default `0.1.0`. */
  readonly version?: string;
  /** How generated files name their source; default `test fixture (<service id>)`. */
  readonly sourceDescription?: string;
}

const ALL_KINDS: readonly PackageKind[] = ["types", "validators", "shorthand", "cli-skeleton"];

/** The context of one package of a test generation of `model` (repository layout). */
export function emitContextFor(model: Model, options: TestContextOptions = {}): EmitContext {
  const kind = options.kind ?? "types";
  const kinds = options.kinds ?? ALL_KINDS;
  const service =
    options.service ?? model.ownShapes().find((s) => s.type === "service")?.id ?? "(none)";
  const config: GenerationConfig = {
    configFile: "(test)",
    origin: "config-file",
    projectDir: "/",
    modelFiles: [],
    sourceDescription: options.sourceDescription ?? `test fixture (${service})`,
    ...(options.service === undefined ? {} : { service: options.service }),
    operations: options.operations ?? ["*"],
    npmScope: options.npmScope ?? "@shapekit",
    version: options.version ?? "0.1.0",
    name: options.name ?? "example-{kind}",
    packages: new Map(kinds.map((k) => [k, `/out/${k}`])),
    packaging: { layout: "repository", license: "Apache-2.0" },
  };
  const plan = planGeneration(model, config).find((p) => p.kind === kind);
  if (!plan) throw new Error(`emitContextFor: ${kind} is not among the kinds ${kinds.join(", ")}`);
  return plan.context;
}
