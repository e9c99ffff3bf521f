// Benchmark: shorthand parsing + model coercion on the corpus's shorthand cases (the arguments
// the AWS CLI accepted as shorthand), three ways in one run:
//   - ours: parseArgument of @shapekit/sagemaker-shorthand (argparse rules, JSON/shorthand
//     decision, parse, coercion), from the built package;
//   - the AWS CLI's own ShorthandParser + BackCompatVisitor, timed inside Python by
//     bench/shorthand-awscli.py (no process start-up in the figure);
//   - native JSON.parse of the equivalent JSON text (the value the CLI built).
// One op is one argument (all its words). The ratio to JSON.parse is also measured in short
// alternating rounds (ours, then JSON.parse, then ours...) and the median round's ratio
// reported: on a shared, loaded machine the two tinybench runs, one after the other, can see
// different loads, and their ratio swings by 2x from run to run. Reads the corpus from
// generators/shorthand/test/data; the Python side needs `python3` with `awscli` (skipped
// with a message otherwise).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { interleavedRatio } from "./interleaved-ratio.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function benchShorthand({ seconds = 2 } = {}) {
  // The figures are of the current runtime and generated package: build them (incremental).
  execFileSync(
    process.execPath,
    [`${root}node_modules/typescript/bin/tsc`, "-b", `${root}packages/sagemaker-shorthand`],
    { stdio: "inherit" },
  );
  const { commands, parseArgument, shapes } = await import("@shapekit/sagemaker-shorthand");
  const command = commands.find((c) => c.name === "create-endpoint-config");
  const rows = readFileSync(`${root}generators/shorthand/test/data/shorthand-awscli.jsonl`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const optionOf = (name) => command.options.find((o) => o.name === name);
  const isList = (name) => shapes[optionOf(name).shape].type === "list";
  // Accepted, written as shorthand (not JSON), for a structure or list option.
  const cases = rows.filter(
    (r) =>
      r.expect.ok &&
      r.args.length > 0 &&
      !/^\s*[[{]/.test(r.args[0]) &&
      ["structure", "list"].includes(shapes[optionOf(r.param).shape].type),
  );
  const json = cases.map((c) => JSON.stringify(c.expect.value));
  const bytes = cases.reduce((n, c) => n + c.args.join(" ").length, 0);

  const bench = new Bench({ time: seconds * 1000 });
  bench.add("ours: parseArgument (parse + coerce)", () => {
    for (const c of cases) parseArgument("create-endpoint-config", c.param, c.args);
  });
  bench.add("JSON.parse of the same values", () => {
    for (const text of json) JSON.parse(text);
  });
  await bench.run();
  const perSecond = (task) => cases.length / (task.result.latency.mean / 1000);
  const ours = perSecond(bench.tasks[0]);
  const native = perSecond(bench.tasks[1]);
  const ratio = interleavedRatio(
    () => {
      for (const c of cases) parseArgument("create-endpoint-config", c.param, c.args);
    },
    () => {
      for (const text of json) JSON.parse(text);
    },
    seconds,
  );

  let cli;
  try {
    const dir = mkdtempSync(path.join(tmpdir(), "shapekit-bench-"));
    const file = path.join(dir, "cases.json");
    writeFileSync(
      file,
      JSON.stringify(
        cases.map((c) => ({
          member: optionOf(c.param).member,
          words: c.args,
          list: isList(c.param),
        })),
      ),
    );
    const out = execFileSync(
      "python3",
      [`${root}bench/shorthand-awscli.py`, "--bench", file, String(seconds)],
      { encoding: "utf8" },
    );
    cli = JSON.parse(out).opsPerSecond;
  } catch (e) {
    console.log(`shorthand: AWS CLI side skipped (${e.message.split("\n")[0]})`);
  }

  const fmt = (n) => Math.round(n).toLocaleString("en");
  console.log(
    `shorthand: ${cases.length} corpus arguments (${(bytes / cases.length).toFixed(0)} chars on average), ops = arguments/s`,
  );
  console.log(
    `  ours (parse + coercion)      ${fmt(ours).padStart(10)} ops/s${cli ? `  ${(ours / cli).toFixed(1)}x the AWS CLI` : ""}`,
  );
  if (cli) console.log(`  AWS CLI (Python, in-process) ${fmt(cli).padStart(10)} ops/s`);
  console.log(
    `  JSON.parse (same values)     ${fmt(native).padStart(10)} ops/s${cli ? `  ${(native / cli).toFixed(1)}x the AWS CLI` : ""}; ours is ${(ours / native).toFixed(2)}x JSON.parse`,
  );
  console.log(
    `  ours / JSON.parse in ${ratio.rounds} alternating rounds: median ${ratio.median.toFixed(2)}x (middle half ${ratio.low.toFixed(2)}x to ${ratio.high.toFixed(2)}x)`,
  );
  return { ours, cli, native, ratio: ratio.median };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchShorthand();
