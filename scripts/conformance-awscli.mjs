#!/usr/bin/env node
// Agreement with the installed AWS CLI, service by service, through the code `shapekit cli
// --model` runs (the built generators/cli), from the AWS CLI's own models: botocore's
// data/<service>/<version>/service-2.json.gz. Per service and in total:
//   model loads; input / output / yaml-input skeletons, byte for byte; option surface (the
//   option names of each operation against the CLI's argument table, operations with a
//   catalogued customization ShapeKit does not reproduce left out); syntax blocks of the help
//   ("Shorthand Syntax", "JSON Syntax", "Syntax"); command lines generated from the model
//   (scripts/conformance/command-lines.mjs, seeded): the lines the CLI accepts must give the same
//   request with `validate: false`, and with validation on the same verdict as botocore's
//   parameter validation (each extra rejection of ours must name a model constraint: length,
//   range, pattern, enum); the lines the CLI rejects must be rejected. Then the disagreements by
//   class and the first few of each row.
//
// The AWS CLI is asked in one Python process per service (scripts/conformance/record-awscli-
// surface.py); its answers are cached in node_modules/.cache/shapekit/ by AWS CLI version, service,
// model digest and the digest of the operations and command lines asked. Skips cleanly (exit 0, a
// message) without python3 + botocore or without a build. Without the AWS CLI, SageMaker alone
// falls back to the recordings in ../shared/conformance (skeletons and syntax blocks only).
//
//   node scripts/conformance-awscli.mjs [--service sagemaker]         one service (the default)
//   node scripts/conformance-awscli.mjs --all                         every service botocore ships
//     --services a,b    these services          --from <name>   start at this service (sorted)
//     --limit <n>       at most n services      --operations-per-service <n>  a seeded sample of each
//     --seed <n>        sample and command-line seed (default 1)
//     --operations a,b  these operations of each service (CLI names) and no waiters, not a sample
//     --record          ask the AWS CLI again even when a cached answer exists (needed after a
//                       change to the recorders in scripts/conformance/, which the key leaves out)
//     --show <n>        disagreements shown per row (default 5)
//     --json <file>     write the per-service tallies and every disagreement
//     --write-sample <dir>  write each service's trimmed model (the sampled operations' closure) and
//                       the CLI's answers there: the test suite's committed sample

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCommandLines, sampleOperations } from "./conformance/command-lines.mjs";
import {
  ROWS,
  addTally,
  classify,
  compareService,
  emptyTally,
} from "./conformance/compare-service.mjs";
import { parseScriptArgs } from "./script-args.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: opts } = parseScriptArgs(import.meta.url, {
  options: {
    service: { type: "string" },
    services: { type: "string" },
    all: { type: "boolean" },
    from: { type: "string" },
    limit: { type: "string" },
    "operations-per-service": { type: "string" },
    operations: { type: "string" },
    seed: { type: "string", default: "1" },
    record: { type: "boolean" },
    show: { type: "string", default: "5" },
    json: { type: "string" },
    "write-sample": { type: "string" },
  },
});
const show = Number(opts.show);
const seed = Number(opts.seed);
const perService =
  opts["operations-per-service"] === undefined ? undefined : Number(opts["operations-per-service"]);

function skip(message) {
  console.log(`conformance-awscli: skipped: ${message}`);
  process.exit(0);
}

function python(code) {
  try {
    return execFileSync("python3", ["-c", code], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return undefined;
  }
}

const readJsonLines = (text) =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));

// --- what to sweep ---------------------------------------------------------------------------
const botocore = python("import botocore, os; print(os.path.dirname(botocore.__file__))");
if (!botocore) skip("botocore is not installed for python3");
const data = path.join(botocore, "data");
const everyService = readdirSync(data)
  .filter(
    (s) =>
      statSync(path.join(data, s)).isDirectory() &&
      readdirSync(path.join(data, s), { withFileTypes: true }).some(
        (d) => d.isDirectory() && existsSync(path.join(data, s, d.name, "service-2.json.gz")),
      ),
  )
  .sort();
let services = opts.all
  ? everyService
  : opts.services
    ? opts.services.split(",").filter(Boolean)
    : [opts.service ?? "sagemaker"];
if (opts.from) services = services.filter((s) => s >= opts.from);
if (opts.limit) services = services.slice(0, Number(opts.limit));
for (const built of [
  "generators/cli/dist/model-cli/model-surface.js",
  "packages/cli/dist/index.js",
]) {
  if (!existsSync(path.join(root, built)))
    skip(`${built} is not built (npx tsc -b generators/cli)`);
}

const awscliVersion = python("import awscli; print(awscli.__version__)");
const sharedDir = path.resolve(root, "../shared/conformance");
if (
  !awscliVersion &&
  !(services.length === 1 && services[0] === "sagemaker" && existsSync(sharedDir))
)
  skip(
    "awscli is not installed for python3 (only SageMaker has recordings to fall back on, in ../shared)",
  );

// Operations with a customization ShapeKit does not reproduce (pagination and streaming output
// are generic, so compared: their differences are reported, not excused).
const customizedOperations = new Set();
const customizedServices = new Set();
// Options a customization adds or changes with code of its own (lambda's `--code` without
// `ZipFile`, codedeploy's `--s3-location`): their help blocks are the CLI's own text, so they
// are counted as customized, not compared.
const customizedOptions = new Set();
// Operations whose response a customization rewrites after the call (datapipeline's
// get-pipeline-definition turns pipelineObjects into its own "objects" form): the AWS CLI's
// output skeleton runs through that code too, so it is counted as customized, not compared.
const customizedOutputs = new Set();
for (const line of readFileSync(
  path.join(root, "generators/model/data/awscli-customizations.jsonl"),
  "utf8",
)
  .split("\n")
  .slice(1)) {
  if (line === "") continue;
  const e = JSON.parse(line);
  // A hand-written command in place of the whole service (sdb's preview command): all of it.
  if (e.operation === null && e.kind === "custom-command" && e.reproduced !== "yes")
    customizedServices.add(e.service);
  if (
    e.kind === "event-handler" &&
    e.operation !== null &&
    e.reproduced !== "yes" &&
    String(e.details?.event).startsWith("after-call.")
  )
    customizedOutputs.add(`${e.service} ${e.operation}`);
  if (
    (e.kind === "changed-argument" || e.kind === "added-argument") &&
    e.reproduced !== "yes" &&
    e.details?.option
  )
    customizedOptions.add(`${e.service} ${e.operation} ${e.details.option}`);
  if (
    e.operation !== null &&
    e.reproduced !== "yes" &&
    e.kind !== "pagination" &&
    e.kind !== "streaming-output"
  )
    customizedOperations.add(`${e.service} ${e.operation}`);
  // A command the AWS CLI renames or splits (rds modify-option-group): the model's name is gone.
  if (e.kind === "command-rename" && e.reproduced !== "yes" && typeof e.details?.from === "string")
    customizedOperations.add(`${e.service} ${e.details.from}`);
}

// --- ours ------------------------------------------------------------------------------------
const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const { loadModel, hasErrors, formatDiagnostics, selectService } = await load(
  "generators/model/dist/index.js",
);
const { serviceOperations, operationBinding, modelCommandSurface } = await load(
  "generators/cli/dist/model-cli/model-surface.js",
);
const { createCommandSurface, helpPage } = await load("packages/cli/dist/index.js");
const deps = { operationBinding, createCommandSurface, helpPage };

function latestModel(service) {
  const dir = path.join(data, service);
  const version = readdirSync(dir)
    .filter((v) => existsSync(path.join(dir, v, "service-2.json.gz")))
    .sort()
    .pop();
  return { version, file: path.join(dir, version, "service-2.json.gz") };
}

// The CLI serves botocore's `s3` as `s3api` (its `s3` is hand-written); every other service by its botocore name.
// The AWS CLI names a few services differently from botocore (s3 → s3api, codedeploy → deploy,
// config → configservice, …): asked from the CLI itself, once.
const cliNames = awscliVersion
  ? JSON.parse(
      python(
        [
          "import json",
          "from awscli.clidriver import create_clidriver",
          "t = create_clidriver()._get_command_table()",
          "print(json.dumps({c._service_name: n for n, c in t.items() if getattr(c, '_service_name', None) not in (None, n)}))",
        ].join("\n"),
      ) ?? "{}",
    )
  : {};
const cliServiceName = (service) =>
  Object.hasOwn(cliNames, service) ? cliNames[service] : service;

function recordAwsCli(service, modelFile, names, cases) {
  const digest = createHash("sha256").update(readFileSync(modelFile)).digest("hex").slice(0, 16);
  const asked = createHash("sha256")
    .update(JSON.stringify({ names, cases }))
    .digest("hex")
    .slice(0, 12);
  const cacheDir = path.join(root, "node_modules", ".cache", "shapekit");
  const cache = path.join(cacheDir, `awscli-${awscliVersion}-${service}-${digest}-${asked}.jsonl`);
  if (!existsSync(cache) || opts.record) {
    mkdirSync(cacheDir, { recursive: true });
    const casesFile = path.join(cacheDir, `cases-${service}-${asked}.json`);
    writeFileSync(casesFile, JSON.stringify(cases));
    const out = execFileSync(
      "python3",
      [
        path.join(root, "scripts/conformance/record-awscli-surface.py"),
        cliServiceName(service),
        "--operations",
        names.join(","),
        "--cases",
        casesFile,
      ],
      {
        encoding: "utf8",
        maxBuffer: 1 << 30,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    writeFileSync(cache, out);
  }
  return readJsonLines(readFileSync(cache, "utf8"));
}

function sharedRecords() {
  const read = (f) =>
    existsSync(path.join(sharedDir, f))
      ? readJsonLines(readFileSync(path.join(sharedDir, f), "utf8"))
      : [];
  return [
    ...read("skeletons-awscli.jsonl").map((r) => ({ ...r, ok: true })),
    ...read("syntax-blocks-awscli.jsonl"),
  ];
}

/** The service-2.json with only the sampled operations and the shapes they reach. */
function trimmedModel(modelFile, operationNames) {
  const json = JSON.parse(gunzipSync(readFileSync(modelFile)).toString("utf8"));
  const keep = new Set();
  const visit = (name) => {
    if (!name || keep.has(name) || !json.shapes[name]) return;
    keep.add(name);
    const s = json.shapes[name];
    for (const ref of [s.member, s.key, s.value, ...Object.values(s.members ?? {})])
      if (ref) visit(ref.shape);
  };
  const operations = {};
  for (const op of operationNames) {
    operations[op] = json.operations[op];
    for (const ref of [
      json.operations[op].input,
      json.operations[op].output,
      ...(json.operations[op].errors ?? []),
    ])
      if (ref) visit(ref.shape);
  }
  return {
    ...json,
    operations,
    shapes: Object.fromEntries(Object.entries(json.shapes).filter(([n]) => keep.has(n))),
  };
}

// --- the sweep -------------------------------------------------------------------------------
const total = emptyTally();
const loads = [0, 0];
const allFailures = [];
const unrecorded = [];
const perServiceResults = [];
const started = performance.now();
const ratio = ([n, m]) => `${n}/${m}`;

for (const serviceName of services) {
  if (!existsSync(path.join(data, serviceName))) {
    console.log(`${serviceName}: botocore has no such service`);
    continue;
  }
  const { version, file } = latestModel(serviceName);
  const t0 = performance.now();
  loads[1]++;
  const { model, diagnostics, sourceText } = loadModel([file]);
  const selection =
    model && !hasErrors(diagnostics) ? selectService(model, undefined) : { ok: false };
  if (!selection.ok) {
    console.log(`${serviceName} ${version}: the model does not load`);
    allFailures.push({
      service: serviceName,
      row: "load",
      operation: "",
      text: formatDiagnostics(diagnostics, sourceText).split("\n")[0],
    });
    continue;
  }
  loads[0]++;
  const service = selection.service;
  const all = serviceOperations(model, service);
  const chosen = opts.operations?.split(",").filter((name) => all.has(name));
  const operationNames =
    chosen ?? sampleOperations([...all.keys()], perService, `${seed}:${serviceName}`);
  const operations = new Map(operationNames.map((n) => [n, all.get(n)]));
  // The waiters' commands (`wait <waiter>`), sampled apart: each is its operation's command
  // under another name, less the operation's own customizations.
  // The operations they poll are compared too (a sample then holds what its waiters need).
  const surface = modelCommandSurface(model, service);
  const wait = surface.wait;
  const waiterNames = chosen
    ? []
    : sampleOperations(wait.names, perService, `${seed}:${serviceName}:wait`);
  for (const name of waiterNames) {
    const polled = wait.waiter(name).waiter.operation;
    if (!operations.has(polled)) operations.set(polled, all.get(polled));
  }
  for (const name of waiterNames) operations.set(`wait ${name}`, { binding: wait.waiter(name) });
  // The hidden extra names of the sampled operations (`get-o-tel-enrichment`), each compared as
  // a command of its own.
  const aliases = Object.entries(surface.commandAliases ?? {})
    .filter(([, target]) => operationNames.includes(target))
    .map(([alias]) => alias);
  for (const alias of aliases) operations.set(alias, { binding: surface.operation(alias) });
  const names = [...operations.keys()];
  const cases = [];
  for (const [name, op] of operations) {
    const description = op.binding?.description ?? operationBinding(model, service, op).description;
    for (const l of generateCommandLines(description, `${seed}:${serviceName}`))
      cases.push({ operation: name, argv: l.argv });
  }
  let records;
  try {
    records = awscliVersion ? recordAwsCli(serviceName, file, names, cases) : sharedRecords();
  } catch (e) {
    // One service the recorder cannot drive must not stop the sweep: it is reported and skipped.
    const reason = String(e?.message ?? e)
      .split("\n")[0]
      .slice(0, 200);
    console.log(`${serviceName}: the AWS CLI could not be recorded (${reason}); skipped`);
    unrecorded.push(serviceName);
    continue;
  }
  const { tally, failures } = compareService({
    deps,
    model,
    service,
    operations,
    records,
    serviceName,
    customized: (op) =>
      customizedServices.has(cliServiceName(serviceName)) ||
      customizedOperations.has(`${cliServiceName(serviceName)} ${op}`),
    customizedOutput: (op) => customizedOutputs.has(`${cliServiceName(serviceName)} ${op}`),
    customizedOption: (op, option) =>
      customizedOptions.has(`${cliServiceName(serviceName)} ${op} ${option}`),
  });
  addTally(total, tally);
  for (const f of failures) allFailures.push({ service: serviceName, ...f });
  perServiceResults.push({
    service: serviceName,
    version,
    operations: names.length - waiterNames.length - aliases.length,
    of: all.size,
    waiters: waiterNames.length,
    tally,
    failures,
  });
  console.log(
    `${serviceName} (${names.length - waiterNames.length - aliases.length}/${all.size} ops${waiterNames.length ? `, ${waiterNames.length}/${wait.names.length} waiters` : ""}${aliases.length ? `, ${aliases.length} aliases` : ""}, ${((performance.now() - t0) / 1000).toFixed(1)} s): ` +
      ROWS.map(([k]) => `${k} ${ratio(tally[k])}`).join(", ") +
      (tally.customized ? `, customized ${tally.customized}` : "") +
      (tally.customizedBlocks ? `, customized blocks ${tally.customizedBlocks}` : ""),
  );
  if (opts["write-sample"]) {
    const dir = path.join(opts["write-sample"], serviceName, version);
    mkdirSync(dir, { recursive: true });
    const operationNames = names.filter((n) => all.has(n)).map((n) => all.get(n).name);
    writeFileSync(
      path.join(dir, "service-2.json"),
      JSON.stringify(trimmedModel(file, operationNames), null, 1) + "\n",
    );
    // The sampled operations' paginators, so the sample pages as the AWS CLI does.
    const paginatorsFile = path.join(path.dirname(file), "paginators-1.json");
    const pagination = existsSync(paginatorsFile)
      ? (JSON.parse(readFileSync(paginatorsFile, "utf8")).pagination ?? {})
      : {};
    const kept = Object.fromEntries(
      operationNames.filter((n) => Object.hasOwn(pagination, n)).map((n) => [n, pagination[n]]),
    );
    if (Object.keys(kept).length > 0)
      writeFileSync(
        path.join(dir, "paginators-1.json"),
        JSON.stringify({ pagination: kept }, null, 1) + "\n",
      );
    // The sampled waiters, so the sample has their `wait` commands.
    const waitersFile = path.join(path.dirname(file), "waiters-2.json");
    if (waiterNames.length > 0 && existsSync(waitersFile)) {
      const all = JSON.parse(readFileSync(waitersFile, "utf8")).waiters;
      const sampled = waiterNames.map((n) => wait.waiter(n).waiter.waiterName);
      writeFileSync(
        path.join(dir, "waiters-2.json"),
        JSON.stringify(
          { version: 2, waiters: Object.fromEntries(sampled.map((w) => [w, all[w]])) },
          null,
          1,
        ) + "\n",
      );
    }
    writeFileSync(
      path.join(opts["write-sample"], serviceName, `awscli-${awscliVersion}.jsonl`),
      records.map((r) => JSON.stringify(r)).join("\n") + "\n",
    );
  }
}

// --- report ----------------------------------------------------------------------------------
console.log("");
console.log(
  `AWS CLI ${awscliVersion ?? "(recordings from ../shared)"}, ${services.length} services, seed ${seed}${perService !== undefined ? `, at most ${perService} operations each` : ""}, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log("| what | agree |");
console.log("|---|---|");
console.log(`| model loads | ${ratio(loads)} |`);
if (unrecorded.length > 0)
  console.log(
    `| AWS CLI not recorded (skipped) | ${unrecorded.length}: ${unrecorded.join(", ")} |`,
  );
for (const [k, title] of ROWS) {
  const note =
    k === "yaml" && total.yaml[1] === 0
      ? " (AWS CLI v1 has no yaml-input skeleton: nothing to compare)"
      : k === "validated" && total.constraint
        ? ` (${total.constraint} of them our stricter constraint checks, named)`
        : k === "blocks" && total.customizedBlocks
          ? ` (and ${total.customizedBlocks} block${total.customizedBlocks === 1 ? "" : "s"} of options a catalogued customization rewrites, not compared)`
          : k === "output" && total.customizedOutputs
            ? ` (and ${total.customizedOutputs} a catalogued customization rewrites after the call, not compared)`
            : "";
  console.log(`| ${title} | ${ratio(total[k])}${note} |`);
}
if (total.customized)
  console.log(
    `operations left out of options and command lines (catalogued customizations ShapeKit does not reproduce): ${total.customized}`,
  );

const classes = new Map();
for (const f of allFailures) {
  const c = f.row === "load" ? "load" : classify(f);
  classes.set(c, (classes.get(c) ?? 0) + 1);
}
if (classes.size) {
  console.log("\ndisagreements by class:");
  for (const [c, n] of [...classes].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(5)}  ${c}`);
  console.log("\nfirst disagreements per row:");
  for (const row of ["load", ...ROWS.map(([k]) => k)]) {
    const list = allFailures.filter((f) => f.row === row);
    for (const f of list.slice(0, show))
      console.log(`  ${row}: ${f.service} ${f.operation}: ${f.text}`);
    if (list.length > show) console.log(`  ${row}: … ${list.length - show} more`);
  }
}
if (opts.json)
  writeFileSync(
    opts.json,
    JSON.stringify(
      { awscliVersion, seed, perService, loads, total, services: perServiceResults },
      null,
      1,
    ),
  );
process.exitCode = allFailures.length === 0 ? 0 : 1;
