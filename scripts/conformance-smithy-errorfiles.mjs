#!/usr/bin/env node
// Smithy error files: ShapeKit's loader over the "errorfiles" of a checkout of the Smithy
// repository (every module's, not only smithy-model's). Each `X.smithy` or `X.json` there comes
// with `X.errors`, the events the reference implementation emits for it. The loader is not the
// reference's validators (HTTP bindings, waiters, rules engines, IAM…), so it may report fewer
// errors; it must never report more. Counted per file:
//   - stricter: ShapeKit reports an error where the reference has no ERROR or DANGER event (a
//     false error: the exit code is 1 when there is any);
//   - both: both reject the file;
//   - missed: the reference rejects it, ShapeKit accepts it (a validator ShapeKit lacks).
// Files of smithy-model load alone (with the prelude); the other modules' files load with every
// module's trait definitions (`src/main/resources/META-INF/smithy/*`), as the reference's tests
// load them with the module's dependencies.
//
// The files are another project's: read in place, never copied. Point the script at a working
// checkout (not a bare mirror):
//   SHAPEKIT_SMITHY_REPO=<checkout> node scripts/conformance-smithy-errorfiles.mjs [--verbose]
// Without it the script says so and exits 0. Uses the BUILT model package (`npm run generate`).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { filesBelow } from "./files-below.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const verbose = process.argv.includes("--verbose");
const repo = process.env.SHAPEKIT_SMITHY_REPO;
if (!repo || !existsSync(repo)) {
  console.log(
    "Smithy error files: skipped (set SHAPEKIT_SMITHY_REPO to a checkout of the Smithy repository).",
  );
  process.exit(0);
}
const dist = join(root, "generators/model/dist/index.js");
if (!existsSync(dist)) {
  console.error("Build the model package first: npm run generate (or npx tsc -b generators/model)");
  process.exit(1);
}
const { loadModel } = await import(pathToFileURL(dist).href);

const modules = readdirSync(repo)
  .filter((m) => existsSync(join(repo, m, "src")))
  .sort();
/** Each module's trait definitions, by module. */
const definitions = new Map();
for (const m of modules) {
  const dir = join(repo, m, "src/main/resources/META-INF/smithy");
  if (!existsSync(dir)) continue;
  const files = filesBelow(dir).filter((f) => /\.(smithy|json)$/.test(f));
  if (files.length) definitions.set(m, files);
}
// The smoke-test traits define `smithy.test` shapes as the protocol-test traits do: a module's
// files load with its own side of such a pair (the first, for every other module).
const CLASHES = [["smithy-protocol-test-traits", "smithy-smoke-test-traits"]];
// Test models of other modules, not trait definitions.
const NOT_DEFINITIONS = ["smithy-rules-engine-tests"];

function definitionsFor(module) {
  if (module === "smithy-model") return [];
  const excluded = new Set(NOT_DEFINITIONS);
  for (const [first, second] of CLASHES) excluded.add(module === second ? first : second);
  return [...definitions].filter(([m]) => !excluded.has(m)).flatMap(([, files]) => files);
}

const tally = new Map();
const stricter = [];
for (const m of modules) {
  const tests = join(repo, m, "src/test/resources");
  if (!existsSync(tests)) continue;
  for (const errorsFile of filesBelow(tests).filter(
    (f) => f.endsWith(".errors") && f.includes(`${sep}errorfiles${sep}`),
  )) {
    const base = errorsFile.slice(0, -".errors".length);
    const model = [`${base}.smithy`, `${base}.json`].find(existsSync);
    if (!model) continue;
    const expected = readFileSync(errorsFile, "utf8")
      .split("\n")
      .filter((l) => /^\[(ERROR|DANGER)\]/.test(l));
    const result = loadModel([...definitionsFor(m), model]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    const t = tally.get(m) ?? { files: 0, stricter: 0, both: 0, missed: 0, clean: 0 };
    t.files++;
    if (errors.length > 0 && expected.length === 0) {
      t.stricter++;
      stricter.push({ model, errors });
    } else if (errors.length > 0) t.both++;
    else if (expected.length > 0) {
      t.missed++;
      if (verbose) console.log(`missed ${relative(repo, model)}: ${expected[0]}`);
    } else t.clean++;
    tally.set(m, t);
  }
}

console.log("| module | error files | stricter | both reject | missed | both accept |");
console.log("|---|---|---|---|---|---|");
const total = { files: 0, stricter: 0, both: 0, missed: 0, clean: 0 };
for (const [m, t] of tally) {
  console.log(`| ${m} | ${t.files} | ${t.stricter} | ${t.both} | ${t.missed} | ${t.clean} |`);
  for (const k of Object.keys(total)) total[k] += t[k];
}
console.log(
  `| all | ${total.files} | ${total.stricter} | ${total.both} | ${total.missed} | ${total.clean} |`,
);
for (const { model, errors } of stricter) {
  console.log(`STRICTER ${relative(repo, model)}`);
  for (const d of errors.slice(0, 3))
    console.log(`  ${d.location?.line}:${d.location?.column} ${d.message}`);
}
process.exitCode = stricter.length > 0 ? 1 : 0;
