#!/usr/bin/env node
// Agreement with the installed AWS CLI for every operation of a service (default: SageMaker),
// through the code `shapekit cli --model` runs (the built generators/cli), from the AWS CLI's
// own model: botocore's data/<service>/<version>/service-2.json.gz.
//
// Reads what is outside the repository, and skips cleanly (exit 0, a message) when it is absent:
//  - botocore (found with python3) for the model;
//  - the AWS CLI (awscli in the same python3), which it drives in one process with
//    scripts/conformance/record-awscli-surface.py; the recording is cached in
//    node_modules/.cache/shapekit/ by AWS CLI version and model digest;
//  - ../shared/conformance/skeletons-awscli.jsonl and syntax-blocks-awscli.jsonl (a third of
//    the operations, recorded earlier) when present: used where no fresh recording exists, and
//    cross-checked against it.
//
// Prints `skeletons input: N/M byte-identical, output: N/M, syntax blocks: N/M`, then a
// shorthand round trip (`toArgument` then parse, for every option of every operation, from
// the input skeleton's values) and a validation smoke run, then the first disagreements.
//
//   node scripts/conformance-awscli.mjs [--service sagemaker] [--record] [--show N]
//     --record  record again even when a cached recording exists

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(root, "../shared/conformance");
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const serviceName = value("--service", "sagemaker");
const show = Number(value("--show", "15"));

function skip(message) {
  console.log(`conformance-awscli: skipped: ${message}`);
  process.exit(0);
}

function python(code) {
  try {
    return execFileSync("python3", ["-c", code], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

// --- the AWS CLI's model -------------------------------------------------------------------
const botocore = python("import botocore, os; print(os.path.dirname(botocore.__file__))");
if (!botocore) skip("botocore is not installed for python3");
const serviceDir = path.join(botocore, "data", serviceName);
if (!existsSync(serviceDir)) skip(`botocore has no ${serviceName} model`);
const version = execFileSync("ls", [serviceDir], { encoding: "utf8" }).split("\n").filter(Boolean).sort().pop();
const modelFile = path.join(serviceDir, version, "service-2.json.gz");
if (!existsSync(modelFile)) skip(`${modelFile} is missing`);
for (const built of ["generators/cli/dist/model-cli/model-surface.js", "packages/shorthand/dist/index.js"]) {
  if (!existsSync(path.join(root, built))) skip(`${built} is not built (npx tsc -b generators/cli)`);
}

// --- the AWS CLI's behaviour: recorded once, cached -----------------------------------------
function readJsonLines(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}

let recorded = [];
const awscliVersion = python("import awscli; print(awscli.__version__)");
if (awscliVersion) {
  const digest = createHash("sha256").update(readFileSync(modelFile)).digest("hex").slice(0, 16);
  const cacheDir = path.join(root, "node_modules", ".cache", "shapekit");
  const cache = path.join(cacheDir, `awscli-${awscliVersion}-${serviceName}-${digest}.jsonl`);
  if (!existsSync(cache) || flag("--record")) {
    console.error(`recording the AWS CLI ${awscliVersion} (${serviceName}, every operation, one process) …`);
    const out = execFileSync("python3", [path.join(root, "scripts/conformance/record-awscli-surface.py"), serviceName], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "inherit"],
    });
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cache, out);
  }
  recorded = readJsonLines(cache);
} else {
  console.error("awscli is not installed for python3: using the recordings in ../shared only");
}

const sharedSkeletons = existsSync(path.join(shared, "skeletons-awscli.jsonl")) ? readJsonLines(path.join(shared, "skeletons-awscli.jsonl")) : [];
const sharedBlocks = existsSync(path.join(shared, "syntax-blocks-awscli.jsonl")) ? readJsonLines(path.join(shared, "syntax-blocks-awscli.jsonl")) : [];
if (recorded.length === 0 && sharedSkeletons.length === 0) skip("neither the AWS CLI nor ../shared/conformance recordings are available");

// Expected results: the fresh recording, else ../shared's. Cross-check the two where both exist.
const skeletons = new Map();
const blocks = new Map();
let crossChecked = 0;
const crossMismatch = [];
for (const r of recorded) {
  if ("kind" in r) skeletons.set(`${r.operation} ${r.kind}`, r);
  else blocks.set(`${r.operation} ${r.param}`, r);
}
for (const r of sharedSkeletons) {
  const key = `${r.operation} ${r.kind}`;
  const mine = skeletons.get(key);
  if (!mine) skeletons.set(key, { ...r, ok: true });
  else if (r.kind === "input" || mine.ok) {
    crossChecked++;
    // v1 picks enum values at random in ../shared's input skeletons: compare those modulo enums.
    if (mine.stdout !== r.stdout && !(r.kind === "input" && sameModuloStrings(mine.stdout, r.stdout))) crossMismatch.push(key);
  }
}
for (const r of sharedBlocks) {
  const key = `${r.operation} ${r.param}`;
  const mine = blocks.get(key);
  if (!mine) blocks.set(key, r);
  else {
    crossChecked++;
    if (mine.shorthand !== r.shorthand || mine.json !== r.json || mine.syntax !== r.syntax) crossMismatch.push(key);
  }
}

function sameModuloStrings(a, b) {
  const strip = (v) => (typeof v === "string" ? "" : Array.isArray(v) ? v.map(strip) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strip(x)])) : v);
  try {
    return isDeepStrictEqual(strip(JSON.parse(a)), strip(JSON.parse(b))) && Object.keys(JSON.parse(a)).join() === Object.keys(JSON.parse(b)).join();
  } catch {
    return false;
  }
}

// --- ours: the code shapekit cli --model runs ----------------------------------------------
const load = (p) => import(pathToFileURL(path.join(root, p)).href);
const { loadModel, hasErrors, formatDiagnostics } = await load("generators/model/dist/index.js");
const { serviceOperations, operationBinding } = await load("generators/cli/dist/model-cli/model-surface.js");
const { createCommandSurface, helpPage } = await load("packages/cli/dist/index.js");
const { toArgumentWords, parseArgumentWords, shapeOf } = await load("packages/shorthand/dist/index.js");

const started = performance.now();
const { model, diagnostics, sourceText } = loadModel([modelFile]);
if (!model || hasErrors(diagnostics)) {
  console.error(formatDiagnostics(diagnostics, sourceText));
  process.exit(1);
}
const service = model.ownShapes().find((s) => s.type === "service");
const operations = serviceOperations(model, service);

const tally = { input: [0, 0], output: [0, 0], blocks: [0, 0], roundTrip: [0, 0], validation: [0, 0], operations: [0, 0] };
const failures = { input: [], output: [], blocks: [], roundTrip: [], validation: [], operations: [] };
const fail = (kind, text) => failures[kind].push(text);

// Every operation the AWS CLI has must be one of ours, and the other way round.
const awsOperations = new Set([...skeletons.values()].map((r) => r.operation));
for (const op of awsOperations) {
  tally.operations[1]++;
  if (operations.has(op)) tally.operations[0]++;
  else fail("operations", `${op}: an AWS CLI operation we do not have`);
}

const blockKinds = [
  ["shorthand", "Shorthand Syntax"],
  ["json", "JSON Syntax"],
  ["syntax", "Syntax"],
];

for (const [name, operation] of operations) {
  const binding = operationBinding(model, service, operation);
  const surface = createCommandSurface({ command: `shapekit-${serviceName}`, operations: [binding] });
  const description = binding.description;

  // Skeletons, byte for byte.
  let inputSkeleton;
  for (const kind of ["input", "output"]) {
    const expected = skeletons.get(`${name} ${kind}`);
    let ours;
    try {
      ours = surface.generateCliSkeleton(name, kind);
    } catch (e) {
      ours = `<error: ${e.message}>`;
    }
    if (kind === "input") inputSkeleton = ours;
    if (!expected || !expected.ok) continue;
    tally[kind][1]++;
    if (ours === expected.stdout) tally[kind][0]++;
    else fail(kind, `${name}: ${firstDifference(expected.stdout, ours)}`);
  }

  // Syntax blocks of every option, as the help page shows them.
  const page = helpPage(description);
  const ourBlocks = new Map(page.options.filter((o) => !o.builtin).map((o) => [o.names[0], o.syntax ?? {}]));
  const params = new Set([...description.options.filter((o) => !o.negated).map((o) => o.name)]);
  for (const [key, r] of blocks) if (key.startsWith(`${name} `)) params.add(r.param);
  for (const param of params) {
    const expected = blocks.get(`${name} ${param}`);
    if (!expected) continue;
    const mine = ourBlocks.get(param) ?? {};
    for (const [field, title] of blockKinds) {
      const theirs = expected[field] ?? undefined;
      const own = mine[field] ?? undefined;
      if (theirs === undefined && own === undefined) continue;
      tally.blocks[1]++;
      if (theirs === own) tally.blocks[0]++;
      else fail("blocks", `${name} ${param} ${title}: ${theirs === undefined ? "the AWS CLI has none" : own === undefined ? "we have none" : firstDifference(theirs, own)}`);
    }
  }

  // Shorthand round trip from the skeleton's values, and validation of the skeleton request.
  let request = {};
  try {
    request = JSON.parse(inputSkeleton);
  } catch {
    /* reported above */
  }
  for (const option of description.options) {
    if (option.negated || !Object.hasOwn(request, option.member)) continue;
    const shape = shapeOf(description.shapes, option.shape);
    if (shape.type === "boolean" || shape.type === "blob" || shape.type === "timestamp") continue;
    const original = request[option.member];
    tally.roundTrip[1]++;
    const words = toArgumentWords(description.shapes, option, original);
    if (!words.ok) {
      fail("roundTrip", `${name} ${option.name}: toArgument failed: ${words.error.message}`);
      continue;
    }
    const parsed = parseArgumentWords(description.shapes, option, words.value);
    if (parsed.ok && isDeepStrictEqual(parsed.value, original)) tally.roundTrip[0]++;
    else fail("roundTrip", `${name} ${option.name} ${JSON.stringify(words.value).slice(0, 120)}: ${parsed.ok ? `gave ${JSON.stringify(parsed.value).slice(0, 120)}` : parsed.error.message.split("\n")[0]}`);
  }
  if (binding.validate) {
    tally.validation[1]++;
    try {
      const verdict = binding.validate(request);
      if (verdict.ok || verdict.issues.every((i) => i.code !== "internal")) tally.validation[0]++;
      else fail("validation", `${name}: ${verdict.issues.map((i) => i.message).join("; ")}`);
    } catch (e) {
      fail("validation", `${name}: threw ${e.message}`);
    }
  }
}

function firstDifference(expected, actual) {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const line = expected.slice(0, i).split("\n").length;
  const at = (text) => JSON.stringify(text.slice(Math.max(0, i - 30), i + 50));
  return `line ${line}: expected ${at(expected)}, got ${at(actual)}`;
}

const ratio = ([n, m]) => `${n}/${m}`;
console.log(
  `${serviceName} ${version} (${operations.size} operations; AWS CLI ${awscliVersion ?? "recordings from ../shared"}), ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`skeletons input: ${ratio(tally.input)} byte-identical, output: ${ratio(tally.output)}, syntax blocks: ${ratio(tally.blocks)}`);
console.log(`operations known to the AWS CLI that we have: ${ratio(tally.operations)}`);
console.log(`shorthand round trip (toArgument → parse) of every option's skeleton value: ${ratio(tally.roundTrip)}`);
console.log(`validation of every operation's input skeleton runs (in-memory validators): ${ratio(tally.validation)}`);
if (crossChecked > 0) console.log(`../shared recordings agreeing with this AWS CLI: ${crossChecked - crossMismatch.length}/${crossChecked}${crossMismatch.length ? ` (differ: ${crossMismatch.slice(0, 5).join(", ")})` : ""}`);
let problems = 0;
for (const [kind, list] of Object.entries(failures)) {
  problems += list.length;
  for (const text of list.slice(0, show)) console.log(`  ${kind}: ${text}`);
  if (list.length > show) console.log(`  ${kind}: … ${list.length - show} more`);
}
process.exitCode = problems === 0 ? 0 : 1;
