// Benchmark: the generated SageMaker validators vs ajv (compiled from the generated JSON Schema,
// allErrors) vs zod 4 (a schema converted from the same JSON Schema by zod's own
// z.fromJSONSchema), over the labelled corpus (generators/validators/test/data): 3,000
// CreateEndpointConfig inputs, valid and invalid, every error collected by each validator.
// Reports inputs validated per second and each peer's ratio to ours. Needs the generated
// package built (`npm run generate` builds it).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";

const root = fileURLToPath(new URL("..", import.meta.url));

function loadCorpus() {
  return readFileSync(
    `${root}generators/validators/test/data/validate-create-endpoint-config.jsonl`,
    "utf8",
  )
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l).input);
}

export async function benchValidators({ time = 3000 } = {}) {
  const inputs = loadCorpus();
  const { validateCreateEndpointConfigInput } = await import("@shapekit/sagemaker-validators");
  const schema = JSON.parse(
    readFileSync(
      `${root}packages/sagemaker-validators/schemas/CreateEndpointConfigInput.schema.json`,
      "utf8",
    ),
  );
  const { Ajv2020 } = await import("ajv/dist/2020.js");
  const ajvCheck = new Ajv2020({ allErrors: true }).compile(schema);

  let zodSchema;
  let zodNote = "";
  try {
    const { z } = await import("zod");
    zodSchema = z.fromJSONSchema(schema);
    zodSchema.safeParse(inputs[0]);
  } catch (e) {
    zodNote = `zod: skipped (z.fromJSONSchema could not convert the schema: ${e.message})`;
    zodSchema = undefined;
  }

  // Every validator sees the same inputs; a sink keeps the work from being optimized away.
  let sink = 0;
  const bench = new Bench({ time, warmupIterations: 5 });
  bench.add("shapekit (generated, rules off)", () => {
    for (const input of inputs)
      sink += validateCreateEndpointConfigInput(input, { rules: false }).ok ? 1 : 0;
  });
  bench.add("shapekit (generated, rules on)", () => {
    for (const input of inputs) sink += validateCreateEndpointConfigInput(input).ok ? 1 : 0;
  });
  bench.add("ajv 8 (JSON Schema 2020-12, allErrors)", () => {
    for (const input of inputs) sink += ajvCheck(input) ? 1 : 0;
  });
  if (zodSchema) {
    bench.add("zod 4 (z.fromJSONSchema)", () => {
      for (const input of inputs) sink += zodSchema.safeParse(input).success ? 1 : 0;
    });
  }
  await bench.run();

  const perSecond = (task) =>
    inputs.length / ((task.result.latency?.mean ?? task.result.mean) / 1000);
  const ours = perSecond(bench.tasks[0]);
  console.log(
    `validators: ${inputs.length} CreateEndpointConfig inputs per run, all errors collected (sink ${sink > 0 ? "ok" : "?"})`,
  );
  for (const task of bench.tasks) {
    const rate = perSecond(task);
    console.log(
      `  ${task.name.padEnd(42)} ${Math.round(rate).toLocaleString("en-US").padStart(12)} inputs/s   ours/this ${(ours / rate).toFixed(2)}×`,
    );
  }
  if (zodNote) console.log(`  ${zodNote}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchValidators();
