#!/usr/bin/env node
// Smithy's diff rules: `shapekit diff`'s classification against the reference's own diff tests.
// In a checkout of the Smithy repository, smithy-diff's test resources hold cases of two models
// (`X.a.smithy`, `X.b.smithy`) and the events the reference reports between them (`X.events`:
// `[ERROR] ns#Shape: message | EventId`). Each event's severity is read as ShapeKit's (ERROR:
// breaking; DANGER and WARNING: dangerous; NOTE: safe), and a case agrees when both report the
// same shapes with the same severities. Exit code 1 when a case disagrees.
//
// The files are another project's: read in place, never copied. Point the script at a working
// checkout (not a bare mirror):
//   SHAPEKIT_SMITHY_REPO=<checkout> node scripts/conformance-smithy-diff.mjs
// Without it the script says so and exits 0. Uses the BUILT model package (`npm run generate`).

import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { filesBelow } from "./files-below.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const repo = process.env.SHAPEKIT_SMITHY_REPO;
const cases = repo && join(repo, "smithy-diff/src/test/resources");
if (!cases || !existsSync(cases)) {
  console.log(
    "Smithy diff cases: skipped (set SHAPEKIT_SMITHY_REPO to a checkout of the Smithy repository).",
  );
  process.exit(0);
}
const { loadModel, diffModels } = await import(
  pathToFileURL(join(root, "generators/model/dist/index.js")).href
);

const SEVERITY = { ERROR: "breaking", DANGER: "dangerous", WARNING: "dangerous", NOTE: "safe" };

/** `severity shape` of each event, sorted (a list: the same shape may have several). */
function expectedEvents(text) {
  return text
    .split("\n")
    .map((line) => /^\[(ERROR|DANGER|WARNING|NOTE)\] ([^:]+):/.exec(line))
    .filter((m) => m !== null)
    .map((m) => `${SEVERITY[m[1]]} ${m[2]}`)
    .sort();
}

let agree = 0;
const disagree = [];
// The test runner's own "invalid" cases carry wrong events on purpose (they test the runner).
const isCase = (f) => f.endsWith(".events") && !f.includes(`testrunner${sep}invalid${sep}`);
for (const events of filesBelow(cases).filter(isCase)) {
  const base = events.slice(0, -".events".length);
  const [a, b] = [`${base}.a.smithy`, `${base}.b.smithy`];
  if (!existsSync(a) || !existsSync(b)) continue;
  const [before, after] = [a, b].map((f) => loadModel([f]));
  const name = relative(cases, base);
  if (!before.model || !after.model) {
    disagree.push(
      `${name}: does not load (${[before, after].map((r) => r.diagnostics[0]?.message).join("; ")})`,
    );
    continue;
  }
  const ours = diffModels(before.model, after.model)
    .map((c) => `${c.severity} ${c.shape}`)
    .sort();
  const theirs = expectedEvents(readFileSync(events, "utf8"));
  if (JSON.stringify(ours) === JSON.stringify(theirs)) agree++;
  else disagree.push(`${name}\n  reference: ${theirs.join(", ")}\n  ours:      ${ours.join(", ")}`);
}
console.log(`Smithy diff cases: ${agree}/${agree + disagree.length} agree`);
for (const d of disagree) console.log(d);
process.exitCode = disagree.length > 0 ? 1 : 0;
