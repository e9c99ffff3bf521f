#!/usr/bin/env node
// service-2.json converter agreement: converts botocore's SageMaker `service-2.json.gz` with
// ShapeKit and compares the result, shape by shape, with the public Smithy JSON AST of SageMaker.
// The two files are different releases of the same API, so some differences are real model drift;
// the script counts and classifies every difference so that a conversion bug stands out from it.
//
// Reads (never copies) botocore's model from the installed Python package (or
// $SHAPEKIT_BOTOCORE_SERVICE2) and ../shared/models/sagemaker-2017-07-24.json (or
// $SHAPEKIT_SAGEMAKER_MODEL); exits 0 with a message when either is absent.
//
// Compared for every shape both models have: the shape type; members, their order, their target
// (name and type), `@required`; constraints (`@length`, `@range`, `@pattern`); enum values, their
// order and member names; every other trait except documentation, whose text is compared with
// whitespace collapsed and reported on its own line (the two releases reflow it).
// Uses the BUILT package (generators/model/dist): run `npx tsc -b generators/cli` first.
// Usage: node scripts/compare-service2.mjs [--verbose]

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const verbose = process.argv.includes("--verbose");
import { botocoreDataDir } from "./botocore-data.mjs";

const DOC = "smithy.api#documentation";
const ENUM_VALUE = "smithy.api#enumValue";

function botocoreFile() {
  if (process.env.SHAPEKIT_BOTOCORE_SERVICE2) return process.env.SHAPEKIT_BOTOCORE_SERVICE2;
  const data = botocoreDataDir();
  return data && join(data, "sagemaker/2017-07-24/service-2.json.gz");
}

const service2 = botocoreFile();
const smithyFile =
  process.env.SHAPEKIT_SAGEMAKER_MODEL ??
  resolve(root, "../shared/models/sagemaker-2017-07-24.json");
if (!service2 || !existsSync(service2)) {
  console.log(
    "compare-service2: skipped (botocore's sagemaker service-2.json.gz not found; install botocore or set SHAPEKIT_BOTOCORE_SERVICE2)",
  );
  process.exit(0);
}
if (!existsSync(smithyFile)) {
  console.log(`compare-service2: skipped (${smithyFile} not found; set SHAPEKIT_SAGEMAKER_MODEL)`);
  process.exit(0);
}

const { loadModel, toCanonicalAst, formatDiagnostics } = await import(
  pathToFileURL(join(root, "generators/model/dist/index.js")).href
);

function load(file) {
  const started = performance.now();
  const result = loadModel([file]);
  const ms = performance.now() - started;
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (!result.model) {
    console.error(formatDiagnostics(errors.slice(0, 20), result.sourceText));
    throw new Error(`${file} did not load`);
  }
  return {
    ast: toCanonicalAst(result.model),
    ms,
    warnings: result.diagnostics.length - errors.length,
  };
}

const converted = load(service2);
const reference = load(smithyFile);
const byName = (ast) =>
  new Map(Object.entries(ast.shapes).map(([id, shape]) => [id.slice(id.indexOf("#") + 1), shape]));
const ours = byName(converted.ast);
const theirs = byName(reference.ast);
const nameOf = (id) => id.slice(id.indexOf("#") + 1);
const typeOf = (shapes, id) =>
  id.startsWith("smithy.api#") ? id : (shapes.get(nameOf(id))?.type ?? "?");

/** JSON equality with object keys in any order. */
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
}
/**
 * Documentation compared as text a reader sees: whitespace collapsed, and the two HTML spellings
 * the releases differ in made one (`<p/>` for `<p></p>`, `&lt;` for `<`).
 */
const squash = (text) =>
  typeof text === "string"
    ? text
        .replace(/<(\w+)\/>/g, "<$1></$1>")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&amp;/g, "&")
        .replace(/\s+/g, " ")
        .trim()
    : text;
/** `^X.*$` and `^X` accept the same strings; botocore writes both as `X.*`. */
const patternMeaning = (p) => (typeof p === "string" ? p.replace(/\.\*\$$/, "") : p);
const withoutDoc = (traits = {}) =>
  Object.fromEntries(Object.entries(traits).filter(([k]) => k !== DOC));

/** Every difference between two shapes of the same name, each as [category, detail]. */
function differences(name, a, b) {
  const out = [];
  const add = (category, detail) => out.push([category, `${name}: ${detail}`]);
  if (a.type !== b.type) {
    add("shape type", `${a.type} ≠ ${b.type}`);
    return out;
  }
  const ta = withoutDoc(a.traits);
  const tb = withoutDoc(b.traits);
  for (const key of new Set([...Object.keys(ta), ...Object.keys(tb)])) {
    if (same(ta[key], tb[key])) continue;
    let category = ["smithy.api#length", "smithy.api#range", "smithy.api#pattern"].includes(key)
      ? "constraint value"
      : `trait ${key}`;
    if (key === "smithy.api#pattern" && patternMeaning(ta[key]) === patternMeaning(tb[key]))
      category = "pattern spelled differently, same meaning";
    add(category, `${key} ${JSON.stringify(ta[key])} ≠ ${JSON.stringify(tb[key])}`);
  }
  if (squash(a.traits?.[DOC]) !== squash(b.traits?.[DOC]))
    add("documentation text", "shape documentation");
  if (a.type === "enum") {
    const va = Object.values(a.members).map((m) => m.traits[ENUM_VALUE]);
    const vb = Object.values(b.members).map((m) => m.traits[ENUM_VALUE]);
    const added = va.filter((v) => !vb.includes(v));
    const removed = vb.filter((v) => !va.includes(v));
    if (added.length || removed.length)
      add("enum values added/removed", `+${JSON.stringify(added)} -${JSON.stringify(removed)}`);
    else if (!same(va, vb)) add("enum value order", "order differs");
    const nameOfValue = new Map(
      Object.entries(a.members).map(([n, m]) => [m.traits[ENUM_VALUE], n]),
    );
    const renamed = Object.entries(b.members).filter(
      ([n, m]) =>
        nameOfValue.has(m.traits[ENUM_VALUE]) && nameOfValue.get(m.traits[ENUM_VALUE]) !== n,
    );
    if (renamed.length)
      add(
        "enum member names",
        renamed.map(([n, m]) => `${nameOfValue.get(m.traits[ENUM_VALUE])} ≠ ${n}`).join(", "),
      );
    return out;
  }
  for (const part of ["member", "key", "value"]) {
    if (!a[part] && !b[part]) continue;
    compareMember(`${part}`, a[part], b[part], add);
  }
  if (a.members) {
    const ma = Object.keys(a.members);
    const mb = Object.keys(b.members ?? {});
    const added = ma.filter((m) => !mb.includes(m));
    const removed = mb.filter((m) => !ma.includes(m));
    if (added.length || removed.length)
      add("members added/removed", `+${JSON.stringify(added)} -${JSON.stringify(removed)}`);
    const common = ma.filter((m) => mb.includes(m));
    if (
      !same(
        common,
        mb.filter((m) => ma.includes(m)),
      )
    )
      add("member order", `${common.join(",")}`);
    for (const m of common) compareMember(m, a.members[m], b.members[m], add);
  }
  for (const part of ["input", "output"]) {
    if (a[part]?.target !== b[part]?.target && (a[part] || b[part]))
      add(`operation ${part}`, `${a[part]?.target} ≠ ${b[part]?.target}`);
  }
  const ea = (a.errors ?? []).map((e) => nameOf(e.target));
  const eb = (b.errors ?? []).map((e) => nameOf(e.target));
  if (!same(ea, eb)) add("operation errors", `${JSON.stringify(ea)} ≠ ${JSON.stringify(eb)}`);
  if (a.type === "service") {
    const oa = (a.operations ?? []).map((o) => nameOf(o.target));
    const ob = new Set((b.operations ?? []).map((o) => nameOf(o.target)));
    const missing = [...ob].filter((o) => !oa.includes(o));
    if (missing.length) add("service operations removed", JSON.stringify(missing));
    const extra = oa.filter((o) => !ob.has(o));
    if (extra.length) add("service operations added", `${extra.length} operations`);
  }
  return out;
}

function compareMember(member, a, b, add) {
  if (!a || !b) {
    add("members added/removed", `${member} only on one side`);
    return;
  }
  if (nameOf(a.target) !== nameOf(b.target)) {
    const kinds = `${typeOf(ours, a.target)}/${typeOf(theirs, b.target)}`;
    add("member target", `$${member} → ${nameOf(a.target)} ≠ ${nameOf(b.target)} (${kinds})`);
  } else if (typeOf(ours, a.target) !== typeOf(theirs, b.target)) {
    add(
      "member target type",
      `$${member} → ${typeOf(ours, a.target)} ≠ ${typeOf(theirs, b.target)}`,
    );
  }
  const ta = withoutDoc(a.traits);
  const tb = withoutDoc(b.traits);
  for (const key of new Set([...Object.keys(ta), ...Object.keys(tb)])) {
    if (same(ta[key], tb[key])) continue;
    const category =
      key === "smithy.api#required" || key === "smithy.api#clientOptional"
        ? "member required"
        : `member trait ${key}`;
    add(category, `$${member} ${key} ${JSON.stringify(ta[key])} ≠ ${JSON.stringify(tb[key])}`);
  }
  if (squash(a.traits?.[DOC]) !== squash(b.traits?.[DOC]))
    add("documentation text", `$${member} documentation`);
}

/** Why a category of difference is expected; a category without a note deserves a look. */
const NOTES = new Map([
  ["members added/removed", "model drift: the two files are different releases"],
  ["enum values added/removed", "model drift"],
  ["constraint value", "model drift (the values differ, not their spelling)"],
  ["member required", "model drift: `required` relaxed in one release"],
  ["member target", "model drift: the member now targets another shape"],
  ["member target type", "model drift"],
  ["shape type", "the file does not say it (e.g. a union botocore leaves a plain structure)"],
  ["documentation text", "model drift: reworded documentation"],
  [
    "pattern spelled differently, same meaning",
    "botocore writes `^X` and `^X.*$` alike; the conversion picks `^X`",
  ],
  [
    "enum member names",
    "not in service-2.json: names chosen by hand in AWS's sources (see the enum figure above)",
  ],
  ["trait smithy.api#paginated", "not in service-2.json (botocore keeps it in paginators-1.json)"],
  ["trait smithy.waiters#waitable", "not in service-2.json (waiters-2.json)"],
  ["trait smithy.api#suppress", "validation suppressions for waiters: not in service-2.json"],
  ["service operations added", "model drift: operations newer than the public model"],
  ["trait aws.api#service", "not converted: AWS-namespace traits (no definitions in the prelude)"],
  ["trait aws.auth#sigv4", "not converted: AWS-namespace traits"],
  ["trait aws.protocols#awsJson1_1", "not converted: AWS-namespace traits"],
  ["trait smithy.rules#endpointRuleSet", "not in service-2.json (endpoint-rule-set-1.json)"],
  ["trait smithy.rules#endpointTests", "not in service-2.json"],
  ["trait smithy.api#xmlNamespace", "not in service-2.json for a JSON protocol"],
]);

// Shapes.
const common = [...ours.keys()].filter((n) => theirs.has(n)).sort();
const onlyOurs = [...ours.keys()].filter((n) => !theirs.has(n));
const onlyTheirs = [...theirs.keys()].filter((n) => !ours.has(n));
const categories = new Map();
let equal = 0;
let equalButDocs = 0;
const unexplained = [];
/** Shapes equal once the data service-2.json cannot carry is set aside. */
let equalAsConvertible = 0;
const OUTSIDE_SERVICE2 = /^(not in|not converted|validation suppressions)/;
for (const name of common) {
  const diffs = differences(name, ours.get(name), theirs.get(name));
  if (diffs.some(([c]) => !NOTES.has(c))) unexplained.push(name);
  if (
    diffs.every(
      ([c]) =>
        OUTSIDE_SERVICE2.test(NOTES.get(c) ?? "") ||
        c === "pattern spelled differently, same meaning",
    )
  )
    equalAsConvertible++;
  if (diffs.length === 0) equal++;
  else if (diffs.every(([c]) => c === "documentation text")) equalButDocs++;
  for (const [category, detail] of diffs) {
    const entry = categories.get(category) ?? { shapes: new Set(), examples: [] };
    entry.shapes.add(name);
    entry.examples.push(detail);
    categories.set(category, entry);
  }
}

// Enum member names: the naming rule against the names the public model carries, value by value.
let enumValues = 0;
let enumNamesEqual = 0;
const enumMisses = [];
for (const name of common) {
  const a = ours.get(name);
  const b = theirs.get(name);
  if (a.type !== "enum" || b.type !== "enum") continue;
  const ourName = new Map(Object.entries(a.members).map(([n, m]) => [m.traits[ENUM_VALUE], n]));
  for (const [theirName, m] of Object.entries(b.members)) {
    const value = m.traits[ENUM_VALUE];
    if (!ourName.has(value)) continue;
    enumValues++;
    if (ourName.get(value) === theirName) enumNamesEqual++;
    else enumMisses.push({ shape: name, value, ours: ourName.get(value), theirs: theirName });
  }
}
const handNamed = {
  "the value itself": enumMisses.filter((m) => m.theirs === m.value).length,
  "the value upper-cased, no separators": enumMisses.filter(
    (m) => m.theirs === m.value.replace(/[^A-Za-z0-9]/g, "").toUpperCase(),
  ).length,
};
handNamed.other =
  enumMisses.length -
  handNamed["the value itself"] -
  handNamed["the value upper-cased, no separators"];

const pct = (n, d) => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;
console.log(`compare-service2: ${service2}`);
console.log(
  `  converted ${ours.size} shapes in ${converted.ms.toFixed(0)} ms (load + convert + resolve; ${converted.warnings} warnings); public model ${theirs.size} shapes`,
);
console.log(
  `  shapes in both: ${common.length}; only in botocore's release: ${onlyOurs.length}; only in the public model: ${onlyTheirs.length}`,
);
console.log(
  `  common shapes equal: ${equal}/${common.length} (${pct(equal, common.length)}); equal but for documentation text: ${equal + equalButDocs}/${common.length} (${pct(equal + equalButDocs, common.length)})`,
);
console.log(
  `  common shapes equal once data service-2.json cannot carry (paginators, waiters, endpoint rules, AWS traits, hand-chosen enum names) is set aside: ${equalAsConvertible}/${common.length} (${pct(equalAsConvertible, common.length)}); the rest: model drift, see below`,
);
console.log(
  `  common shapes whose every difference is explained below (drift, or data outside service-2.json): ${common.length - unexplained.length}/${common.length}; unexplained: ${unexplained.length}${unexplained.length ? ` (${unexplained.slice(0, 10).join(", ")})` : ""}`,
);
console.log(
  `  enum member names reproduced: ${enumNamesEqual}/${enumValues} (${pct(enumNamesEqual, enumValues)}); the ${enumMisses.length} others are named by hand in the public model: ` +
    Object.entries(handNamed)
      .map(([k, v]) => `${v} ${k}`)
      .join(", "),
);
console.log("  differences by category (shapes affected):");
for (const [category, { shapes, examples }] of [...categories].sort(
  (a, b) => b[1].shapes.size - a[1].shapes.size,
)) {
  console.log(
    `    ${category}: ${shapes.size}${NOTES.has(category) ? ` — ${NOTES.get(category)}` : " — UNEXPLAINED"}`,
  );
  for (const example of examples.slice(0, verbose ? Infinity : 3)) console.log(`      ${example}`);
}
if (verbose) {
  console.log(`  only in botocore's release: ${onlyOurs.join(", ")}`);
  console.log(`  only in the public model: ${onlyTheirs.join(", ")}`);
  for (const m of enumMisses)
    console.log(`  enum ${m.shape} ${JSON.stringify(m.value)}: ${m.ours} ≠ ${m.theirs}`);
}
