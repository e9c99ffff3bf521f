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
// `npm run sweep -- <options>` runs it. Chunked runs: give each its own --json file, then
//   node scripts/sweep-models.mjs --summary a.json b.json …   prints the summary of them all together
// (services ok/failed, wall and CPU time, the 10 slowest, files and bytes, type-check failures, peak RSS).
// Each run works in its own folder (node_modules/.cache/shapekit/sweep/<pid>, or --work <dir>), so
// runs can overlap; generation runs with SHAPEKIT_NO_CACHE=1 (cold figures, and the project's format
// cache is not churned by 400 services) unless --cache.

import { spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";

import { botocoreDataDir } from "./botocore-data.mjs";
import { parseScriptArgs } from "./script-args.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const shapekit = path.join(root, "generators/cli/bin/shapekit.js");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
const KINDS = ["types", "validators", "shorthand", "cli-skeleton"];

const { values: opts, positionals } = parseScriptArgs(import.meta.url, {
  options: {
    data: { type: "string" },
    services: { type: "string" },
    from: { type: "string" },
    limit: { type: "string" },
    jobs: { type: "string", default: "1" },
    generate: { type: "boolean", default: false },
    typecheck: { type: "boolean", default: false },
    "typecheck-packages": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    json: { type: "string" },
    verbose: { type: "boolean", default: false },
    work: { type: "string" },
    cache: { type: "boolean", default: false },
    summary: { type: "boolean", default: false },
  },
  allowPositionals: true,
});

function botocoreData() {
  if (opts.data) return path.resolve(opts.data);
  if (process.env.SHAPEKIT_BOTOCORE_DATA) return process.env.SHAPEKIT_BOTOCORE_DATA;
  return botocoreDataDir();
}

const data = opts.summary ? undefined : botocoreData();
if (!opts.summary && (!data || !existsSync(data))) {
  console.log(
    "sweep-models: no botocore data folder (install botocore, or pass --data / set SHAPEKIT_BOTOCORE_DATA)",
  );
  process.exit(0);
}
const model = opts.summary
  ? undefined
  : await import(pathToFileURL(path.join(root, "generators/model/dist/index.js")).href);

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
  if (message.includes("only in letter case") || message.includes("differs only in case"))
    return "shape names equal ignoring case (renamed)";
  if (message.includes("having no linear-time matcher"))
    return "pattern with no linear-time matcher";
  if (message.includes("is not a valid regular expression")) return "invalid pattern (dropped)";
  return message.replace(/ \(at [^)]*\)$/, "").replace(/"[^"]*"|\b[A-Z]\w*[a-z]\w*\b/g, "…");
}

/** `metadata.serviceId` of the service's latest model in botocore's data (the SDK id). */
function botocoreServiceId(name) {
  const versions = readdirSync(path.join(data, name), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const dir = path.join(data, name, versions.at(-1) ?? "");
  const file = ["service-2.json.gz", "service-2.json"]
    .map((f) => path.join(dir, f))
    .find(existsSync);
  if (file === undefined) return undefined;
  const bytes = readFileSync(file);
  const text = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  const serviceId = JSON.parse(text).metadata?.serviceId;
  return typeof serviceId === "string" ? serviceId : undefined;
}

function loadAll(names) {
  const results = [];
  /** botocore's names by SDK id (two services may share one: an alias). */
  const namesBySdkId = new Map();
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
    const sdkId = botocoreServiceId(name);
    if (sdkId !== undefined) namesBySdkId.set(sdkId, [...(namesBySdkId.get(sdkId) ?? []), name]);
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
  // The name a Smithy model of the service would get (awscli-service-names.ts) must be botocore's
  // (one of them, for an SDK id two services share).
  const misnamed = [...namesBySdkId]
    .filter(([sdkId, names]) => !names.includes(model.awsCliServiceName(sdkId)))
    .map(([sdkId, names]) => `${names.join(", ")} (SDK id ${JSON.stringify(sdkId)})`);
  console.log(
    `  AWS CLI names from the SDK id: ${namesBySdkId.size - misnamed.length}/${namesBySdkId.size} SDK ids give botocore's name${misnamed.length ? `; not: ${misnamed.join("; ")}` : ""}`,
  );
  if (misnamed.length) process.exitCode = 1;
  return results;
}

/** Runs a command; wall time, exit status, output, and peak RSS and CPU time when /usr/bin/time is there. */
function measure(command, args, cwd, env = process.env) {
  const hasTime = existsSync("/usr/bin/time");
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(
      hasTime ? "/usr/bin/time" : command,
      hasTime ? ["-v", command, ...args] : args,
      { cwd, env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => {
      const field = (name) => {
        const m = new RegExp(`${name}: ([\\d.]+)`).exec(stderr);
        return m ? Number(m[1]) : undefined;
      };
      const rss = field("Maximum resident set size \\(kbytes\\)");
      const user = field("User time \\(seconds\\)");
      const system = field("System time \\(seconds\\)");
      const cleaned = stderr.replace(/\tCommand being timed:[\s\S]*$/, "");
      resolve({
        ms: performance.now() - start,
        // CPU time is what a loaded, shared machine does not inflate the way it inflates wall time.
        cpuMs: user === undefined || system === undefined ? undefined : (user + system) * 1000,
        status,
        stdout,
        stderr: cleaned,
        rssMb: rss === undefined ? undefined : rss / 1024,
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

/** The first `error TS…` lines of tsc's output (the first one alone rarely tells the cause). */
const tscErrors = (text) =>
  text
    .split("\n")
    .filter((l) => /error TS\d+/.test(l))
    .slice(0, 3)
    .map((l) => l.trim());

/**
 * One tsconfig for the four generated packages of a service, for `--typecheck`: every source
 * file is checked once, in one tsc process, with the packages' names mapped to their sources
 * (instead of building each package's declarations for the next one). `declaration` stays on,
 * so the errors only a declaration build reports are reported too. `--typecheck-packages`
 * builds the packages one by one instead, as their own tsconfigs do.
 */
function writeOneProgram(outDir, packages) {
  const paths = {};
  for (const dir of packages) {
    paths[`@shapekit/${dir}`] = [`./${dir}/src/index.ts`];
    paths[`@shapekit/${dir}/operations/*`] = [`./${dir}/src/operations/*.ts`];
  }
  const config = {
    extends: "../tsconfig.base.json",
    compilerOptions: {
      noEmit: true,
      composite: false,
      incremental: false,
      declarationMap: false,
      sourceMap: false,
      rootDir: ".",
      paths,
    },
    include: packages.map((dir) => `${dir}/src`),
  };
  const file = path.join(outDir, "tsconfig.sweep.json");
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return file;
}

async function generateOne(name, sweepRoot) {
  const outDir = path.join(sweepRoot, name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "node_modules/@shapekit"), { recursive: true });
  const env = opts.cache ? process.env : { ...process.env, SHAPEKIT_NO_CACHE: "1" };
  const gen = await measure(
    process.execPath,
    [shapekit, "generate", "--model", path.join(data, name), "--out", outDir],
    root,
    env,
  );
  const result = {
    service: name,
    ok: gen.status === 0,
    ms: Math.round(gen.ms),
    cpuMs: gen.cpuMs && Math.round(gen.cpuMs),
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
      let tscRss = 0;
      const steps = opts["typecheck-packages"]
        ? KINDS.flatMap((kind) => {
            const dir = packages.find((p) => p.endsWith(`-${kind}`));
            if (!dir) return [];
            const mode = kind === "cli-skeleton" ? "--noEmit" : "--emitDeclarationOnly";
            return [{ kind, args: [mode, "-p", dir] }];
          })
        : [{ kind: "all", args: ["-p", writeOneProgram(outDir, packages)] }];
      for (const { kind, args } of steps) {
        const r = await measure(process.execPath, [tsc, ...args], outDir);
        tscRss = Math.max(tscRss, r.rssMb ?? 0);
        if (r.status !== 0) {
          const errors = tscErrors(r.stdout);
          result.typecheck = `${kind}: ${errors[0] ?? firstLine(r.stdout)}`;
          result.typecheckErrors = errors;
          break;
        }
      }
      result.typecheckMs = Math.round(performance.now() - t);
      result.typecheckRssMb = Math.round(tscRss) || undefined;
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
  const cpu = result.cpuMs === undefined ? "" : ` (CPU ${seconds(result.cpuMs)})`;
  console.log(
    `  ${name}: ${seconds(result.ms)}${cpu}, RSS ${result.rssMb ?? "?"} MB${figures} — ${status}`,
  );
  return result;
}

async function generateAll(names, onResult) {
  const sweepRoot = path.resolve(
    opts.work ?? path.join(root, "node_modules/.cache/shapekit/sweep", String(process.pid)),
  );
  mkdirSync(sweepRoot, { recursive: true });
  // Generated tsconfigs extend ../../tsconfig.base.json: from <work>/<service>/<package>/ that is <work>.
  copyFileSync(path.join(root, "tsconfig.base.json"), path.join(sweepRoot, "tsconfig.base.json"));
  const results = [];
  const queue = [...names];
  const start = performance.now();
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      results.push(await generateOne(name, sweepRoot));
      onResult(results);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(opts.jobs)) }, worker));
  const wallMs = Math.round(performance.now() - start);
  if (opts.keep) console.log(`generated packages kept in ${sweepRoot}`);
  else rmSync(sweepRoot, { recursive: true, force: true });
  results.sort((a, b) => (a.service < b.service ? -1 : 1));
  return { wallMs, results };
}

const sum = (rows, key) => rows.reduce((n, r) => n + (r[key] ?? 0), 0);

/** The final report over one run or several (chunks): the figures the fleet is judged by. */
function summarize(runs) {
  // A service measured again in a later run (a chunk rerun after a fix) counts once: the last time.
  const byService = new Map(runs.flatMap((r) => r.results).map((r) => [r.service, r]));
  const results = [...byService.values()].sort((a, b) => (a.service < b.service ? -1 : 1));
  if (results.length === 0) return;
  const ok = results.filter((r) => r.ok);
  const failed = results.filter((r) => !r.ok);
  const wall = runs.reduce((n, r) => n + (r.wallMs ?? 0), 0);
  const hasCpu = ok.some((r) => r.cpuMs !== undefined);
  console.log("");
  console.log(
    `summary: ${results.length} services, ${ok.length} generated, ${failed.length} failed`,
  );
  console.log(
    `  generation: ${seconds(sum(results, "ms"))} summed over services` +
      (hasCpu ? `, CPU ${seconds(sum(results, "cpuMs"))}` : "") +
      (runs.length > 1 ? ` (${runs.length} runs` : " (") +
      (runs.every((r) => r.wallMs !== undefined) ? `, ${seconds(wall)} wall)` : ")"),
  );
  console.log(
    `  written: ${sum(ok, "files")} files, ${mb(sum(ok, "bytes"))} (largest: ${[...ok]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3)
      .map((r) => `${r.service} ${r.files} files / ${mb(r.bytes)}`)
      .join(", ")})`,
  );
  const peak = [...ok].sort((a, b) => (b.rssMb ?? 0) - (a.rssMb ?? 0))[0];
  if (peak?.rssMb) console.log(`  peak RSS of one generation: ${peak.rssMb} MB (${peak.service})`);
  // CPU time ranks them when it was measured: on a shared machine wall time mostly measures the others.
  const cost = hasCpu ? (r) => r.cpuMs ?? 0 : (r) => r.ms;
  console.log(`  slowest 10 (by ${hasCpu ? "CPU" : "wall"} time):`);
  for (const r of [...ok].sort((a, b) => cost(b) - cost(a)).slice(0, 10))
    console.log(
      `    ${r.service.padEnd(28)} ${seconds(r.ms).padStart(8)}` +
        (r.cpuMs === undefined ? "" : `  CPU ${seconds(r.cpuMs).padStart(7)}`) +
        `  ${String(r.files).padStart(6)} files  ${mb(r.bytes).padStart(9)}  RSS ${r.rssMb ?? "?"} MB`,
    );
  for (const r of failed) console.log(`  FAIL ${r.service}: ${r.error}`);
  const checked = ok.filter((r) => r.typecheckOk !== undefined);
  if (checked.length > 0) {
    const passing = checked.filter((r) => r.typecheckOk);
    const tscPeak = Math.max(...checked.map((r) => r.typecheckRssMb ?? 0));
    console.log(
      `  typecheck: ${passing.length}/${checked.length} generated services type-check (tsc ${seconds(sum(checked, "typecheckMs"))} in all` +
        (tscPeak > 0 ? `, peak RSS ${tscPeak} MB)` : ")"),
    );
    for (const r of checked.filter((x) => !x.typecheckOk)) {
      console.log(`  TYPECHECK FAIL ${r.service}: ${r.typecheck}`);
      for (const e of (r.typecheckErrors ?? []).slice(1)) console.log(`      ${e}`);
    }
  }
}

if (opts.summary) {
  // Several runs' --json files: their generation results, reported together.
  const runs = positionals.map((file) => {
    const saved = JSON.parse(readFileSync(file, "utf8"));
    return { wallMs: saved.generateWallMs, results: saved.generate ?? [] };
  });
  summarize(runs);
  process.exit(0);
}

const names = services();
console.log(`sweep-models: ${names.length} services from ${data}`);
const load = loadAll(names);
const save = (generate, generateWallMs) => {
  if (opts.json)
    writeFileSync(
      opts.json,
      `${JSON.stringify({ data, load, generateWallMs, generate }, null, 2)}\n`,
    );
};
save([]);
let generate = [];
if (opts.generate) {
  // Saved after every service: an interrupted chunk keeps what it measured.
  const run = await generateAll(names, (partial) => save(partial));
  generate = run.results;
  save(generate, run.wallMs);
  summarize([run]);
}
const failed = load.some((r) => !r.ok) || generate.some((r) => !r.ok || r.typecheckOk === false);
process.exitCode = failed ? 1 : 0;
