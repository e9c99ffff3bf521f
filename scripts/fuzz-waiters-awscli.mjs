// `node scripts/fuzz-waiters-awscli.mjs [<count, 1000000>] [<seed, 1>]` (and `npm run fuzz`):
// random answers polled by `wait <waiter> --send`'s `waitFor` and by botocore's own Waiter, over
// every waiter botocore ships, must give the same calls, delays and outcome; see
// scripts/conformance-awscli-waiters.mjs, which this runs with `--cases <count> --seed <seed>`.
// Skipped, with a message, without python3 and botocore.
import { fileURLToPath } from "node:url";
import { run } from "./run.mjs";

const [count = "1000000", seed = "1"] = process.argv.slice(2);
const script = fileURLToPath(new URL("./conformance-awscli-waiters.mjs", import.meta.url));
process.exit(await run(process.execPath, [script, "--cases", count, "--seed", seed]));
