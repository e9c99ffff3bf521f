// Benchmark: the generated SageMaker validators vs ajv (compiled from the generated JSON Schema,
// allErrors) vs zod 4 (a schema converted from the same JSON Schema by zod's own
// z.fromJSONSchema), over the labelled corpus (generators/validators/test/data): 3,000
// CreateEndpointConfig inputs, valid and invalid, every error collected by each validator.
// typia 12 (`typia.createValidate` over the generated types' TSDoc tags, bench/peers/typia.mjs)
// runs on the same corpus. Then the type guards alone, on one valid input repeated (monomorphic,
// as an application's traffic is): ours `isCreateEndpointConfigInput` against typia's `is`.
// Reports inputs validated per second and each peer's ratio to ours, and returns the figures.
// Needs the generated package built (`npm run generate` builds it).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { interleavedRatio } from "./interleaved-ratio.mjs";
import { typiaPeer } from "./peers/typia.mjs";

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
  const { validateCreateEndpointConfigInput, isCreateEndpointConfigInput } =
    await import("@shapekit/sagemaker-validators");
  const typia = await typiaPeer();
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
  if (typia.validate) {
    bench.add(`typia ${typia.version} (validate, TSDoc tags)`, () => {
      for (const input of inputs) sink += typia.validate(input).success ? 1 : 0;
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
  // The ratio to ajv again, in alternating rounds (see interleaved-ratio.mjs).
  const ajvRounds = interleavedRatio(
    () => {
      for (const input of inputs)
        sink += validateCreateEndpointConfigInput(input, { rules: false }).ok ? 1 : 0;
    },
    () => {
      for (const input of inputs) sink += ajvCheck(input) ? 1 : 0;
    },
    time / 1000,
  );
  console.log(
    `  ours (rules off) / ajv in ${ajvRounds.rounds} alternating rounds: median ${ajvRounds.median.toFixed(2)}× (middle half ${ajvRounds.low.toFixed(2)}× to ${ajvRounds.high.toFixed(2)}×)`,
  );
  // And to typia's validate, the same way.
  const typiaRounds = typia.validate
    ? interleavedRatio(
        () => {
          for (const input of inputs)
            sink += validateCreateEndpointConfigInput(input, { rules: false }).ok ? 1 : 0;
        },
        () => {
          for (const input of inputs) sink += typia.validate(input).success ? 1 : 0;
        },
        time / 1000,
      )
    : undefined;
  if (typiaRounds)
    console.log(
      `  ours (rules off) / typia validate in ${typiaRounds.rounds} alternating rounds: median ${typiaRounds.median.toFixed(2)}× (middle half ${typiaRounds.low.toFixed(2)}× to ${typiaRounds.high.toFixed(2)}×)`,
    );
  if (zodNote) console.log(`  ${zodNote}`);
  if (typia.skipped) console.log(`  typia: skipped (${typia.skipped})`);
  const rateOf = (prefix) => {
    const task = bench.tasks.find((t) => t.name.startsWith(prefix));
    return task ? perSecond(task) : undefined;
  };

  // The type guard on one valid input, again and again.
  // An input both accept: typia returns early on one it refuses, which would flatter it.
  const valid = inputs.find(
    (input) => validateCreateEndpointConfigInput(input).ok && (!typia.is || typia.is(input)),
  );
  if (typia.validate) {
    // Where the verdicts differ: typia has no cross-member rules or unknown-member check, and
    // it compiles `\p{…}` patterns without the `u` flag (so they match a literal "p").
    const agree = inputs.filter(
      (input) =>
        validateCreateEndpointConfigInput(input, { rules: false }).ok ===
        typia.validate(input).success,
    ).length;
    console.log(
      `  verdicts, ours (rules off) and typia: ${agree}/${inputs.length} agree (typia checks no unknown members, and its \\p{…} patterns lack the u flag)`,
    );
  }
  const guards = new Bench({ time, warmupIterations: 5 });
  const REPEAT = 1000;
  guards.add("shapekit isCreateEndpointConfigInput", () => {
    for (let i = 0; i < REPEAT; i++) sink += isCreateEndpointConfigInput(valid) ? 1 : 0;
  });
  if (typia.is)
    guards.add(`typia ${typia.version} is`, () => {
      for (let i = 0; i < REPEAT; i++) sink += typia.is(valid) ? 1 : 0;
    });
  await guards.run();
  const guardRate = (task) => REPEAT / ((task.result.latency?.mean ?? task.result.mean) / 1000);
  const oursIs = guardRate(guards.tasks[0]);
  console.log(`type guards: one valid input checked ${REPEAT} times per run`);
  for (const task of guards.tasks)
    console.log(
      `  ${task.name.padEnd(42)} ${Math.round(guardRate(task)).toLocaleString("en-US").padStart(12)} checks/s   ours/this ${(oursIs / guardRate(task)).toFixed(2)}×`,
    );
  const typiaIs = guards.tasks[1] ? guardRate(guards.tasks[1]) : undefined;
  // The guards' ratio again, in alternating rounds, as for ajv above.
  const isRounds = typia.is
    ? interleavedRatio(
        () => {
          for (let i = 0; i < REPEAT; i++) sink += isCreateEndpointConfigInput(valid) ? 1 : 0;
        },
        () => {
          for (let i = 0; i < REPEAT; i++) sink += typia.is(valid) ? 1 : 0;
        },
        time / 1000,
      )
    : undefined;
  if (isRounds)
    console.log(
      `  ours / typia is in ${isRounds.rounds} alternating rounds: median ${isRounds.median.toFixed(2)}× (middle half ${isRounds.low.toFixed(2)}× to ${isRounds.high.toFixed(2)}×)`,
    );
  return {
    ours,
    ajv: rateOf("ajv"),
    ajvMedian: ajvRounds.median,
    typia: rateOf("typia"),
    typiaMedian: typiaRounds?.median,
    oursIs,
    typiaIs,
    isMedian: isRounds?.median,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchValidators();
