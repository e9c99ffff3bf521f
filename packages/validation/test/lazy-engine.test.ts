// re2js is loaded on Node.js only when a pattern needs it (re2-engine-node.ts): importing the
// runtime, or a validator whose patterns all run on V8's RegExp, must not pay for its Unicode
// tables. Checked in a fresh process on the built package, as users import it.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));

// Makes any ES-module import of re2js fail: a static import would break the runtime's import.
const forbid = `
export async function resolve(specifier, context, next) {
  if (/^re2js(\\/|$)/.test(specifier)) throw new Error("re2js imported eagerly");
  return next(specifier, context);
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(forbid))});`;
const hook = `data:text/javascript,${encodeURIComponent(register)}`;

/**
 * Runs `body` after importing the built runtime, with ES-module imports of re2js forbidden;
 * says whether re2js was loaded (by require, the lazy path).
 */
function run(body: string): { loaded: boolean; output: string } {
  const script = `
    import { createRequire } from "node:module";
    const v = await import(${JSON.stringify(built)});
    ${body}
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((f) => /[\\\\/]re2js[\\\\/]/.test(f));
    console.log(JSON.stringify({ loaded, output: globalThis.output ?? "" }));`;
  const r = spawnSync(process.execPath, ["--import", hook, "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { loaded: boolean; output: string };
}

describe("the re2js engine on Node.js", () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npx tsc -b packages/validation`.
    if (!existsSync(built)) throw new Error(`${built} is missing: build packages/validation`);
  });

  it("is not loaded by importing the runtime or by patterns V8 runs safely", () => {
    const r = run(`
      const m = v.compilePattern("^[a-z0-9-]{1,63}$");
      globalThis.output = String(m.test("my-name")) + String(m.test("My Name"));`);
    expect(r).toEqual({ loaded: false, output: "truefalse" });
  });

  it("is loaded, and matches, the first time a pattern needs linear-time matching", () => {
    const r = run(`
      const m = v.compilePattern("^(a+)+$");
      globalThis.output = String(m.test("a".repeat(5000) + "b")) + String(m.test("aaa"));`);
    expect(r).toEqual({ loaded: true, output: "falsetrue" });
  });
});
