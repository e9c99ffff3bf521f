// Validation for `shapekit cli --model`: the validators emitter's check functions for one
// operation's input, compiled in memory. The rules, messages, issue codes and paths are the
// generated packages' by construction — the same emitters write the code and the same runtime
// (`@shapekit/validation`) runs it; only the packaging differs. TypeScript is stripped by
// oxc-transform, as shapekit-build strips a generated package's: the TypeScript compiler's
// `transpileModule` did the same, at the cost of loading the compiler (about 0.2 s a command).
//
// Evaluating generated code is safe here for the reason it is safe in a generated package: the
// emitters build code with the `code` template, where text from the model can only become a
// literal.

import { checkProgram } from "@shapekit/emit-validators/check-program";
import type { Model, Shape } from "@shapekit/model";
import * as validation from "@shapekit/validation";
import type { RequestValidator } from "@shapekit/cli";
import { transformSync } from "oxc-transform";

/** A validator of the structure `inputId` (and all it reaches), as the validators package would check it. */
export function compileRequestValidator(
  model: Model,
  service: Shape,
  inputId: string,
): RequestValidator {
  const program = checkProgram(model, service, [inputId]);
  const wrapped = `(function (${program.parameters.join(", ")}) {\n${program.source}\n});`;
  const stripped = transformSync("check-program.ts", wrapped, {
    target: "es2022",
    typescript: { onlyRemoveTypeImports: true },
  });
  // The emitters' own code: a syntax error here is ShapeKit's bug, reported as such.
  if (stripped.errors.length > 0)
    throw new Error(
      `the check functions of ${inputId} do not compile: ${stripped.errors[0]!.message}`,
    );
  const javascript = stripped.code;
  const runtime = validation as unknown as Record<string, unknown>;
  const factory = (0, eval)(javascript) as (
    ...helpers: unknown[]
  ) => Record<string, validation.CheckFunction>;
  const checks = factory(...program.helpers.map((name) => runtime[name]));
  const check = checks[inputId];
  if (check === undefined) throw new Error(`${inputId} has no check function`);
  return (request) => validation.runCheck(check, request);
}
