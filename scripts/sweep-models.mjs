#!/usr/bin/env node
// Fleet sweep: every AWS service model botocore ships, through ShapeKit. Not a test (minutes, and
// it reads the installed Python botocore): a report of what loads, what generates and what it costs.
//
//   node scripts/sweep-models.mjs                       load all models in-process: errors, warnings,
//                                                       shapes, operations, time, peak RSS
//   node scripts/sweep-models.mjs --generate            also `shapekit generate --model <service folder>`
//                                                       per service: wall time, peak RSS, files, bytes
//   node scripts/sweep-models.mjs --generate --typecheck  also type-check the four generated packages
//                                                       (tsc: types, validators, shorthand declarations
//                                                       emitted for their dependents, cli-skeleton --noEmit)
// Narrowing (the machine is shared; run in chunks):
//   --services a,b,c   these botocore service names    --from <name>  start at this service (sorted)
//   --limit <n>        at most n services              --jobs <n>     generate n services at once (default 1)
// Other options: --data <botocore/data> (default: the installed botocore's; or $SHAPEKIT_BOTOCORE_DATA),
//   --keep (keep generated packages in node_modules/.cache/shapekit/sweep/), --json <file> (results),
//   --verbose (every diagnostic of failing loads).
// Uses the BUILT generators (`npx tsc -b generators/cli` first); the runtimes' dist/ must exist for
// --typecheck (`npm run generate` builds them). Exit code 1 when anything failed.

import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const shapekit = path.join(root, "generators/cli/bin/shapekit.js");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
const KINDS = ["types", "validators", "shorthand", "cli-skeleton"];

const { values: opts } = parseArgs({
  options: {
    data: { type: "string" },
    services: { type: "string" },
    from: { type: "string" },
    limit: { type: "string" },
    jobs: { type: "string", default: "1" },
    generate: { type: "boolean", default: false },
    typecheck: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});

function botocoreData() {
  if (opts.data) return path.resolve(opts.data);
  if (process.env.SHAPEKIT_BOTOCORE_DATA) return process.env.SHAPEKIT_BOTOCORE_DATA;
  try {
    const dir = execFileSync(
      "python3",
      ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      },
    ).trim();
    return path.join(dir, "data");
  } catch {
    return undefined;
  }
}

const data = botocoreData();
if (!data || !existsSync(data)) {
  console.log(
    "sweep-models: no botocore data folder (install botocore, or pass --data / set SHAPEKIT_BOTOCORE_DATA)",
  );
  process.exit(0);
}
const model = await import(pathToFileURL(path.join(root, "generators/model/dist/index.js")).href);

/** botocore service folders (those with a model), sorted, narrowed by the options. */
function services() {
  let names = readdirSync(data)
    .filter((name) => statSync(path.join(data, name)).isDirectory())
    .sort();
  names = names.filter((name) =>
    model.listModelFiles([path.join(data, name)]).files.some((f) => model.isService2FileName(f)),
  );
  if (opts.services) {
    const wanted = opts.services.split(",").map((s) => s.trim());
    const unknown = wanted.filter((s) => !names.includes(s));
    if (unknown.length > 0) throw new Error(`unknown services: ${unknown.join(", ")}`);
    names = names.filter((n) => wanted.includes(n));
  }
  if (opts.from) names = names.filter((n) => n >= opts.from);
  if (opts.limit) names = names.slice(0, Number(opts.limit));
  return names;
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A warning's kind, for the summary: its message without the names in it. */
function warningKind(message) {
  if (message.includes("has the name of the operation"))
    return "shape named like an operation (renamed)";
  if (message.includes("has the name of the service"))
    return "shape named like the service (renamed)";
  if (message.includes("is also an operation name"))
    return "service named like an operation (renamed)";
  if (message.includes("only in letter case")) return "names equal ignoring case";
  return message.replace(/ \(at [^)]*\)$/, "").replace(/"[^"]*"|\b[A-Z]\w*[a-z]\w*\b/g, "…");
}

function loadAll(names) {
  const results = [];
  const start = performance.now();
  for (const name of names) {
    const t = performance.now();
    const loaded = model.loadModel([path.join(data, name)]);
    const ms = performance.now() - t;
    const errors = loaded.diagnostics.filter((d) => d.severity === "error");
    const warnings = loaded.diagnostics.filter((d) => d.severity === "warning");
    const own = loaded.model?.ownShapes() ?? [];
    const result = {
      service: name,
      ok: loaded.model !== undefined,
      ms: Math.round(ms),
      errors: errors.length,
      warnings: warnings.length,
      shapes: own.length,
      operations: own.filter((s) => s.type === "operation").length,
      firstError: errors[0]?.message,
      warningKinds: [...new Set(warnings.map((w) => warningKind(w.message)))],
    };
    results.push(result);
    if (!result.ok) {
      console.log(`  FAIL load ${name}: ${errors.length} errors; ${result.firstError}`);
      if (opts.verbose) console.log(model.formatDiagnostics(errors, loaded.sourceText));
    }
  }
  const total = performance.now() - start;
  const failed = results.filter((r) => !r.ok);
  const warned = results.filter((r) => r.warnings > 0);
  const kinds = new Map();
  for (const r of warned) for (const k of r.warningKinds) kinds.set(k, (kinds.get(k) ?? 0) + 1);
  console.log(
    `load: ${results.length - failed.length}/${results.length} models load in ${seconds(total)} (peak RSS ${mb(process.resourceUsage().maxRSS * 1024)})`,
  );
  console.log(
    `  ${results.reduce((n, r) => n + r.shapes, 0)} shapes, ${results.reduce((n, r) => n + r.operations, 0)} operations`,
  );
  console.log(
    `  ${warned.length} models with warnings (${results.reduce((n, r) => n + r.warnings, 0)} warnings): ${[...kinds].map(([k, n]) => `${k} ×${n}`).join("; ") || "none"}`,
  );
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`  slowest: ${slowest.map((r) => `${r.service} ${r.ms} ms`).join(", ")}`);
  return results;
}

/** Runs a command; wall time, exit status, output, and peak RSS when /usr/bin/time is there. */
function measure(command, args, cwd) {
  const hasTime = existsSync("/usr/bin/time");
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(
      hasTime ? "/usr/bin/time" : command,
      hasTime ? ["-v", command, ...args] : args,
      { cwd, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const cleaned = stderr.replace(/\tCommand being timed:[\s\S]*$/, "");
      resolve({
        ms: performance.now() - start,
        status,
        stdout,
        stderr: cleaned,
        rssMb: rss ? Number(rss[1]) / 1024 : undefined,
      });
    });
  });
}

function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === "node_modules" || e.name === "dist") continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, bytes };
}

const firstLine = (text) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "" && !l.startsWith("^")) ?? "";

async function generateOne(name, sweepRoot) {
  const outDir = path.join(sweepRoot, name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "node_modules/@shapekit"), { recursive: true });
  const gen = await measure(
    process.execPath,
    [shapekit, "generate", "--model", path.join(data, name), "--out", outDir],
    root,
  );
  const result = {
    service: name,
    ok: gen.status === 0,
    ms: Math.round(gen.ms),
    rssMb: gen.rssMb && Math.round(gen.rssMb),
  };
  if (gen.status !== 0) {
    result.error = firstLine(gen.stderr) || `exit ${gen.status}`;
  } else {
    const packages = readdirSync(outDir).filter((d) => d !== "node_modules");
    const size = sizeOf(outDir);
    Object.assign(result, { files: size.files, bytes: size.bytes });
    if (opts.typecheck) {
      // The packages import each other by name and the shorthand package references the runtime's project.
      symlinkSync(path.join(root, "packages/shorthand"), path.join(outDir, "shorthand"));
      for (const dir of packages)
        symlinkSync(path.join(outDir, dir), path.join(outDir, "node_modules/@shapekit", dir));
      const t = performance.now();
      for (const kind of KINDS) {
        const dir = packages.find((p) => p.endsWith(`-${kind}`));
        if (!dir) continue;
        const args =
          kind === "cli-skeleton" ? ["--noEmit", "-p", dir] : ["--emitDeclarationOnly", "-p", dir];
        const r = await measure(process.execPath, [tsc, ...args], outDir);
        if (r.status !== 0) {
          result.typecheck = `${kind}: ${firstLine(r.stdout)}`;
          break;
        }
      }
      result.typecheckMs = Math.round(performance.now() - t);
      result.typecheckOk = result.typecheck === undefined;
    }
  }
  if (!opts.keep) rmSync(outDir, { recursive: true, force: true });
  const status = !result.ok
    ? `FAIL: ${result.error}`
    : opts.typecheck && !result.typecheckOk
      ? `TYPECHECK FAIL ${result.typecheck}`
      : "ok";
  const figures = result.ok
    ? `, ${result.files} files, ${mb(result.bytes)}${opts.typecheck ? `, tsc ${seconds(result.typecheckMs)}` : ""}`
    : "";
  console.log(
    `  ${name}: ${seconds(result.ms)}, RSS ${result.rssMb ?? "?"} MB${figures} — ${status}`,
  );
  return result;
}

async function generateAll(names) {
  const cacheRoot = path.join(root, "node_modules/.cache/shapekit");
  const sweepRoot = path.join(cacheRoot, "sweep");
  mkdirSync(sweepRoot, { recursive: true });
  // Generated tsconfigs extend ../../tsconfig.base.json: from sweep/<service>/<package>/ that is sweep/.
  copyFileSync(path.join(root, "tsconfig.base.json"), path.join(sweepRoot, "tsconfig.base.json"));
  const results = [];
  const queue = [...names];
  const start = performance.now();
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift())
      results.push(await generateOne(name, sweepRoot));
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(opts.jobs)) }, worker));
  const total = performance.now() - start;
  results.sort((a, b) => (a.service < b.service ? -1 : 1));
  const ok = results.filter((r) => r.ok);
  console.log(
    `generate: ${ok.length}/${results.length} services in ${seconds(total)} wall (jobs: ${opts.jobs})`,
  );
  if (ok.length > 0) {
    const files = ok.reduce((n, r) => n + r.files, 0);
    const bytes = ok.reduce((n, r) => n + r.bytes, 0);
    const peak = Math.max(...ok.map((r) => r.rssMb ?? 0));
    const biggest = [...ok].sort((a, b) => b.ms - a.ms).slice(0, 3);
    console.log(
      `  ${files} files, ${mb(bytes)}; peak RSS of one generation ${peak} MB; slowest: ${biggest.map((r) => `${r.service} ${seconds(r.ms)}`).join(", ")}`,
    );
  }
  for (const r of results.filter((x) => !x.ok)) console.log(`  FAIL ${r.service}: ${r.error}`);
  if (opts.typecheck) {
    const checked = ok.filter((r) => r.typecheckOk);
    console.log(`typecheck: ${checked.length}/${ok.length} generated services type-check`);
    for (const r of ok.filter((x) => !x.typecheckOk))
      console.log(`  FAIL ${r.service}: ${r.typecheck}`);
  }
  return results;
}

const names = services();
console.log(`sweep-models: ${names.length} services from ${data}`);
const load = loadAll(names);
const generate = opts.generate ? await generateAll(names) : [];
if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ data, load, generate }, null, 2)}\n`);
const failed = load.some((r) => !r.ok) || generate.some((r) => !r.ok || r.typecheckOk === false);
process.exitCode = failed ? 1 : 0;
