// `node scripts/fuzz-output-awscli.mjs [<count, 1000000>] [<seed, 1>]` (and `npm run fuzz`):
// random responses printed by `formatResponse` and by the installed AWS CLI's own json, text
// and table formatters must be the same bytes, or both refuse; see
// scripts/conformance-awscli-output.mjs, which this runs with `--cases <count> --seed <seed>`.
// Skipped, with a message, without python3 and its awscli package.
import { fileURLToPath } from "node:url";
import { run } from "./run.mjs";

const [count = "1000000", seed = "1"] = process.argv.slice(2);
const script = fileURLToPath(new URL("./conformance-awscli-output.mjs", import.meta.url));
process.exit(await run(process.execPath, [script, "--cases", count, "--seed", seed]));
