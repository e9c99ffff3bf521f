// `shapekit diff OLD NEW`: the classified changes between two models, as text or JSON, with an
// exit code CI can gate on. Loads only the model layer.

import { resolve } from "node:path";
import {
  diffModels,
  formatDiagnostics,
  hasErrors,
  loadModel,
  renderChangesText,
  type Model,
} from "@shapekit/model";
import { DIFF_HELP, EXIT, UsageError } from "./usage.js";
import type { CommandIo } from "./io.js";

function load(label: string, path: string, io: CommandIo): Model | undefined {
  const { model, diagnostics, sourceText } = loadModel([resolve(io.cwd, path)]);
  if (!model || hasErrors(diagnostics)) {
    io.stderr(
      `shapekit diff: the ${label} model (${path}) has errors:\n${formatDiagnostics(diagnostics, sourceText)}\n`,
    );
    return undefined;
  }
  return model;
}

export function runDiff(args: readonly string[], io: CommandIo): number {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(DIFF_HELP);
    return EXIT.ok;
  }
  const json = args.includes("--json");
  const option = args.find((a) => a.startsWith("-") && a !== "--json");
  if (option !== undefined) throw new UsageError(`shapekit diff: unknown option ${option}`);
  const paths = args.filter((a) => a !== "--json");
  if (paths.length !== 2)
    throw new UsageError(
      `shapekit diff: give exactly two models, <old> and <new> (got ${paths.length}; see shapekit diff --help)`,
    );
  // Both are loaded even when the first fails, so one run shows every problem.
  const before = load("old", paths[0]!, io);
  const after = load("new", paths[1]!, io);
  if (!before || !after) return EXIT.modelLoad;

  const changes = diffModels(before, after);
  if (json) {
    const out = changes.map((c) => ({
      severity: c.severity,
      shape: c.shape,
      message: c.message,
      kind: c.kind,
    }));
    io.stdout(`${JSON.stringify({ changes: out }, null, 2)}\n`);
  } else {
    io.stdout(renderChangesText(changes));
  }
  return changes.some((c) => c.severity === "breaking") ? EXIT.failure : EXIT.ok;
}
