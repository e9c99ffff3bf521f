// On Node.js the parsing libraries load on first use (jsonc-library-node.ts,
// yaml-library-node.ts, jmespath-library-node.ts): importing the runtime, reading a well-formed
// JSON cli-input or taking global options without `--query` must not pay for them. Checked in a fresh process on the built package, as users import it, with
// any ES-module import of the libraries made to fail (a static import would break it). The
// response formatters' width table (get-east-asian-width) is loaded with them, by `runCommand`
// when it prints a response: never by the import either.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));

const forbid = `
export async function resolve(specifier, context, next) {
  if (/^(yaml|jsonc-parser|jmespath|get-east-asian-width)(\\/|$)/.test(specifier)) throw new Error(specifier + " imported eagerly");
  return next(specifier, context);
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(forbid))});`;
const hook = `data:text/javascript,${encodeURIComponent(register)}`;

/** Runs `body` after importing the built runtime; which of the libraries were then loaded. */
function run(body: string): { loaded: string[]; output: unknown } {
  const script = `
    import { createRequire } from "node:module";
    const cli = await import(${JSON.stringify(built)});
    ${body}
    const files = Object.keys(createRequire(import.meta.url).cache);
    const loaded = ["yaml", "jsonc-parser", "jmespath"].filter((name) =>
      files.some((f) => f.includes("/node_modules/" + name + "/")));
    console.log(JSON.stringify({ loaded, output: globalThis.output ?? null }));`;
  const r = spawnSync(process.execPath, ["--import", hook, "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { loaded: string[]; output: unknown };
}

describe("the cli-input parsing libraries on Node.js", () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npx tsc -b packages/cli`.
    if (!existsSync(built)) throw new Error(`${built} is missing: build packages/cli`);
  });

  it("are not loaded by importing the runtime or by a well-formed JSON document", () => {
    const r = run(`globalThis.output = cli.loadCliInput("--cli-input-json", '{"A": 1}');`);
    expect(r).toEqual({ loaded: [], output: { ok: true, value: { A: 1 } } });
  });

  it("jsonc-parser loads to place a JSON syntax error", () => {
    const r = run(`globalThis.output = cli.loadCliInput("--cli-input-json", '{"A": }').error;`);
    expect(r.loaded).toEqual(["jsonc-parser"]);
    expect(r.output).toMatchObject({ line: 1, column: 7 });
  });

  it("yaml loads to read a YAML document", () => {
    const r = run(`globalThis.output = cli.loadCliInput("--cli-input-yaml", "A: 1\\nB: [x]\\n");`);
    expect(r).toEqual({ loaded: ["yaml"], output: { ok: true, value: { A: 1, B: ["x"] } } });
  });

  it("jmespath loads to check a --query, and only then", () => {
    const without = run(`globalThis.output = cli.takeGlobalOptions(["--region", "us-east-1"]).ok;`);
    expect(without).toEqual({ loaded: [], output: true });
    const r = run(`globalThis.output = cli.takeGlobalOptions(["--query", "[[["]).error.message;`);
    expect(r.loaded).toEqual(["jmespath"]);
    expect(r.output).toMatch(/^argument --query: "\[\[\[" is not a JMESPath expression: /);
  });
});
