// Test support: the repository's spec loaded like any user model, its CreateEndpointConfig
// description built by the emitter's own code, and the command surface over it — the same
// wiring as the generated package, without needing a build.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createCommandSurface,
  type CliOperationDescription,
  type CommandSurface,
} from "@shapekit/cli";
import { formatDiagnostics, loadModel, type Model, type Shape } from "@shapekit/model";
import { validate } from "@shapekit/sagemaker-validators";
import { operationDescription } from "../src/operation-description.js";

export const SPEC_DIR = fileURLToPath(new URL("../../../spec/", import.meta.url));
export const DATA_DIR = fileURLToPath(new URL("./data/", import.meta.url));

let cached:
  | { model: Model; service: Shape; operation: Shape; description: CliOperationDescription }
  | undefined;

export function specModel() {
  if (cached) return cached;
  const result = loadModel([SPEC_DIR]);
  if (!result.model) throw new Error(formatDiagnostics(result.diagnostics, result.sourceText));
  const model = result.model;
  const service = model.ownShapes().find((s) => s.type === "service")!;
  const operation = model.expectShape("com.amazonaws.sagemaker#CreateEndpointConfig");
  cached = {
    model,
    service,
    operation,
    description: operationDescription(model, service, operation),
  };
  return cached;
}

export function specSurface(): CommandSurface {
  return createCommandSurface({
    command: "shapekit-sagemaker",
    operations: [
      {
        description: specModel().description,
        validate: (request) => validate("CreateEndpointConfigInput", request),
      },
    ],
  });
}

/** A command line recorded with the AWS CLI: the request it built, or its refusal. */
export interface RecordedCommandLine {
  readonly argv: string[];
  readonly expect: { ok: true; request: unknown } | { ok: false; message: string };
}

/** The recorded command lines of a `.jsonl` file in `DATA_DIR`. */
export function recordedCommandLines(file: string): RecordedCommandLine[] {
  return readFileSync(join(DATA_DIR, file), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RecordedCommandLine);
}
