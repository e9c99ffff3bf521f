// `shapekit convert`: AWS service-2.json files (botocore, the AWS CLI; gzip or not) as canonical
// Smithy JSON AST. It is `shapekit ast` restricted to service-2 input, so that a file in another
// format is an error here instead of silently passing through.

import {
  decodeModelBytes,
  formatCanonicalAst,
  formatDiagnostics,
  hasErrors,
  isService2FileName,
  loadModel,
  looksLikeService2,
  readRegularFile,
} from "@shapekit/model";
import { CONVERT_HELP, EXIT, UsageError } from "./usage.js";
import { argumentPath, type CommandIo } from "./io.js";

export function runConvert(args: readonly string[], io: CommandIo): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(CONVERT_HELP);
    return EXIT.ok;
  }
  const option = args.find((a) => a.startsWith("-"));
  if (option !== undefined) throw new UsageError(`shapekit convert: unknown option ${option}`);
  if (args.length === 0)
    throw new UsageError("shapekit convert: give at least one service-2.json file");
  const files = args.map((a) => argumentPath(io, a));
  for (const file of files) {
    const problem = notService2(file);
    if (problem !== undefined) {
      io.stderr(`${file}: ${problem}\n`);
      return EXIT.failure;
    }
  }
  const { model, diagnostics, sourceText } = loadModel(files);
  if (!model || hasErrors(diagnostics)) {
    io.stderr(formatDiagnostics(diagnostics, sourceText) + "\n");
    return EXIT.failure;
  }
  if (diagnostics.length > 0) io.stderr(formatDiagnostics(diagnostics, sourceText) + "\n");
  io.stdout(formatCanonicalAst(model));
  return EXIT.ok;
}

/** Why `file` is not a service-2 document, or `undefined` when it is one. */
function notService2(file: string): string | undefined {
  if (isService2FileName(file)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file);
  } catch (e) {
    return `cannot read it (${(e as Error).message})`;
  }
  const decoded = decodeModelBytes(bytes);
  if (!decoded.ok) return decoded.message;
  if (looksLikeService2(decoded.text)) return undefined;
  return "not an AWS service-2.json document (a JSON object with `metadata`, `operations` and `shapes`); use `shapekit ast` for Smithy models";
}
