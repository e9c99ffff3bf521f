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

/**
 * Formats every job; resolves to the formatted texts in job order (undefined for a `fallible`
 * job prettier could not parse), or rejects with the first other file it could not parse
 * (naming it).
 */
export async function formatInParallel(
  jobs: readonly FormatJob[],
  options: Record<string, unknown>,
): Promise<Array<string | undefined>> {
  const bytes = jobs.reduce((n, j) => n + j.text.length, 0);
  const threads = Math.min(availableParallelism(), 8, Math.ceil(jobs.length / 50));
  const results = new Array<string | undefined>(jobs.length);
  const work = batches(jobs);
  let format: (text: string, filepath: string) => Promise<string>;
  let close = async () => {};
  if (bytes < WORKER_THRESHOLD_BYTES || threads < 2) {
    const prettier = await import("prettier");
    format = (text, filepath) => prettier.format(text, { ...options, filepath });
  } else {
    const prettierUrl = pathToFileURL(
      createRequire(import.meta.url).resolve("prettier"),
    ).href.replace(/index\.cjs$/, "index.mjs");
    const workers = Array.from(
      { length: threads },
      () =>
        new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`), {
          workerData: { prettier: prettierUrl, options },
        }),
    );
    const idle = [...workers];
    const waiting: Array<() => void> = [];
    const pending = new Map<
      number,
      { resolve: (text: string) => void; reject: (e: Error) => void }
    >();
    let nextId = 0;
    for (const worker of workers) {
      worker.on("message", (m: { id: number; ok: boolean; text?: string; message?: string }) => {
        const p = pending.get(m.id)!;
        pending.delete(m.id);
        idle.push(worker);
        waiting.shift()?.();
        if (m.ok) p.resolve(m.text!);
        else p.reject(new Error(m.message ?? "unknown error"));
      });
      worker.on("error", (e) => {
        for (const p of pending.values()) p.reject(e);
        pending.clear();
      });
    }
    format = async (text, filepath) => {
      while (idle.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
      const worker = idle.pop()!;
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, filepath });
      });
    };
    close = async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    };
  }
  const one = async (index: number): Promise<void> => {
    const job = jobs[index]!;
    results[index] = await format(job.text, job.filepath).catch((e: Error) =>
      job.fallible ? undefined : Promise.reject(fileError(job, e.message)),
    );
  };
  try {
    await Promise.all(
      work.map(async (batch) => {
        if (batch.jobs.length === 1) return one(batch.jobs[0]!);
        const parts = await format(batch.text, batch.filepath).then(
          (formatted) => split(batch, formatted),
          () => undefined,
        );
        if (parts) batch.jobs.forEach((index, i) => (results[index] = parts[i]!));
        else await Promise.all(batch.jobs.map(one));
      }),
    );
  } finally {
    await close();
  }
  return results;
}

/** An emitter produced something prettier cannot parse: a generator bug, said plainly. */
function fileError(job: FormatJob, message: string): Error {
  return new Error(
    `Generated file ${job.filepath} is not valid ${job.filepath.split(".").pop()}: ${message}`,
  );
}
