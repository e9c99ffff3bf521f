// The validators emitter's check functions for a chosen set of root shapes, as one program
// instead of a package: what `shapekit cli --model` compiles in memory to validate a request
// with exactly the generated packages' rules, messages, codes and paths (the same emitters
// write the bodies; nothing here decides a rule). The program is TypeScript text with no
// imports: the runtime helpers it calls arrive as parameters (`parameters`, the aliases the
// bodies call them by; `helpers`, the exports to pass), and it ends
// by returning an object of its check functions keyed by shape id.
//
// Pure like every emitter: no disk, no formatting, no ts-morph (so loading it stays cheap).

import { runtimeName, typeScriptNames, type Model, type Shape } from "@shapekit/model";
import { isAggregate, type CheckContext } from "./check-context.js";
import { checkFunction } from "./check-dispatch.js";
import { ModuleConstants } from "./module-constants.js";
import { recursiveShapes, shapesReachingRecursion } from "./recursion.js";
import { RUNTIME_HELPERS } from "./runtime-helpers.js";
import { isValidatedShape, validatorNames } from "./validator-names.js";

/**
 * Exports of `@shapekit/validation` a program may use: the helpers checks call, and the depth
 * limit they count to when run without a collector (programs always have one; the code is the
 * packages' all the same).
 */
export const CHECK_PROGRAM_HELPERS: readonly string[] = [...RUNTIME_HELPERS, "MAX_RECURSION_DEPTH"];

export interface CheckProgram {
  /** TypeScript statements; run as a function body with `helpers` as parameters, they return the checks by shape id. */
  readonly source: string;
  /** `@shapekit/validation` exports the program takes, in order (see `parameters`). */
  readonly helpers: readonly string[];
  /** The program's parameter names, in the order of `helpers`: the names bodies call them by (`__memberPath`). */
  readonly parameters: readonly string[];
  /** Ids of the shapes that have a check function in the program. */
  readonly shapes: readonly string[];
}

/**
 * The check functions of `roots` and every shape they reach, as the validators package would
 * emit them for a selection of exactly those shapes.
 */
export function checkProgram(model: Model, service: Shape, roots: readonly string[]): CheckProgram {
  const closure = model
    .closure(roots)
    .filter((s) => s.namespace !== "smithy.api")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shapes = closure.filter(isValidatedShape);
  const names = validatorNames(model, service, closure);
  const recursive = recursiveShapes(model, closure.filter(isAggregate));
  const ctx: CheckContext = {
    model,
    names,
    constants: new ModuleConstants((candidate) =>
      typeScriptNames(model, service).freshName(candidate),
    ),
    recursive,
    depthCarriers: shapesReachingRecursion(model, closure, recursive),
  };
  const checks = shapes.map((shape) => checkFunction(ctx, shape, ""));
  const functions = checks.map((c, i) => {
    const depth = ctx.depthCarriers.has(shapes[i]!.id) ? ", d = 0" : "";
    return `function ${c.name}(v: unknown, p: string, c?: any${depth}): boolean {\n${c.body.text}\nreturn true;\n}`;
  });
  const table = shapes.map((s, i) => `${JSON.stringify(s.id)}: ${checks[i]!.name}`).join(",\n");
  const source = [
    ...ctx.constants.declarations().map((d) => d.text),
    ...functions,
    `return {\n${table}\n};`,
  ].join("\n");
  return {
    source,
    helpers: CHECK_PROGRAM_HELPERS,
    parameters: CHECK_PROGRAM_HELPERS.map((h) => runtimeName(h)),
    shapes: shapes.map((s) => s.id),
  };
}
