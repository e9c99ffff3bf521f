// `node scripts/conformance-awscli-waiters.mjs [--cases N] [--seed S] [--record FILE]`: polls
// random answers with `@shapekit/cli/waiting`'s `waitFor` and with botocore's own `Waiter`
// (scripts/conformance/record-awscli-waiters.py, one Python process), over every waiter of
// every service the installed botocore ships (the waiters as ShapeKit's loader reads them from
// waiters-2.json, through `shapekit cli`'s surface), and requires the same number of calls, the
// same delays slept, and the same outcome: success, or botocore's `WaiterError` text, word for
// word (what `aws <service> wait <waiter>` prints). The answers are shaped by each waiter's
// acceptors (their JMESPath fields filled with expected and other values, lists of 0 to 3
// items, service errors with the acceptors' codes and others, HTTP statuses), so every kind of
// acceptor matches, and fails to, in the sample. Default 2,000 cases, seed 1. `--record FILE`
// writes the cases with botocore's answers as JSON lines (packages/cli/test/data/
// waiters-awscli.jsonl is such a recording). Skipped, with a message, without python3 and its
// botocore; needs the built generators (npm ci builds them). Exit 1 on any difference.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { botocoreDataDir } from "./botocore-data.mjs";
import {
  builtCli,
  compareWithAwsCli,
  comparisonOptions,
} from "./conformance/awscli-comparison.mjs";
import { ourPolling, randomWaiterCases, samePolling } from "./conformance/waiter-polling.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { count, seed, record } = comparisonOptions(import.meta.url, "conformance-awscli-waiters");
const data = botocoreDataDir();
if (data === undefined) {
  console.log("conformance-awscli-waiters: skipped (python3 with botocore not found)");
  process.exit(0);
}
const cli = await builtCli("conformance-awscli-waiters");
const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const { loadModel, hasErrors, selectService } = await load("generators/model/dist/index.js");
const { modelCommandSurface } = await load("generators/cli/dist/model-cli/model-surface.js");

/** Every waiter of every service, as ShapeKit's surface of the service's model has it. */
const waiters = [];
const ours = new Map();
for (const service of readdirSync(data).sort()) {
  if (service.includes(".")) continue;
  const { model, diagnostics } = loadModel([path.join(data, service)]);
  if (!model || hasErrors(diagnostics)) continue;
  const selection = selectService(model, undefined);
  if (!selection.ok) continue;
  const wait = modelCommandSurface(model, selection.service).wait;
  for (const name of wait?.names ?? []) {
    const { waiter } = wait.waiter(name);
    waiters.push({ service, waiter: waiter.waiterName, acceptors: waiter.acceptors });
    ours.set(`${service} ${waiter.waiterName}`, waiter);
  }
}
console.log(`${waiters.length} waiters of the installed botocore`);

await compareWithAwsCli({
  script: "record-awscli-waiters.py",
  label: "waiters vs botocore",
  count,
  seed,
  record,
  aspects: ["outcome"],
  randomCases: (n, random) => randomWaiterCases(n, random, waiters),
  ours: async (c) => {
    const polled = await ourPolling(c, cli, ours.get(`${c.service} ${c.waiter}`));
    return { same: samePolling(polled, c), ours: polled };
  },
  describe: (c) => JSON.stringify(c),
});
