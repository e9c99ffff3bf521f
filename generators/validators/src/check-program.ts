// The validators emitter's check functions for a chosen set of root shapes, as one program
// instead of a package: what `shapekit cli --model` compiles in memory to validate a request
// with exactly the generated packages' rules, messages, codes and paths (the same emitters
// write the bodies; nothing here decides a rule). The program is TypeScript text with no
// imports: the runtime helpers it calls arrive as parameters, listed in `helpers`, and it ends
// by returning an object of its check functions keyed by shape id.
//
// Pure like every emitter: no disk, no formatting, no ts-morph (so loading it stays cheap).

import type { Model, Shape } from "@shapekit/model";
import { isAggregate, type CheckContext } from "./check-context.js";
import { checkFunction } from "./check-dispatch.js";
import { ModuleConstants } from "./module-constants.js";
import { recursiveShapes } from "./recursion.js";
import { isValidatedShape, validatorNames } from "./validator-names.js";

/** Runtime functions of `@shapekit/validation` a program may call (the checks module's imports). */
export const CHECK_PROGRAM_HELPERS = ["canonicalText", "codePointLength", "compilePattern", "describeValue", "duplicateItems", "memberPath"] as const;

export interface CheckProgram {
  /** TypeScript statements; run as a function body with `helpers` as parameters, they return the checks by shape id. */
  readonly source: string;
  /** Parameter names of the program, in order: `@shapekit/validation` exports of these names. */
  readonly helpers: readonly string[];
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
  const ctx: CheckContext = {
    model,
    names,
    constants: new ModuleConstants(),
    recursive: recursiveShapes(model, closure.filter(isAggregate)),
  };
  const checks = shapes.map((shape) => checkFunction(ctx, shape, ""));
  const functions = checks.map((c) => `function ${c.name}(v: unknown, p: string, c: any): void {\n${c.body.text}\n}`);
  const table = shapes.map((s, i) => `${JSON.stringify(s.id)}: ${checks[i]!.name}`).join(",\n");
  const source = [...ctx.constants.declarations().map((d) => d.text), ...functions, `return {\n${table}\n};`].join("\n");
  return { source, helpers: CHECK_PROGRAM_HELPERS, shapes: shapes.map((s) => s.id) };
}
