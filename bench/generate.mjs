// Benchmark: `shapekit generate --check` and `shapekit generate` on this repository's spec, as
// whole processes (start-up included), the way users and CI run them.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const shapekit = `${root}generators/cli/bin/shapekit.js`;

function time(args, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [shapekit, ...args], { cwd: root, stdio: "pipe" });
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function benchGenerate() {
  console.log(
    `shapekit generate --check (spec/): median ${time(["generate", "--check"]).toFixed(0)} ms over 5 runs`,
  );
  console.log(
    `shapekit generate (spec/, nothing to write): median ${time(["generate"]).toFixed(0)} ms over 5 runs`,
  );
  console.log(
    `shapekit --help (start-up): median ${time(["--help"], 10).toFixed(0)} ms over 10 runs`,
  );
}
