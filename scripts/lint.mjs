// `npm run lint`: the checks CI runs besides the tests. Builds what the type information needs
// (turbo, cached: tests and sources import the built generated packages), then prettier over
// every hand-written file, ESLint with type information (eslint.config.js), the tests'
// type-check (tsconfig.tests.json) and the generated packages' (`tsc --noEmit` in each). Every step runs, so one run reports every kind of problem;
// each step's time goes to stderr. Exits non-zero when any step fails.
import { bin, run } from "./run.mjs";

const steps = [
  ["build", bin("turbo"), ["run", "build", "--output-logs=errors-only"]],
  ["prettier", bin("prettier"), ["--check", "--log-level=warn", "."]],
  ["eslint", bin("eslint"), ["--max-warnings=0", "."]],
  ["typecheck:tests", bin("tsc"), ["-p", "tsconfig.tests.json"]],
  // Generated packages build without a type-check (shapekit-build); tsc checks them here.
  ["typecheck:packages", bin("turbo"), ["run", "typecheck", "--output-logs=errors-only"]],
];

let failed = 0;
for (const [name, command, args] of steps) {
  const start = performance.now();
  const code = await run(command, args);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.error(`lint: ${name} ${code === 0 ? "passed" : `failed (exit ${code})`} in ${seconds}s`);
  if (code !== 0) failed++;
  // Without a build the other steps would only report its absence.
  if (code !== 0 && name === "build") break;
}
process.exit(failed === 0 ? 0 : 1);
