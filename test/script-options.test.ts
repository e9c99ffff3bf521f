// The repository's scripts answer a mistyped option with one line and exit status 2, and
// `--help` with their usage, before they look for botocore, Python or a build.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" });

describe.each(["scripts/conformance-awscli.mjs", "scripts/sweep-models.mjs"])("%s", (script) => {
  it("names a mistyped option in one line and exits 2", () => {
    const r = run(script, "--no-such-option");
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: Unknown option '--no-such-option'.* \(--help for the options\)$/);
    expect(lines[0]!.startsWith(`${script}: `)).toBe(true);
    expect(r.stdout).toBe("");
  });

  it("prints its header comment for --help and exits 0", () => {
    const r = run(script, "--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--services/);
    expect(r.stdout).not.toMatch(/^\/\//m);
  });
});
