// One package emitted on a second thread while the main thread emits the others. Emitting a
// whole service is CPU-bound and single-threaded, the validators' emitter about half of it, and
// its output does not depend on the other packages': on two cores it runs beside them. The
// thread loads the model itself (emit-thread.ts) rather than being sent the main thread's: a
// resolved model is a graph of classes, not data a message can carry, and loading it twice at
// the same time costs the second core, not wall time.
//
// Only large models get a thread: for a small one, starting a thread and loading the model a
// second time costs more than the emit it takes over. Any failure of the thread (it cannot
// start, it dies, its emitter throws) falls back to emitting on the main thread, so errors
// read the same as without it.

import type { GeneratedFile } from "@shapekit/model";
import { existsSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { GenerationConfig, PackageKind } from "./config.js";
import type { EmitReply, EmitRequest, EmitThreadData } from "./emit-thread.js";

/**
 * The thread's module, always the built one: from `dist/` this is itself, and from the sources
 * (under test) `src/../dist/`. Without a build there is no thread.
 */
const THREAD_MODULE = new URL("../dist/emit-thread.js", import.meta.url);

/** Models at least this large (a `.gz` file counted at ten times its size) get a thread. */
export const THREAD_MODEL_BYTES = 1_000_000;

/** The size of `files` as model text: compressed files are counted at ten times their size. */
export function modelTextBytes(files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) {
    const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
    bytes += file.endsWith(".gz") ? size * 10 : size;
  }
  return bytes;
}

export class EmitThread {
  readonly kind: PackageKind;
  /** Started by `SHAPEKIT_EMIT_THREAD=1` whatever the model's size: used for every plan. */
  readonly forced: boolean;
  readonly #worker: Worker;
  #closed = false;

  private constructor(worker: Worker, kind: PackageKind, forced: boolean) {
    this.#worker = worker;
    this.kind = kind;
    this.forced = forced;
  }

  /**
   * A thread that starts loading `config`'s model now to emit `kind` later, or undefined when
   * the model is smaller than `minModelBytes` (`THREAD_MODEL_BYTES`), the machine has one
   * core, or `SHAPEKIT_EMIT_THREAD=0` says not to; `SHAPEKIT_EMIT_THREAD=1` starts it for any
   * model (to compare the two ways).
   */
  static start(
    config: GenerationConfig,
    kind: PackageKind,
    { minModelBytes = THREAD_MODEL_BYTES }: { minModelBytes?: number } = {},
  ): EmitThread | undefined {
    const forced = process.env.SHAPEKIT_EMIT_THREAD === "1";
    if (process.env.SHAPEKIT_EMIT_THREAD === "0" || availableParallelism() < 2) return undefined;
    if (!config.packages.has(kind) || !existsSync(fileURLToPath(THREAD_MODULE))) return undefined;
    if (!forced && modelTextBytes(config.modelFiles) < minModelBytes) return undefined;
    const workerData: EmitThreadData = { config, kind };
    try {
      // Its output is nobody's: an emitter that printed would interleave with ours.
      const worker = new Worker(THREAD_MODULE, { workerData, stdout: true, stderr: true });
      return new EmitThread(worker, kind, forced);
    } catch {
      return undefined;
    }
  }

  /** The package's files, or undefined when the thread failed (emit it on the main thread). */
  emit(
    packageVersion: string,
  ): Promise<{ files: GeneratedFile[]; milliseconds: number } | undefined> {
    return new Promise((resolve) => {
      const done = (reply: EmitReply | undefined) => {
        this.#worker.removeAllListeners();
        resolve(reply?.ok ? { files: reply.files, milliseconds: reply.milliseconds } : undefined);
      };
      this.#worker.once("message", (reply: EmitReply) => done(reply));
      this.#worker.once("error", () => done(undefined));
      this.#worker.once("exit", () => done(undefined));
      const request: EmitRequest = { packageVersion };
      this.#worker.postMessage(request);
    });
  }

  /** Stops the thread, whatever it is doing. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#worker.terminate();
  }
}
