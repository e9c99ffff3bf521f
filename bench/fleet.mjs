// The fleet row of issue 14: every service of the installed botocore (424 in botocore 1.43.11)
// generated with one command, `shapekit generate --model <botocore data> --service '*' --out
// <tmp>`, cold (SHAPEKIT_NO_CACHE=1): wall time, CPU time, peak RSS of the process (its prettier
// workers are threads of it), services generated and failed. Reads the installed Python
// botocore; without it the row says so. `node bench/fleet.mjs` runs it alone.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { botocoreDataDir } from "../scripts/botocore-data.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// Run in the child: the command in-process, then its resource usage as one JSON line on fd 3.
const CHILD = `
import { writeSync } from "node:fs";
const { runCli } = await import(process.argv[1]);
const started = performance.now();
let services = "";
const io = { cwd: process.argv[2], stdout: (t) => (services += t), stderr: () => {} };
const code = await runCli(["generate", "--model", process.argv[3], "--out", "out", "--service", "*"], io);
const usage = process.resourceUsage();
const summary = services.match(/(\\d+) service\\(s\\), (\\d+) generated(?:, (\\d+) failed)?/);
writeSync(3, JSON.stringify({
  code,
  wallMs: performance.now() - started,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  peakRssMb: Math.round(usage.maxRSS / 1024),
  services: summary ? Number(summary[1]) : 0,
  failed: summary ? Number(summary[3] ?? 0) : 0,
}) + "\\n");
`;

/** The fleet's figures, or `{ skipped }` without botocore. */
export function fleetFigures() {
  const data = process.env.SHAPEKIT_BOTOCORE_DATA ?? botocoreDataDir();
  if (!data) return { skipped: "no botocore data folder (python3 -c 'import botocore')" };
  const dir = mkdtempSync(path.join(tmpdir(), "shapekit-fleet-"));
  try {
    const cli = pathToFileURL(path.join(root, "generators/cli/dist/index.js")).href;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, cli, dir, data], {
      cwd: dir,
      env: { ...process.env, SHAPEKIT_NO_CACHE: "1" },
      stdio: ["ignore", "ignore", "inherit", "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const line = (r.output?.[3] ?? "").trim();
    if (!line) return { skipped: `the generation exited ${r.status} without figures` };
    return JSON.parse(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log("fleet: every botocore service, one `shapekit generate --service '*'` run");
  const f = fleetFigures();
  if (f.skipped) console.log(`  skipped: ${f.skipped}`);
  else
    console.log(
      `  ${f.services} services, ${f.failed} failed: ${(f.wallMs / 1000).toFixed(1)} s wall, ${(f.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${f.peakRssMb} MB`,
    );
}
