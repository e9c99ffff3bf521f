// `shapekit ast`: the resolved model as canonical JSON AST. Loads only the model layer.

import { formatCanonicalAst, formatDiagnostics, hasErrors, loadModel } from "@shapekit/model";
import { AST_HELP, EXIT, UsageError } from "./usage.js";
import { argumentPath, type CommandIo } from "./io.js";

export function runAst(args: readonly string[], io: CommandIo): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(AST_HELP);
    return EXIT.ok;
  }
  const option = args.find((a) => a.startsWith("-"));
  if (option !== undefined) throw new UsageError(`shapekit ast: unknown option ${option}`);
  if (args.length === 0)
    throw new UsageError("shapekit ast: give at least one model file or folder");
  const { model, diagnostics, sourceText } = loadModel(args.map((a) => argumentPath(io, a)));
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  if (!model || hasErrors(diagnostics)) {
    io.stderr(formatDiagnostics(diagnostics, sourceText) + "\n");
    return EXIT.failure;
  }
  if (warnings.length > 0) io.stderr(formatDiagnostics(warnings, sourceText) + "\n");
  io.stdout(formatCanonicalAst(model));
  return EXIT.ok;
}
