// Prettier in worker threads. Formatting a whole service's packages is CPU-bound and each file
// is independent, so spreading files over the machine's cores cuts the wall time of a cold
// generation roughly by the number of cores. Small jobs stay on the main thread: starting
// workers and loading prettier in each costs more than it saves.

import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

export interface FormatJob {
  readonly text: string;
  readonly filepath: string;
  /** A failure to parse is this job's result (undefined), not the whole run's error. */
  readonly fallible?: boolean;
}

/** Jobs smaller than this in total are formatted on the main thread. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

// The worker is an ES module given as a data: URL, so it runs the same from `dist/` and from the
// sources under test; prettier's URL is resolved here and handed over. ES module prettier, not
// `require`: its CommonJS build formats TypeScript about a third slower.
const WORKER_SOURCE = `
import { parentPort, workerData } from "node:worker_threads";
const prettier = await import(workerData.prettier);
parentPort.on("message", async ({ id, text, filepath }) => {
  try {
    parentPort.postMessage({ id, ok: true, text: await prettier.format(text, { ...workerData.options, filepath }) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, message: String(e && e.message || e) });
  }
});`;

/**
 * Small TypeScript modules are formatted several to a prettier call, joined by this comment
 * line and split again: prettier formats top-level statements one by one and keeps comments on
 * their own lines, so each module comes out as it would alone (blank lines at a boundary are
 * trimmed, as prettier trims them at the start and end of a file). Each call has a fixed cost
 * that dominates for the thousands of small modules of a whole service. A batch that fails to
 * parse or does not split back into as many modules is formatted module by module instead.
 */
const BOUNDARY = "// @shapekit-format-boundary 7f3a9c@";
const BATCH_BYTES = 100_000;
const BATCHED = /\.ts$/;

interface Batch {
  readonly jobs: number[];
  readonly text: string;
  readonly filepath: string;
}

function batches(jobs: readonly FormatJob[]): Batch[] {
  const out: Batch[] = [];
  let current: number[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    const first = jobs[current[0]!]!;
    out.push({
      jobs: current,
      text: current.map((i) => jobs[i]!.text).join(`\n${BOUNDARY}\n`),
      filepath: first.filepath,
    });
    current = [];
    bytes = 0;
  };
  jobs.forEach((job, index) => {
    if (
      !BATCHED.test(job.filepath) ||
      job.text.includes(BOUNDARY) ||
      job.text.length > BATCH_BYTES
    ) {
      out.push({ jobs: [index], text: job.text, filepath: job.filepath });
      return;
    }
    current.push(index);
    bytes += job.text.length;
    if (bytes >= BATCH_BYTES) flush();
  });
  flush();
  return out;
}

function split(batch: Batch, formatted: string): string[] | undefined {
  if (batch.jobs.length === 1) return [formatted];
  const parts = formatted.split(`\n${BOUNDARY}\n`);
  if (parts.length !== batch.jobs.length) return undefined;
  return parts.map((part) => part.replace(/^\n+/, "").replace(/\n*$/, "\n"));
}

/** A worker thread with prettier loaded, and the bytes it has been given and not returned. */
interface PoolWorker {
  readonly worker: Worker;
  queuedBytes: number;
}

/**
 * Prettier on worker threads, kept for a whole generation: each package's files are handed over
 * as soon as it is emitted, and formatted while the main thread emits the next one. Every batch
 * goes at once to the worker with the fewest bytes queued (a worker runs its queue in order),
 * so the workers stay busy while the main thread is. Without workers (a small generation, one
 * core), prettier runs on the main thread.
 */
export class FormatPool {
  readonly #options: Record<string, unknown>;
  readonly #threads: number;
  #workers: PoolWorker[] | undefined;
  #mainThread: Promise<typeof import("prettier")> | undefined;
  readonly #pending = new Map<
    number,
    {
      resolve: (text: string) => void;
      reject: (e: Error) => void;
      owner: PoolWorker;
      bytes: number;
    }
  >();
  #nextId = 0;
  #failure: Error | undefined;
  readonly #eager: boolean;

  /**
   * @param options prettier's options
   * @param threads worker threads to start on the first large call (or with `eager`, on the
   *   first call with any job: a generation whose files are all laid out by their emitters never
   *   loads prettier); fewer than 2 means the main thread
   */
  constructor(
    options: Record<string, unknown>,
    { threads = Math.min(availableParallelism(), 8), eager = false } = {},
  ) {
    this.#options = options;
    this.#threads = threads;
    this.#eager = eager;
  }

  /** Whether the worker threads were started (each loads prettier). */
  get started(): boolean {
    return this.#workers !== undefined;
  }

  /**
   * Formats every job; resolves to the formatted texts in job order (undefined for a `fallible`
   * job prettier could not parse), or rejects with the first other file it could not parse
   * (naming it).
   */
  async format(jobs: readonly FormatJob[]): Promise<Array<string | undefined>> {
    const bytes = jobs.reduce((n, j) => n + j.text.length, 0);
    const large =
      bytes >= WORKER_THRESHOLD_BYTES && Math.min(this.#threads, Math.ceil(jobs.length / 50)) >= 2;
    const eagerStart = this.#eager && jobs.length > 0 && this.#threads >= 2;
    if (this.#workers === undefined && (large || eagerStart)) this.#startWorkers();
    const results = new Array<string | undefined>(jobs.length);
    // Every batch is handed over now, before the first await: the caller may go on with other
    // work (emitting the next package) while the workers format these.
    const work = batches(jobs).map((batch) => ({
      batch,
      formatted: this.#formatText(batch.text, batch.filepath),
    }));
    // A job's result, or the error naming its file (undefined for a fallible job).
    const settle = (index: number, formatting: Promise<string>): Promise<void> =>
      formatting.then(
        (text) => void (results[index] = text),
        (e: Error) => {
          const job = jobs[index]!;
          if (!job.fallible) throw fileError(job, e.message);
        },
      );
    await Promise.all(
      work.map(async ({ batch, formatted }) => {
        if (batch.jobs.length === 1) return settle(batch.jobs[0]!, formatted);
        const parts = await formatted.then(
          (text) => split(batch, text),
          () => undefined,
        );
        if (parts) batch.jobs.forEach((index, i) => (results[index] = parts[i]!));
        else
          await Promise.all(
            batch.jobs.map((index) =>
              settle(index, this.#formatText(jobs[index]!.text, jobs[index]!.filepath)),
            ),
          );
      }),
    );
    return results;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = this.#workers ?? [];
    this.#workers = undefined;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  #startWorkers(): void {
    const prettierUrl = pathToFileURL(
      createRequire(import.meta.url).resolve("prettier"),
    ).href.replace(/index\.cjs$/, "index.mjs");
    this.#workers = Array.from({ length: this.#threads }, () => {
      const owner: PoolWorker = {
        worker: new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`), {
          workerData: { prettier: prettierUrl, options: this.#options },
        }),
        queuedBytes: 0,
      };
      owner.worker.on(
        "message",
        (m: { id: number; ok: boolean; text?: string; message?: string }) => {
          const p = this.#pending.get(m.id)!;
          this.#pending.delete(m.id);
          owner.queuedBytes -= p.bytes;
          if (m.ok) p.resolve(m.text!);
          else p.reject(new Error(m.message ?? "unknown error"));
        },
      );
      owner.worker.on("error", (e) => {
        // A worker that dies fails what it was given, and everything given to the pool later.
        this.#failure = e;
        for (const [id, p] of this.#pending)
          if (p.owner === owner) {
            this.#pending.delete(id);
            p.reject(e);
          }
      });
      return owner;
    });
  }

  #formatText(text: string, filepath: string): Promise<string> {
    if (this.#failure) return Promise.reject(this.#failure);
    const workers = this.#workers;
    if (workers === undefined) {
      this.#mainThread ??= import("prettier");
      return this.#mainThread.then((prettier) =>
        prettier.format(text, { ...this.#options, filepath }),
      );
    }
    const owner = workers.reduce((a, b) => (b.queuedBytes < a.queuedBytes ? b : a));
    owner.queuedBytes += text.length;
    const id = this.#nextId++;
    return new Promise<string>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, owner, bytes: text.length });
      owner.worker.postMessage({ id, text, filepath });
    });
  }
}

/**
 * Formats every job on a pool of its own (or on `pool`, kept open); see `FormatPool.format`.
 */
export async function formatInParallel(
  jobs: readonly FormatJob[],
  options: Record<string, unknown>,
  pool?: FormatPool,
): Promise<Array<string | undefined>> {
  if (pool) return pool.format(jobs);
  const own = new FormatPool(options);
  try {
    return await own.format(jobs);
  } finally {
    await own.close();
  }
}

/** An emitter produced something prettier cannot parse: a generator bug, said plainly. */
function fileError(job: FormatJob, message: string): Error {
  return new Error(
    `Generated file ${job.filepath} is not valid ${job.filepath.split(".").pop()}: ${message}`,
  );
}
