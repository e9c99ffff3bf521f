// Benchmark: load + resolve the whole public SageMaker model (Smithy JSON AST, 2,870 shapes).
// Reads ../shared/models (outside the repository, see the README); skips cleanly when absent.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const root = fileURLToPath(new URL("..", import.meta.url));
const modelFile =
  process.env.SHAPEKIT_SAGEMAKER_MODEL ?? `${root}../shared/models/sagemaker-2017-07-24.json`;

export async function benchLoadModel() {
  if (!existsSync(modelFile)) {
    console.log(`load-model: skipped (${modelFile} not found; set SHAPEKIT_SAGEMAKER_MODEL)`);
    return;
  }
  const { loadModel } = await import(`${root}generators/model/dist/index.js`);
  const first = performance.now();
  const cold = loadModel([modelFile]);
  const coldMs = performance.now() - first;
  if (!cold.model) throw new Error("the SageMaker model did not load");
  const shapes = cold.model.ownShapes().length;
  const errors = cold.diagnostics.filter((d) => d.severity === "error").length;
  // Resolving an already-2.0 JSON AST without mixins must keep every shape: a correctness check
  // on the real model, which the repository's tests cannot read.
  const { readFileSync } = await import("node:fs");
  const { toCanonicalAst } = await import(`${root}generators/model/dist/index.js`);
  const original = Object.keys(JSON.parse(readFileSync(modelFile, "utf8")).shapes).sort();
  const resolved = Object.keys(toCanonicalAst(cold.model).shapes).sort();
  const sameShapes = JSON.stringify(original) === JSON.stringify(resolved);
  console.log(
    `load-model: ${errors} errors; resolved shape ids ${sameShapes ? "equal" : "DIFFER from"} the file's`,
  );

  const bench = new Bench({ time: 3000, warmupIterations: 2 });
  bench.add("load + resolve sagemaker-2017-07-24.json", () => {
    loadModel([modelFile]);
  });
  await bench.run();
  const task = bench.tasks[0];
  const mean = task.result.latency?.mean ?? task.result.mean;
  console.log(
    `load-model: ${shapes} shapes; cold ${coldMs.toFixed(0)} ms; warm mean ${mean.toFixed(1)} ms over ${task.result.latency?.samplesCount ?? task.result.samples?.length} runs; peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
}
