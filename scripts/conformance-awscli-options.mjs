#!/usr/bin/env node
// The option names of every operation of every service, ShapeKit against the installed AWS CLI.
// For each service the AWS CLI serves from a model, botocore's service-2.json.gz goes through
// ShapeKit's converter and CLI-shape builder (the built generators, with the catalogue of the AWS
// CLI's customizations); the AWS CLI's argument tables, as it builds them, come from
// scripts/conformance/record-awscli-options.py. Every option of a model member is compared
// (name, member, hidden or documented):
//   agree       the same option for the same member, hidden or documented alike;
//   explained   a difference the catalogue explains: the operation has a customization ShapeKit
//               does not reproduce (pagination, an option with code of its own, …);
//   unexplained anything else (listed).
// Skips cleanly (exit 0, a message) without python3 + the AWS CLI, or without a build.
//
//   node scripts/conformance-awscli-options.mjs [--service NAME ...] [--show N]

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const services = args.flatMap((a, i) => (args[i - 1] === "--service" ? [a] : []));
const show = Number(args.includes("--show") ? args[args.indexOf("--show") + 1] : "20");

function skip(message) {
  console.log(`conformance-awscli-options: skipped: ${message}`);
  process.exit(0);
}

let botocore;
try {
  botocore = execFileSync(
    "python3",
    ["-c", "import awscli.clidriver, botocore, os; print(os.path.dirname(botocore.__file__))"],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    },
  ).trim();
} catch {
  skip("python3 with the AWS CLI (awscli) is not installed");
}
for (const built of ["generators/model/dist/index.js", "generators/shorthand/dist/cli-shapes.js"]) {
  if (!existsSync(path.join(root, built)))
    skip(`${built} is not built (npx tsc -b generators/cli)`);
}
const { loadModel, selectService, awsCliCustomizations } = await import(
  pathToFileURL(path.join(root, "generators/model/dist/index.js")).href
);
const { CliShapeBuilder } = await import(
  pathToFileURL(path.join(root, "generators/shorthand/dist/cli-shapes.js")).href
);

console.error("recording the AWS CLI's argument tables …");
const recorded = execFileSync(
  "python3",
  [path.join(root, "scripts/conformance/record-awscli-options.py"), ...services],
  {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  },
)
  .split("\n")
  .filter((l) => l !== "")
  .map((l) => JSON.parse(l));

// Operations with a customization ShapeKit does not reproduce: their differences are explained.
const unreproduced = new Set();
for (const line of readFileSync(
  path.join(root, "generators/model/data/awscli-customizations.jsonl"),
  "utf8",
)
  .split("\n")
  .slice(1)) {
  if (line === "") continue;
  const entry = JSON.parse(line);
  if (entry.operation !== null && entry.reproduced !== "yes")
    unreproduced.add(`${entry.service} ${entry.operation}`);
}

const byModel = new Map();
for (const r of recorded) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r]);
const counts = {
  services: 0,
  operations: 0,
  agree: 0,
  explained: 0,
  unexplained: 0,
  operationsAgreeing: 0,
};
const problems = [];
const started = performance.now();
for (const [where, operations] of byModel) {
  const [name, version] = where.split("/");
  const file = path.join(botocore, "data", name, version, "service-2.json.gz");
  const { model } = loadModel([file]);
  const selection = model ? selectService(model, undefined) : { ok: false };
  if (!selection.ok) {
    problems.push(`${name}: the model does not load`);
    counts.unexplained += operations.length;
    continue;
  }
  counts.services++;
  const builder = new CliShapeBuilder(model, selection.service.namespace, {
    customizations: awsCliCustomizations(),
  });
  const byName = new Map(
    model
      .closure([selection.service.id])
      .filter((s) => s.type === "operation")
      .map((s) => [s.name, s]),
  );
  for (const record of operations) {
    counts.operations++;
    const operation = byName.get(record.operationName);
    const key = `${record.service} ${record.operation}`;
    if (!operation) {
      problems.push(`${key}: no operation ${record.operationName} in the converted model`);
      counts.unexplained++;
      continue;
    }
    const ours = new Map(
      builder.command(operation, selection.service).options.map((o) => [o.name, o]),
    );
    const theirs = new Map(
      record.options
        .filter(([, member]) => member !== null)
        .map(([n, member, hidden, cls]) => [`--${n}`, { member, hidden, cls }]),
    );
    const names = new Set([...theirs.keys(), ...[...ours.values()].map((o) => o.name)]);
    let clean = true;
    for (const option of names) {
      const a = ours.get(option);
      const b = theirs.get(option);
      // The AWS CLI's paging options name pseudo-members (StartingToken, PageSize, MaxItems); one
      // that takes a member option's name (IAM's --max-items) replaces it, in ShapeKit's option
      // table too (packages/cli option-table.ts), where the member's hidden option is `shadows`.
      if (b && b.cls.startsWith("awscli.customizations.paginate:") && (!a || a.hidden)) continue;
      const same = a && b && a.member === b.member && (a.hidden === true) === b.hidden;
      if (same) counts.agree++;
      else if (unreproduced.has(key)) counts.explained++;
      else {
        counts.unexplained++;
        clean = false;
        problems.push(
          `${key} ${option}: ShapeKit ${a ? `${a.member}${a.hidden ? " (hidden)" : ""}` : "none"}, AWS CLI ${b ? `${b.member}${b.hidden ? " (hidden)" : ""}` : "none"}`,
        );
      }
    }
    if (clean) counts.operationsAgreeing++;
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${counts.services} services, ${counts.operations} operations (${seconds} s): option names agree ${counts.agree}, ` +
    `explained by unreproduced customizations ${counts.explained}, unexplained ${counts.unexplained}; ` +
    `operations with no unexplained difference: ${counts.operationsAgreeing}/${counts.operations}`,
);
for (const p of problems.slice(0, show)) console.log(`  ${p}`);
if (problems.length > show) console.log(`  … ${problems.length - show} more`);
