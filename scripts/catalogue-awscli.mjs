#!/usr/bin/env node
// Regenerates generators/model/data/awscli-customizations.jsonl, the catalogue of the AWS CLI's
// customizations, by running scripts/conformance/catalogue-customizations.py against the AWS CLI
// installed for python3. Skips cleanly (exit 0, a message) when python3 or the AWS CLI is absent:
// the committed catalogue then stays as it is.
//
//   npm run catalogue:awscli [-- --service NAME ...]   (extra arguments go to the Python script)

import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function skip(message) {
  console.log(`catalogue:awscli: skipped: ${message}`);
  process.exit(0);
}

let version;
try {
  version = execFileSync(
    "python3",
    ["-c", "import awscli.clidriver, awscli; print(awscli.__version__)"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    },
  ).trim();
} catch {
  skip("python3 with the AWS CLI (awscli) is not installed");
}

console.error(`cataloguing the customizations of the AWS CLI ${version} …`);
const run = spawnSync(
  "python3",
  [path.join(root, "scripts/conformance/catalogue-customizations.py"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(run.status ?? 1);
