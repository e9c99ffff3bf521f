// `npm run fuzz [-- <runs> <seed>]`: every fuzzer of the repository (scripts/fuzz-*.mjs), one
// after the other, each in its own process; exits non-zero when any of them fails.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { run } from "./run.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
let failed = 0;
for (const script of readdirSync(here)
  .filter((f) => /^fuzz-.+\.mjs$/.test(f))
  .sort()) {
  console.log(`== ${script}`);
  if ((await run(process.execPath, [`${here}${script}`, ...process.argv.slice(2)])) !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
