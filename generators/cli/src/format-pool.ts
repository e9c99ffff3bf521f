// Prettier in worker threads. Formatting a whole service's packages is CPU-bound and each file
// is independent, so spreading files over the machine's cores cuts the wall time of a cold
// generation roughly by the number of cores. Small jobs stay on the main thread: starting
// workers and loading prettier in each costs more than it saves.

import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

export interface FormatJob {
  readonly text: string;
  readonly filepath: string;
}

/** Jobs smaller than this in total are formatted on the main thread. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

// The worker is a CommonJS snippet so it runs the same from `dist/` and from the sources under
// test; prettier's path is resolved here and handed over.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = require(workerData.prettier);
parentPort.on("message", async ({ id, text, filepath }) => {
  try {
    parentPort.postMessage({ id, ok: true, text: await prettier.format(text, { ...workerData.options, filepath }) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, message: String(e && e.message || e) });
  }
});`;

/**
 * Formats every job; resolves to the formatted texts in job order, or rejects with the first
 * file prettier could not parse (naming it).
 */
export async function formatInParallel(jobs: readonly FormatJob[], options: Record<string, unknown>): Promise<string[]> {
  const bytes = jobs.reduce((n, j) => n + j.text.length, 0);
  const threads = Math.min(availableParallelism(), 8, Math.ceil(jobs.length / 50));
  if (bytes < WORKER_THRESHOLD_BYTES || threads < 2) {
    const prettier = await import("prettier");
    return Promise.all(jobs.map((j) => prettier.format(j.text, { ...options, filepath: j.filepath }).catch((e: Error) => Promise.reject(fileError(j, e.message)))));
  }
  const prettierPath = createRequire(import.meta.url).resolve("prettier");
  const results: string[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true, workerData: { prettier: prettierPath, options } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, text: jobs[id]!.text, filepath: jobs[id]!.filepath });
            };
            worker.on("message", (m: { id: number; ok: boolean; text?: string; message?: string }) => {
              if (!m.ok) return reject(fileError(jobs[m.id]!, m.message ?? "unknown error"));
              results[m.id] = m.text!;
              feed();
            });
            worker.on("error", reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** An emitter produced something prettier cannot parse: a generator bug, said plainly. */
function fileError(job: FormatJob, message: string): Error {
  return new Error(`Generated file ${job.filepath} is not valid ${job.filepath.split(".").pop()}: ${message}`);
}
