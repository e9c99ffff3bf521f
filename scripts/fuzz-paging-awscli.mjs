// `node scripts/fuzz-paging-awscli.mjs [<count, 1000000>] [<seed, 1>]` (and `npm run fuzz`):
// random paginated responses paged through by `runCommand`'s pager and by botocore's own
// PageIterator, printed by ours and the AWS CLI's formatters, must give the same requests and
// the same bytes, or both refuse; see scripts/conformance-awscli-paging.mjs, which this runs
// with `--cases <count> --seed <seed>`. Skipped, with a message, without python3 and awscli.
import { fileURLToPath } from "node:url";
import { run } from "./run.mjs";

const [count = "1000000", seed = "1"] = process.argv.slice(2);
const script = fileURLToPath(new URL("./conformance-awscli-paging.mjs", import.meta.url));
process.exit(await run(process.execPath, [script, "--cases", count, "--seed", seed]));
