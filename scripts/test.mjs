// `npm test`: builds what the tests need (turbo: generators, generated and runtime packages,
// cached), then runs every test once with vitest. Extra arguments go to vitest.
import { bin, run } from "./run.mjs";

let code = await run(bin("turbo"), ["run", "build", "--output-logs=errors-only"]);
if (code === 0) code = await run(bin("vitest"), ["run", ...process.argv.slice(2)]);
process.exit(code);
