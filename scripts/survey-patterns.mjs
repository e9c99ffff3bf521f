// Survey of the `pattern`s of every botocore model: which regular-expression dialect features
// AWS models use, how ShapeKit runs each pattern, and which ones it cannot check. Each
// `service-2.json.gz` is converted as `shapekit` converts it (botocore's whole-value patterns
// get their anchors back), then every distinct pattern is translated by @shapekit/validation.
//
//   node scripts/survey-patterns.mjs [--resolve] [--list] [botocore data dir]
//
// --resolve also loads every model through the resolver and prints its pattern diagnostics;
// --list prints every unsupported or invalid pattern, not only the first few.
// Needs the generators built (`npx tsc -b generators/cli`) and Python's botocore (or the data
// directory as an argument).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const resolve = args.includes("--resolve");
const listAll = args.includes("--list");
const dataDir = args.find((a) => !a.startsWith("--")) ?? botocoreData();
const { convertService2, resolveModel } = await import(`${root}generators/model/dist/index.js`);
const { translatePattern, PatternError } = await import(`${root}packages/validation/dist/index.js`);
const { parsePattern } = await importInternals("validation", {
  "pattern/parse-pattern.js": ["parsePattern"],
});

import { botocoreDataDir } from "./botocore-data.mjs";
import { importInternals } from "./internal-modules.mjs";

function botocoreData() {
  const data = botocoreDataDir();
  if (!data) throw new Error("python3 with botocore is needed: it holds the models surveyed");
  return data;
}

/** Dialect features, found in the source text (syntax) or the parsed tree (meaning). */
const TEXT_FEATURES = {
  "(?i) inline flag": /\(\?[a-z]*i[a-z-]*[:)]/,
  "(?s) inline flag": /\(\?[a-z]*s[a-z-]*[:)]/,
  "\\p{…} Unicode/POSIX property": /\\[pP]\{/,
  "\\p{Is…} Java property": /\\[pP]\{Is/,
  "\\A \\z \\Z anchors": /\\[AzZ]/,
  "&& class intersection": /&&/,
  "\\x{…} escape": /\\x\{/,
  "octal \\0nn escape": /\\0[0-7]/,
  "quantified $ (${1,128})": /\$(\{\d|\+|\*)/,
  backreference: /\\[1-9]|\\k</,
};

function treeFeatures(node, out) {
  const walk = (n) => {
    if (n.type === "repeat" && n.possessive) out.add("possessive quantifier");
    if (n.type === "atomic") out.add("atomic group");
    if (n.type === "look") out.add(n.behind ? "lookbehind" : "lookahead");
    if (n.type === "assert" && n.kind === "end-z") out.add("\\Z");
    for (const child of n.items ?? n.options ?? (n.body ? [n.body] : [])) walk(child);
  };
  walk(node);
}

const files = [];
for (const service of readdirSync(dataDir).sort()) {
  const dir = join(dataDir, service);
  if (!statSync(dir).isDirectory()) continue;
  for (const version of readdirSync(dir).sort()) {
    const file = join(dir, version, "service-2.json.gz");
    if (existsSync(file)) files.push({ service, file });
  }
}

/** pattern → { uses: [{service, shape}], raw } */
const patterns = new Map();
const dropped = [];
let occurrences = 0;
const resolverDiagnostics = [];
for (const { service, file } of files) {
  const result = convertService2(readFileSync(file), file);
  for (const d of result.diagnostics)
    if (d.message.includes("`pattern`")) dropped.push({ service, message: d.message });
  if (!result.loaded) continue;
  for (const [id, shape] of Object.entries(result.loaded.ast.shapes)) {
    const p = shape.traits?.["smithy.api#pattern"];
    if (typeof p !== "string") continue;
    occurrences++;
    if (!patterns.has(p)) patterns.set(p, []);
    patterns.get(p).push({
      service,
      shape: id.slice(id.indexOf("#") + 1),
      path: result.loaded.jsonPaths?.get(`${id}@smithy.api#pattern`),
    });
  }
  if (resolve) {
    const resolved = resolveModel([result.loaded]);
    for (const d of resolved.diagnostics)
      if (d.code.startsWith("pattern")) resolverDiagnostics.push(d);
  }
}

const featureCounts = new Map();
const planCounts = new Map();
const failures = [];
const times = [];
let ecmascript = 0;
for (const [p, uses] of patterns) {
  const features = new Set();
  for (const [name, re] of Object.entries(TEXT_FEATURES)) if (re.test(p)) features.add(name);
  try {
    treeFeatures(parsePattern(p).node, features);
  } catch {
    // reported below by translatePattern
  }
  for (const f of features) {
    const entry = featureCounts.get(f) ?? { count: 0, example: p };
    entry.count++;
    featureCounts.set(f, entry);
  }
  const start = performance.now();
  try {
    const t = translatePattern(p);
    times.push(performance.now() - start);
    if (t.dialect === "ecmascript") ecmascript++;
    const kind = describePlan(t.plan);
    planCounts.set(kind, (planCounts.get(kind) ?? 0) + 1);
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    failures.push({ pattern: p, reason: e.reason, detail: e.detail, index: e.index, uses });
  }
}

function describePlan(plan) {
  if (plan.kind === "re2")
    return plan.reversed
      ? "re2js, reversed (lookaheads)"
      : plan.lookbehinds
        ? "re2js with lookbehinds"
        : "re2js";
  if (plan.kind === "regexp") return "V8 RegExp (proven linear)";
  if (plan.kind === "constant") return "constant (matches everything)";
  return "boolean combination (lookarounds at ^ or $)";
}

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
console.log(
  `botocore models: ${new Set(files.map((f) => f.service)).size} services, ${files.length} service-2.json files (every API version) in ${dataDir}`,
);
console.log(`patterns: ${occurrences} occurrences, ${patterns.size} distinct (after conversion)`);
console.log(
  `dialect: ${ecmascript} compile as ECMAScript (u flag), ${patterns.size - ecmascript - failures.length} need Java syntax`,
);
console.log("\nfeatures (distinct patterns):");
for (const [name, { count, example }] of [...featureCounts].sort(
  (a, b) => b[1].count - a[1].count,
)) {
  console.log(
    `  ${name.padEnd(34)} ${String(count).padStart(5)}   e.g. ${JSON.stringify(example.length > 70 ? `${example.slice(0, 70)}…` : example)}`,
  );
}
console.log("\nhow they run:");
for (const [kind, count] of [...planCounts].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kind.padEnd(44)} ${String(count).padStart(5)}  ${pct(count, patterns.size)}`);
console.log(
  `  ${"not checked (diagnostic)".padEnd(44)} ${String(failures.length).padStart(5)}  ${pct(failures.length, patterns.size)}`,
);
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
console.log(
  `\ntranslation (parse, analyse, compile re2js parts): median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
);
console.log(`\nnot checked (${failures.length} distinct patterns):`);
for (const f of listAll ? failures : failures.slice(0, 20)) {
  const use = f.uses[0];
  console.log(
    `  [${f.reason}] ${f.detail} (offset ${f.index}) in ${use.service} ${use.path ?? use.shape}${f.uses.length > 1 ? ` and ${f.uses.length - 1} more` : ""}`,
  );
  console.log(`      ${JSON.stringify(f.pattern)}`);
}
if (!listAll && failures.length > 20) console.log(`  … ${failures.length - 20} more (--list)`);
console.log(`\ndropped by the converter as invalid regular expressions: ${dropped.length}`);
for (const d of dropped) console.log(`  ${d.service}: ${d.message}`);
if (resolve) {
  console.log(`\nresolver diagnostics about patterns: ${resolverDiagnostics.length}`);
  for (const d of resolverDiagnostics)
    console.log(
      `  ${d.location.file}:${d.location.line}:${d.location.column}: ${d.severity}: ${d.message}`,
    );
}
