// Benchmark: a whole service → the four packages. Reads the public SageMaker Smithy model from
// ../shared/models (or botocore's service-2.json.gz from the installed Python botocore) and
// skips with a message when neither is there. Prints: the cold generation (no format cache)
// with its phase breakdown and peak RSS, `generate --check` with nothing changed, the size of
// each package, their build (shapekit-build) and type-check (tsc --noEmit), and the
// one-operation entry point's import graph and import time next to the root entry's.
//
// The output goes to node_modules/.cache/shapekit/bench-service/ (inside the repository, so the
// packages resolve the runtimes; never committed), with a node_modules/ of its own that points
// the sibling package names at the whole-service packages rather than the committed ones.

import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { botocoreDataDir } from "../scripts/botocore-data.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const shapekit = path.join(root, "generators/cli/bin/shapekit.js");
const KINDS = ["types", "validators", "shorthand", "cli-skeleton"];
const OPERATION = "CreateEndpointConfig";

function findModel() {
  const shared = path.join(root, "../shared/models/sagemaker-2017-07-24.json");
  if (existsSync(shared))
    return { file: shared, from: "../shared/models/sagemaker-2017-07-24.json (Smithy JSON AST)" };
  const data = botocoreDataDir();
  const file = data && path.join(data, "sagemaker/2017-07-24/service-2.json.gz");
  if (file && existsSync(file)) return { file, from: `${file} (botocore service-2.json)` };
  return undefined;
}

/** Runs a command; wall time, and peak RSS when /usr/bin/time is there. */
function measure(args, env = {}) {
  const hasTime = existsSync("/usr/bin/time");
  const command = hasTime ? "/usr/bin/time" : process.execPath;
  const argv = hasTime ? ["-v", process.execPath, ...args] : args;
  const start = performance.now();
  const r = spawnSync(command, argv, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? "");
  return {
    ms,
    status: r.status,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    rssMb: rss ? Number(rss[1]) / 1024 : undefined,
  };
}

function walk(dir, skip = new Set(["dist", "node_modules"])) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    skip.has(e.name)
      ? []
      : e.isDirectory()
        ? walk(path.join(dir, e.name), skip)
        : [path.join(dir, e.name)],
  );
}

/** Modules and bytes of generated JavaScript an import loads (static import graph of dist/). */
function importGraph(outDir, kind, entry) {
  const seen = new Set();
  const stack = [path.join(outDir, `sagemaker-${kind}`, "dist", `${entry}.js`)];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*"([^"]+)"/g)) {
      const spec = m[1];
      if (spec.startsWith(".")) stack.push(path.resolve(path.dirname(file), spec));
      const sibling = /^@shapekit\/sagemaker-([a-z-]+)(?:\/operations\/(\w+))?$/.exec(spec);
      if (sibling)
        stack.push(
          path.join(
            outDir,
            `sagemaker-${sibling[1]}`,
            "dist",
            sibling[2] ? `operations/${sibling[2]}.js` : "index.js",
          ),
        );
    }
  }
  const bytes = [...seen].reduce((n, f) => n + statSync(f).size, 0);
  return { modules: seen.size, bytes };
}

/**
 * Runs an ES module `script` (its last line of output JSON) in `runs` fresh Node.js processes in
 * `outDir`; the run whose `order` is the median, or why one failed.
 */
function medianRun(outDir, script, runs, order = (value) => value) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: outDir,
      encoding: "utf8",
    });
    if (r.status !== 0) return { failed: `failed: ${r.stderr.split("\n")[0]}` };
    samples.push(JSON.parse(r.stdout.trim().split("\n").at(-1)));
  }
  samples.sort((a, b) => order(a) - order(b));
  return { value: samples[Math.floor(runs / 2)] };
}

function importTime(outDir, specifier, runs = 5) {
  const run = medianRun(
    outDir,
    `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`,
    runs,
  );
  if (run.failed !== undefined) return { text: run.failed, ms: undefined };
  return { text: `${run.value.toFixed(1)} ms`, ms: run.value };
}

/** The first validateInput of the validators' operation entry, and the 50 calls after it. */
function firstValidation(outDir, runs = 5) {
  const corpus = path.join(
    root,
    "generators/validators/test/data/validate-create-endpoint-config.jsonl",
  );
  const script = `
    import { readFileSync } from "node:fs";
    const inputs = readFileSync(${JSON.stringify(corpus)}, "utf8").split("\\n").filter(Boolean).slice(0, 51).map((l) => JSON.parse(l).input);
    const { validateInput } = await import("@shapekit/sagemaker-validators/operations/${OPERATION}");
    let t = performance.now();
    validateInput(inputs[0]);
    const first = performance.now() - t;
    t = performance.now();
    for (const input of inputs.slice(1)) validateInput(input);
    console.log(JSON.stringify([first, performance.now() - t]));`;
  const run = medianRun(outDir, script, runs, ([first]) => first);
  if (run.failed !== undefined) return { text: run.failed, ms: undefined };
  const [first, next] = run.value;
  return { text: `${first.toFixed(1)} ms, the 50 after it ${next.toFixed(1)} ms`, ms: first };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

export async function benchGenerateService() {
  const model = findModel();
  if (!model) {
    console.log(
      "whole-service generation: skipped (no ../shared/models/sagemaker-2017-07-24.json and no botocore)",
    );
    return undefined;
  }
  console.log(`whole-service generation: ${model.from}`);
  /** The figures issue 14's table reads (scripts/bench.mjs prints it). */
  const figures = { sourceFiles: 0, sourceBytes: 0, rootImportMs: {}, operationImportMs: {} };
  const cacheRoot = path.join(root, "node_modules/.cache/shapekit");
  const outDir = path.join(cacheRoot, "bench-service");
  // Deleting a large tree here makes every file written in the next ~15 s slow: this VM's disk is
  // mounted with online discard, and a cold generation measured right after the removal of the
  // last run's output wrote its files in 1.7-3.5 s instead of 0.3 s. So earlier output is moved
  // aside (a rename is instant) and removed once this benchmark has measured what it writes.
  const trash = moveAside(cacheRoot);
  mkdirSync(path.join(outDir, "node_modules/@shapekit"), { recursive: true });
  copyFileSync(path.join(root, "tsconfig.base.json"), path.join(cacheRoot, "tsconfig.base.json"));
  // The shorthand package's tsconfig references the runtime's project beside it, as in packages/.
  symlinkSync(path.join(root, "packages/shorthand"), path.join(outDir, "shorthand"));
  for (const kind of KINDS)
    symlinkSync(
      path.join(outDir, `sagemaker-${kind}`),
      path.join(outDir, `node_modules/@shapekit/sagemaker-${kind}`),
    );
  const args = [shapekit, "generate", "--model", model.file, "--out", outDir];

  // Cold: no format cache, an empty folder. Three runs (the later two into folders of their
  // own), the median reported: one run's write phase swings with the disk.
  const coldEnv = { SHAPEKIT_TIMING: "1", SHAPEKIT_NO_CACHE: "1" };
  const cold = measure(args, coldEnv);
  if (cold.status !== 0) {
    console.log(`  cold generation failed (exit ${cold.status}):\n${cold.stderr}`);
    for (const dir of trash) rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  const colds = [cold.ms];
  for (const n of [2, 3]) {
    const dir = path.join(cacheRoot, `bench-service-cold-${n}`);
    trash.push(dir);
    colds.push(measure([...args.slice(0, -1), dir], coldEnv).ms);
  }
  figures.coldMs = [...colds].sort((a, b) => a - b)[1];
  console.log(
    `  cold generate (no format cache): median ${(figures.coldMs / 1000).toFixed(2)} s wall of ${colds.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s; peak RSS ${cold.rssMb?.toFixed(0) ?? "n/a"} MB; the first run's phases:`,
  );
  for (const line of (cold.stdout + cold.stderr).split("\n"))
    if (/^\s+[a-z+ ()-]+: \d+ ms$/.test(line) || /^\s+prettier: /.test(line))
      console.log(`    ${line.trim()}`);
  const warm = measure(args);
  console.log(`  generate again, filling the format cache: ${(warm.ms / 1000).toFixed(2)} s`);
  const check = measure([...args, "--check"], { SHAPEKIT_TIMING: "1" });
  console.log(
    `  generate --check, nothing changed: ${(check.ms / 1000).toFixed(2)} s wall (exit ${check.status}), peak RSS ${check.rssMb?.toFixed(0) ?? "n/a"} MB`,
  );
  figures.checkMs = check.ms;
  const checkNoCache = measure([...args, "--check"], { SHAPEKIT_NO_CACHE: "1" });
  console.log(
    `  generate --check without the format cache: ${(checkNoCache.ms / 1000).toFixed(2)} s (exit ${checkNoCache.status})`,
  );

  for (const kind of KINDS) {
    const files = walk(path.join(outDir, `sagemaker-${kind}`));
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    figures.sourceFiles += files.length;
    figures.sourceBytes += bytes;
    console.log(
      `  @shapekit/sagemaker-${kind}: ${files.length} files, ${mb(bytes)} (sources and package files, no dist)`,
    );
  }

  // The build: shapekit-build, what `npm run build` of a generated package runs.
  const folders = KINDS.map((kind) => path.join(outDir, `sagemaker-${kind}`));
  const build = measure([path.join(root, "packages/build/bin/shapekit-build.js"), ...folders]);
  if (build.status !== 0) console.log(`  shapekit-build failed:\n${build.stderr}`);
  figures.buildMs = build.ms;
  console.log(
    `  build of the four packages (shapekit-build, one process): ${(build.ms / 1000).toFixed(2)} s, peak RSS ${build.rssMb?.toFixed(0) ?? "n/a"} MB`,
  );
  // The type-check, a separate step now (npm run typecheck): tsc --noEmit of each package.
  const tsc = path.join(root, "node_modules/.bin/tsc");
  const typecheck = {};
  const start = performance.now();
  for (const kind of KINDS) {
    const kindStart = performance.now();
    const r = spawnSync(tsc, ["--noEmit", "-p", path.join(outDir, `sagemaker-${kind}`)], {
      encoding: "utf8",
    });
    typecheck[kind] = performance.now() - kindStart;
    if (r.status !== 0)
      console.log(
        `  tsc --noEmit -p sagemaker-${kind} failed:\n${r.stdout.split("\n").slice(0, 10).join("\n")}`,
      );
  }
  figures.typecheckMs = performance.now() - start;
  console.log(
    `  type-check of the four packages (tsc --noEmit each, not part of the build): ${(figures.typecheckMs / 1000).toFixed(2)} s (${KINDS.map((k) => `${k} ${(typecheck[k] / 1000).toFixed(1)} s`).join(", ")})`,
  );

  figures.eagerRootImportMs = {};
  for (const kind of KINDS) {
    // The root as Node.js loads it: the lazy root (dist/lazy-root.js, the `node` + `module-sync`
    // conditions) where the package has one. The eager root (dist/index.js) is what bundlers and
    // browsers get; its import is measured beside it.
    const lazy = existsSync(path.join(outDir, `sagemaker-${kind}`, "dist", "lazy-root.js"));
    const one = importGraph(outDir, kind, `operations/${OPERATION}`);
    const all = importGraph(outDir, kind, lazy ? "lazy-root" : "index");
    const oneTime = importTime(outDir, `@shapekit/sagemaker-${kind}/operations/${OPERATION}`);
    const allTime = importTime(outDir, `@shapekit/sagemaker-${kind}`);
    figures.operationImportMs[kind] = oneTime.ms;
    figures.rootImportMs[kind] = allTime.ms;
    let eager = "";
    if (lazy) {
      const index = importGraph(outDir, kind, "index");
      const eagerTime = importTime(
        outDir,
        pathToFileURL(path.join(outDir, `sagemaker-${kind}`, "dist", "index.js")).href,
      );
      figures.eagerRootImportMs[kind] = eagerTime.ms;
      eager = ` | eager root (bundlers, browsers): ${index.modules} modules, ${mb(index.bytes)}, import ${eagerTime.text}`;
    }
    console.log(
      `  @shapekit/sagemaker-${kind}/operations/${OPERATION}: ${one.modules} generated modules, ${mb(one.bytes)}, import ${oneTime.text}` +
        ` | ${lazy ? "lazy root (Node.js)" : "root"}: ${all.modules} modules, ${mb(all.bytes)}, import ${allTime.text}${eager}`,
    );
  }
  // What every entry point pays before its own code, in the same fresh processes: Node.js's
  // loader for one empty module, then the runtimes (the cli-skeleton's imports the other two).
  // The goal of 15 ms for an operation's entry is to be read against these.
  const empty = path.join(outDir, "empty-module.mjs");
  writeFileSync(empty, "export {};\n");
  const floor = [
    ["an empty module", pathToFileURL(empty).href],
    ["@shapekit/validation/core", "@shapekit/validation/core"],
    ["@shapekit/shorthand", "@shapekit/shorthand"],
    ["@shapekit/cli (imports both)", "@shapekit/cli"],
  ].map(([label, specifier]) => ({ label, time: importTime(outDir, specifier) }));
  figures.floorMs = { empty: floor[0].time.ms, runtimes: floor[3].time.ms };
  console.log(
    `  what an entry point pays before its own modules: ${floor.map((f) => `${f.label} ${f.time.text}`).join("; ")}`,
  );
  // What a tool that validates one request pays before its answer: the validators' entry, then
  // its first validateInput (every pattern it meets compiled then) and the 50 after it.
  const firstCall = firstValidation(outDir);
  figures.firstValidationMs = firstCall.ms;
  console.log(
    `  @shapekit/sagemaker-validators/operations/${OPERATION}: first validateInput ${firstCall.text} (median of 5 processes)`,
  );
  // One operation is one point; every 18th operation's entry (20 of SageMaker's 358), so the
  // build's chunking is judged over operations of every size.
  for (const kind of ["validators", "cli-skeleton"]) {
    const operations = readdirSync(path.join(outDir, `sagemaker-${kind}`, "dist", "operations"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => f.slice(0, -".js".length))
      .sort()
      .filter((_, i) => i % 18 === 0);
    const sample = operations.map((operation) => {
      const graph = importGraph(outDir, kind, `operations/${operation}`);
      const time = importTime(outDir, `@shapekit/sagemaker-${kind}/operations/${operation}`, 3);
      return { modules: graph.modules, ms: time.ms ?? Number.NaN };
    });
    const at = (values, q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
    const ms = sample.map((s) => s.ms).sort((a, b) => a - b);
    const modules = sample.map((s) => s.modules).sort((a, b) => a - b);
    console.log(
      `  ${sample.length} operations' entries of @shapekit/sagemaker-${kind} (every 18th): import median ${at(ms, 0.5).toFixed(1)} ms, 90th percentile ${at(ms, 0.9).toFixed(1)} ms, slowest ${ms.at(-1).toFixed(1)} ms; generated modules median ${at(modules, 0.5)}, slowest ${modules.at(-1)}`,
    );
  }
  for (const dir of trash) rmSync(dir, { recursive: true, force: true });
  return figures;
}

/**
 * Renames the last run's output folders (and any left by an interrupted run) to names of their
 * own, for removal after the measurements; returns their paths.
 */
function moveAside(cacheRoot) {
  const moved = [];
  if (!existsSync(cacheRoot)) return moved;
  for (const name of readdirSync(cacheRoot)) {
    if (!/^bench-service(?:-cold-\d+)?$/.test(name) && !name.startsWith("bench-service-old-"))
      continue;
    const from = path.join(cacheRoot, name);
    const to = name.startsWith("bench-service-old-")
      ? from
      : path.join(cacheRoot, `bench-service-old-${process.pid}-${name}`);
    if (to !== from) renameSync(from, to);
    moved.push(to);
  }
  return moved;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchGenerateService();
