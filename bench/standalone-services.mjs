// What a user of `shapekit generate --model` waits for and gets, per service: generation time,
// `npm install` and `npm run build` in the output (standalone layout, outside this repository),
// and the size of each package (source, build, npm tarball).
//   node bench/standalone-services.mjs [dynamodb,sqs,ec2] [--keep]
// Models come from the installed Python botocore (data/<service>). The runtimes are not on the
// registry yet, so `npm install` gets them (and typescript, @types/node) as `npm pack` tarballs
// of this repository's builds, --offline: the install time is npm's own work, not the network's.
// Run `npm run build` first (the runtimes' dist/ are packed as they are).

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { botocoreDataDir } from "../scripts/botocore-data.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const services = (args.find((a) => !a.startsWith("--")) ?? "dynamodb,sqs,ec2").split(",");
const data = botocoreDataDir();
if (!data) throw new Error("python3 with botocore is needed: the services come from its models");

const tmp = mkdtempSync(path.join(os.tmpdir(), "shapekit-bench-standalone-"));
const tarballs = path.join(tmp, "tarballs");
mkdirSync(tarballs);

function timed(command, argv, cwd) {
  const started = performance.now();
  execFileSync(command, argv, { cwd, stdio: ["ignore", "ignore", "inherit"] });
  return (performance.now() - started) / 1000;
}

/** Bytes of the files under `dir` (not following links, skipping node_modules). */
function bytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytes(full) : statSync(full).size;
  }
  return total;
}
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;

const thirdParty = [
  "typescript",
  "@types/node",
  "undici-types",
  "re2js",
  "@standard-schema/spec",
  "jsonc-parser",
  "jmespath",
  "yaml",
];
execFileSync(
  "npm",
  [
    "pack",
    "--ignore-scripts",
    "--silent",
    "--pack-destination",
    tarballs,
    ...["validation", "shorthand", "cli"].map((p) => path.join(root, "packages", p)),
    ...thirdParty.map((p) => path.join(root, "node_modules", p)),
  ],
  { stdio: ["ignore", "ignore", "inherit"] },
);
const runtimeTarballs = readdirSync(tarballs).map((f) => path.join(tarballs, f));

for (const service of services) {
  const out = path.join(tmp, service);
  const generate = timed(
    process.execPath,
    [
      path.join(root, "generators/cli/bin/shapekit.js"),
      "generate",
      "--model",
      path.join(data, service),
      "--out",
      out,
    ],
    tmp,
  );
  const install = timed(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...runtimeTarballs],
    out,
  );
  const build = timed("npm", ["run", "build"], out);
  console.log(
    `${service}: generate ${generate.toFixed(1)} s, npm install ${install.toFixed(1)} s, npm run build ${build.toFixed(1)} s`,
  );
  const folders = JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")).workspaces;
  const packDir = path.join(tmp, `${service}-packs`);
  mkdirSync(packDir);
  execFileSync(
    "npm",
    [
      "pack",
      "--ignore-scripts",
      "--silent",
      "--pack-destination",
      packDir,
      ...folders.map((f) => path.join(out, f)),
    ],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  for (const folder of folders) {
    const dir = path.join(out, folder);
    const name = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).name;
    const tarball = readdirSync(packDir).find((f) =>
      f.startsWith(name.slice(1).replace("/", "-") + "-"),
    );
    console.log(
      `  ${folder}: src ${mb(bytes(path.join(dir, "src")))}, dist ${mb(bytes(path.join(dir, "dist")))}, tarball ${mb(statSync(path.join(packDir, tarball)).size)}`,
    );
  }
}
if (keep) console.log(`kept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
