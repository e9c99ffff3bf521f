// The body of the emit thread (emit-worker.ts): it loads and plans the model itself, as the
// main thread does at the same time, then emits the one package it is asked for. Nothing here
// writes a file: the emitted files go back to the main thread, which formats and writes them
// with the others.

import { parentPort, workerData } from "node:worker_threads";
import { hasErrors, loadModel, type Emitter, type GeneratedFile } from "@shapekit/model";
import type { GenerationConfig, PackageKind } from "./config.js";
import { loadEmitter } from "./emitter-registry.js";
import { planGeneration, type PackagePlan } from "./generation-plan.js";

/** What the main thread starts the thread with. */
export interface EmitThreadData {
  readonly config: GenerationConfig;
  readonly kind: PackageKind;
}

/** The main thread's request, once it knows the package's version. */
export interface EmitRequest {
  readonly packageVersion: string;
}

/** The thread's one answer. */
export type EmitReply =
  | { readonly ok: true; readonly files: GeneratedFile[]; readonly milliseconds: number }
  | { readonly ok: false; readonly message: string };

/** Loads and plans `config`'s model: the plan of `kind`, or why there is none. */
function planOf({ config, kind }: EmitThreadData): PackagePlan | string {
  try {
    const loaded = loadModel([...config.modelFiles]);
    if (!loaded.model || hasErrors(loaded.diagnostics)) return "the model did not load";
    return planGeneration(loaded.model, config).find((p) => p.kind === kind) ?? `no ${kind} plan`;
  } catch (e) {
    return String((e as Error)?.message ?? e);
  }
}

async function emit(
  loading: Promise<Emitter>,
  plan: PackagePlan | string,
  request: EmitRequest,
): Promise<EmitReply> {
  if (typeof plan === "string") return { ok: false, message: plan };
  try {
    const started = performance.now();
    const emitter = await loading;
    const files = emitter({ ...plan.context, packageVersion: request.packageVersion });
    return { ok: true, files, milliseconds: performance.now() - started };
  } catch (e) {
    return { ok: false, message: String((e as Error)?.message ?? e) };
  }
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as EmitThreadData;
  let plan: PackagePlan | string = "not planned yet";
  // The emitter's modules (ts-morph among them) load while the main thread loads its model,
  // not after the request; a failure to load is the request's answer.
  const loading = loadEmitter(data.kind);
  loading.catch(() => {});
  // Dispatched only after this module has run, so after the plan below is made.
  port.once("message", (request: EmitRequest) => {
    void emit(loading, plan, request).then((reply) => port.postMessage(reply));
  });
  // The model loads here while the main thread loads its own copy.
  plan = planOf(data);
}
