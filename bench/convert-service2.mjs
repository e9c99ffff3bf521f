// Benchmark: convert botocore's whole SageMaker `service-2.json.gz` to Smithy JSON AST (gunzip,
// parse, convert), and the same followed by resolve (what `shapekit convert` does before printing).
// Reads the model from the installed Python botocore (or $SHAPEKIT_BOTOCORE_SERVICE2); skips cleanly
// when it is absent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

import { botocoreDataDir } from "../scripts/botocore-data.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

function service2File() {
  if (process.env.SHAPEKIT_BOTOCORE_SERVICE2) return process.env.SHAPEKIT_BOTOCORE_SERVICE2;
  const data = botocoreDataDir();
  return data && join(data, "sagemaker/2017-07-24/service-2.json.gz");
}

export async function benchConvertService2() {
  const file = service2File();
  if (!file || !existsSync(file)) {
    console.log(
      "convert-service2: skipped (botocore's sagemaker service-2.json.gz not found; set SHAPEKIT_BOTOCORE_SERVICE2)",
    );
    return;
  }
  const { convertService2, loadModel } = await import(`${root}generators/model/dist/index.js`);
  const bytes = readFileSync(file);
  const first = performance.now();
  const cold = convertService2(bytes, file);
  const coldMs = performance.now() - first;
  if (!cold.loaded || cold.diagnostics.some((d) => d.severity === "error"))
    throw new Error("the SageMaker service-2.json did not convert");
  const shapes = Object.keys(cold.loaded.ast.shapes).length;

  const bench = new Bench({ time: 3000, warmupIterations: 2 });
  bench.add("convert service-2.json.gz (gunzip + parse + convert)", () => {
    convertService2(bytes, file);
  });
  bench.add("load service-2.json.gz (read + convert + resolve)", () => {
    loadModel([file]);
  });
  await bench.run();
  const mean = (task) => (task.result.latency?.mean ?? task.result.mean).toFixed(1);
  const runs = (task) => task.result.latency?.samplesCount ?? task.result.samples?.length;
  const [convert, load] = bench.tasks;
  console.log(
    `convert-service2: ${shapes} shapes (${(bytes.length / 1024).toFixed(0)} KiB gzip); cold ${coldMs.toFixed(0)} ms; ` +
      `warm convert ${mean(convert)} ms over ${runs(convert)} runs; convert + resolve ${mean(load)} ms over ${runs(load)} runs; ` +
      `peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
}
