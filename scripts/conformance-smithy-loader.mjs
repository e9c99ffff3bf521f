#!/usr/bin/env node
// Smithy loader conformance: runs ShapeKit's model loader over the Smithy reference
// implementation's own IDL loader test cases and reports how many it gets right.
//
// It reads ../shared/conformance/smithy-loader (relative to the repository root), or
// $SHAPEKIT_CONFORMANCE/smithy-loader when that variable points to a conformance folder. The
// cases are another project's files: they are read in place, never copied into this repository,
// and when the folder is absent the script says so and exits 0.
//
// - valid/**/X.smithy, loaded with valid/__shared.json, must produce the same canonical model as
//   X.json (and as X.flattened.smithy, when present) loaded the same way. Trait values and
//   metadata compare as JSON values (object key order ignored); member order counts.
// - invalid/**/X.smithy must be rejected with an error; when its first-line comment names a line
//   (`line N`), one of the errors must be on that line.
//
// Uses the BUILT package (generators/model/dist): run `npx tsc -b generators/model` first.
// Usage: node scripts/conformance-smithy-loader.mjs [--verbose]

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { filesBelow } from "./files-below.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");

function casesFolder() {
  const fromEnv = process.env.SHAPEKIT_CONFORMANCE;
  if (fromEnv) {
    const nested = join(fromEnv, "smithy-loader");
    return existsSync(nested) ? nested : fromEnv;
  }
  return resolve(root, "../shared/conformance/smithy-loader");
}

const folder = casesFolder();
if (!existsSync(join(folder, "valid")) && !existsSync(join(folder, "invalid"))) {
  console.log(
    `Smithy loader conformance skipped: no cases at ${folder} (set SHAPEKIT_CONFORMANCE to the conformance folder).`,
  );
  process.exit(0);
}

const dist = join(root, "generators/model/dist/index.js");
if (!existsSync(dist)) {
  console.error(
    `Build the model package first: npx tsc -b generators/model (${relative(root, dist)} is missing)`,
  );
  process.exit(1);
}
const { loadModel, toCanonicalAst } = await import(pathToFileURL(dist).href);

/** Sorts object keys recursively, except the order of `members`, which is part of the model. */
function comparable(value, keepOrder = false) {
  if (Array.isArray(value)) return value.map((v) => comparable(v));
  if (value === null || typeof value !== "object") return value;
  const keys = keepOrder ? Object.keys(value) : Object.keys(value).sort();
  const out = {};
  for (const k of keys)
    Object.defineProperty(out, k, {
      value: comparable(value[k], k === "members"),
      enumerable: true,
    });
  return out;
}

function firstError(diagnostics) {
  const d = diagnostics.find((x) => x.severity === "error");
  return d
    ? `${relative(folder, d.location.file)}:${d.location.line}:${d.location.column}: ${d.message}`
    : "";
}

/** Loads files and returns the comparable canonical text, or a reason it could not. */
function canonical(files) {
  const result = loadModel(files);
  if (!result.model) return { reason: `rejected: ${firstError(result.diagnostics)}` };
  return { text: JSON.stringify(comparable(toCanonicalAst(result.model)), null, 2) };
}

function firstDifference(a, b) {
  const la = a.split("\n");
  const lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i])
      return `line ${i + 1}: ${JSON.stringify(la[i]?.trim())} vs ${JSON.stringify(lb[i]?.trim())}`;
  }
  return "";
}

const failures = [];
const shared = join(folder, "valid/__shared.json");
const sharedFiles = existsSync(shared) ? [shared] : [];

let validPassed = 0;
let validTotal = 0;
for (const file of filesBelow(join(folder, "valid"))) {
  if (!file.endsWith(".smithy") || file.endsWith(".flattened.smithy")) continue;
  validTotal++;
  const base = file.slice(0, -".smithy".length);
  const expectations = [`${base}.json`, `${base}.flattened.smithy`].filter((f) => existsSync(f));
  const actual = canonical([file, ...sharedFiles]);
  let reason = actual.reason;
  if (!reason && expectations.length === 0)
    reason = "no X.json or X.flattened.smithy to compare with";
  for (const expected of reason ? [] : expectations) {
    const other = canonical([expected, ...sharedFiles]);
    if (other.reason) reason = `${relative(folder, expected)} ${other.reason}`;
    else if (other.text !== actual.text)
      reason = `differs from ${relative(folder, expected)} at ${firstDifference(actual.text, other.text)}`;
    if (reason) break;
  }
  if (reason) failures.push(`valid ${relative(folder, file)}: ${reason}`);
  else validPassed++;
}

let invalidPassed = 0;
let invalidTotal = 0;
for (const file of filesBelow(join(folder, "invalid"))) {
  if (!file.endsWith(".smithy")) continue;
  invalidTotal++;
  const firstLine = readFileSync(file, "utf8").split("\n", 1)[0] ?? "";
  const expectedLine = /\bline (\d+)/.exec(firstLine)?.[1];
  const result = loadModel([file]);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  let reason;
  if (errors.length === 0) reason = "accepted";
  else if (expectedLine && !errors.some((d) => d.location.line === Number(expectedLine))) {
    reason = `no error at line ${expectedLine}; first: ${firstError(errors)}`;
  }
  if (reason)
    failures.push(
      `invalid ${relative(folder, file)}: ${reason}  [expected ${firstLine.replace(/^\/\/\s*/, "")}]`,
    );
  else invalidPassed++;
}

if (verbose) for (const f of failures) console.log(f);
console.log(
  `valid: ${validPassed}/${validTotal} equal, invalid: ${invalidPassed}/${invalidTotal} rejected at the right line`,
);
process.exitCode = failures.length > 0 ? 1 : 0;
