// Validation for `shapekit cli --model`: the validators emitter's check functions for one
// operation's input, compiled in memory. The rules, messages, issue codes and paths are the
// generated packages' by construction — the same emitters write the code and the same runtime
// (`@shapekit/validation`) runs it; only the packaging differs. TypeScript is stripped with the
// compiler's `transpileModule` (loaded on first use, so skeletons and help never pay for it).
//
// Evaluating generated code is safe here for the reason it is safe in a generated package: the
// emitters build code with the `code` template, where text from the model can only become a
// literal.

import { createRequire } from "node:module";
import { checkProgram } from "@shapekit/emit-validators/check-program";
import type { Model, Shape } from "@shapekit/model";
import * as validation from "@shapekit/validation";
import type { RequestValidator } from "@shapekit/cli";

type TypeScriptModule = typeof import("typescript");

let typescript: TypeScriptModule | undefined;

function compiler(): TypeScriptModule {
  return (typescript ??= createRequire(import.meta.url)("typescript") as TypeScriptModule);
}

/** A validator of the structure `inputId` (and all it reaches), as the validators package would check it. */
export function compileRequestValidator(
  model: Model,
  service: Shape,
  inputId: string,
): RequestValidator {
  const program = checkProgram(model, service, [inputId]);
  const ts = compiler();
  const wrapped = `(function (${program.parameters.join(", ")}) {\n${program.source}\n})`;
  const javascript = ts.transpileModule(wrapped, {
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.None,
      removeComments: true,
    },
    reportDiagnostics: false,
  }).outputText;
  const runtime = validation as unknown as Record<string, unknown>;
  const factory = (0, eval)(javascript) as (
    ...helpers: unknown[]
  ) => Record<string, validation.CheckFunction>;
  const checks = factory(...program.helpers.map((name) => runtime[name]));
  const check = checks[inputId];
  if (check === undefined) throw new Error(`${inputId} has no check function`);
  return (request) => validation.runCheck(check, request);
}
