#!/usr/bin/env node
// Every AWS service's packages, built and loaded: one `shapekit generate --service '*'` run over
// the installed botocore's models, then per service `shapekit-build` of its four packages and,
// in a fresh Node.js process per package, an import of every entry point (each operation's, the
// root, the lazy root) with every export read. A bundling mistake that only some model's graph
// shows (a chunk evaluated before one it needs, a missing export) fails here. Not a test: about
// 15 minutes on two cores, and it reads the installed Python botocore.
//
//   node scripts/build-fleet.mjs [--services a,b,c] [--keep]
//
// Output goes to node_modules/.cache/shapekit/build-fleet/ (inside the repository, so the
// packages resolve the runtimes), each service's packages removed once checked unless --keep.
// Uses the built generators and runtimes (`npm run generate` builds them). Exit code 1 when a
// build or an import failed.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { botocoreDataDir } from "./botocore-data.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const KINDS = ["types", "validators", "shorthand", "cli-skeleton"];
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const listed = args.includes("--services") ? args[args.indexOf("--services") + 1] : undefined;
// `generate --service` takes a pattern: `{a,b,c}` names a list.
const pattern = listed === undefined ? "*" : listed.includes(",") ? `{${listed}}` : listed;

const data = process.env.SHAPEKIT_BOTOCORE_DATA ?? botocoreDataDir();
if (!data) {
  console.log("build-fleet: skipped (no botocore data folder: python3 -c 'import botocore')");
  process.exit(0);
}
const out = path.join(root, "node_modules/.cache/shapekit/build-fleet");
rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, "node_modules/@shapekit"), { recursive: true });

const started = performance.now();
const generated = spawnSync(
  process.execPath,
  [
    path.join(root, "generators/cli/bin/shapekit.js"),
    "generate",
    "--model",
    data,
    "--service",
    pattern,
    "--out",
    out,
  ],
  { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, SHAPEKIT_NO_CACHE: "1" } },
);
if (generated.status !== 0) {
  console.log(`build-fleet: generate failed (exit ${generated.status})\n${generated.stderr}`);
  process.exit(1);
}

// The packages are `<service>-<kind>` folders side by side; a node_modules/ beside them lets
// each cli-skeleton import its service's validators and shorthand by name.
const services = new Map();
for (const name of readdirSync(out).sort()) {
  const kind = KINDS.find((k) => name.endsWith(`-${k}`));
  if (kind === undefined) continue;
  const service = name.slice(0, -kind.length - 1);
  if (!services.has(service)) services.set(service, []);
  services.get(service).push(path.join(out, name));
  symlinkSync(path.join(out, name), path.join(out, "node_modules/@shapekit", name));
}

/** Every entry point of a built package, relative to its dist/. */
function entryPoints(dist) {
  const operations = path.join(dist, "operations");
  return [
    ...(existsSync(operations)
      ? readdirSync(operations)
          .filter((f) => f.endsWith(".js"))
          .sort()
          .map((f) => `operations/${f}`)
      : []),
    ...["index.js", "lazy-root.js"].filter((f) => existsSync(path.join(dist, f))),
  ];
}

// Imports each entry and reads each export; prints the failures, then their count.
const IMPORT_ALL = `
const [dist, ...entries] = JSON.parse(process.argv[1]);
let failed = 0;
for (const entry of entries) {
  try {
    const loaded = await import(dist + "/" + entry);
    for (const name of Object.keys(loaded)) void loaded[name];
  } catch (error) {
    failed++;
    console.log("  " + entry + ": " + String(error).split("\\n")[0]);
  }
}
console.log(failed);
`;

let buildFailures = 0;
let importFailures = 0;
let entries = 0;
for (const [service, folders] of services) {
  const build = spawnSync(
    process.execPath,
    [path.join(root, "packages/build/bin/shapekit-build.js"), ...folders],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  if (build.status !== 0) {
    buildFailures++;
    console.log(`${service}: build failed\n${build.stdout}${build.stderr}`);
    continue;
  }
  for (const folder of folders) {
    const dist = path.join(folder, "dist");
    const list = entryPoints(dist);
    entries += list.length;
    const run = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", IMPORT_ALL, JSON.stringify([dist, ...list])],
      { cwd: out, encoding: "utf8", maxBuffer: 1 << 26 },
    );
    const lines = run.stdout.trim().split("\n");
    if (run.status !== 0 || lines.at(-1) !== "0") {
      importFailures++;
      console.log(`${path.basename(folder)}: imports failed\n${lines.slice(0, -1).join("\n")}`);
      if (run.stderr) console.log(run.stderr.split("\n").slice(0, 5).join("\n"));
    }
  }
  if (!keep) for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
if (!keep) rmSync(out, { recursive: true, force: true });

console.log(
  `build-fleet: ${services.size} services, ${buildFailures} builds failed, ` +
    `${importFailures} packages with failed imports, ${entries} entry points imported ` +
    `(${((performance.now() - started) / 60000).toFixed(1)} min)`,
);
process.exitCode = buildFailures + importFailures > 0 ? 1 : 0;
