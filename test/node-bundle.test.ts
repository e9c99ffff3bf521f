// The runtimes bundled for Node.js, as a tool that ships one file would (esbuild,
// `platform: "node"`, no node_modules beside the bundle). On Node.js without a bundler the
// linear-time regex engine and the cli-input parsers load on first use, through a require a
// bundler cannot follow; bundlers take the packages' "module" condition instead, which imports
// them statically. The bundle must hold them and use them: a pattern that needs re2js, a YAML
// document, a JSON syntax error placed by jsonc-parser.

import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "shapekit-node-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRY = `
import { compilePattern } from "@shapekit/validation";
import { loadCliInput } from "@shapekit/cli";
const pattern = compilePattern("^(a+)+$");
console.log(JSON.stringify({
  pattern: [pattern.test("aaa"), pattern.test("a".repeat(3000) + "b")],
  yaml: loadCliInput("--cli-input-yaml", "A: [1, 2]\\n"),
  json: loadCliInput("--cli-input-json", '{"A": }').error,
}));`;

describe("a Node.js bundle of the runtimes", () => {
  it("holds and uses the engines that load on first use without a bundler", async () => {
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: "js", sourcefile: "entry.js" },
      bundle: true,
      platform: "node",
      format: "cjs",
      // jsonc-parser's "main" is a UMD build bundlers cannot follow; its "module" is ESM.
      mainFields: ["module", "main"],
      target: "node20",
      write: false,
      logLevel: "silent",
    });
    const file = path.join(dir, "tool.cjs");
    writeFileSync(file, result.outputFiles[0]!.text);
    const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout) as unknown).toMatchObject({
      pattern: [true, false],
      yaml: { ok: true, value: { A: [1, 2] } },
      json: { line: 1, column: 7 },
    });
  });
});
