// `shapekit ast` and `--help` must start fast: they may not load the emitters' heavy
// dependencies. The bin runs with a module hook that makes ts-morph, prettier and handlebars
// unresolvable, so any attempt to load them fails the command.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { temporaryFolders } from "./temp-folders.js";

const bin = fileURLToPath(new URL("../bin/shapekit.js", import.meta.url));
const built = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/weather/weather.smithy", import.meta.url));

const forbid = `
export async function resolve(specifier, context, next) {
  if (/^(ts-morph|prettier|handlebars)(\\/|$)/.test(specifier)) throw new Error("forbidden at start-up: " + specifier);
  return next(specifier, context);
}`;
const register = `import { register } from "node:module"; register(${JSON.stringify("data:text/javascript," + encodeURIComponent(forbid))});`;
const hook = `data:text/javascript,${encodeURIComponent(register)}`;

function shapekit(args: string[], options: { cwd?: string; hooked?: boolean } = {}) {
  const hooked = options.hooked ?? true;
  return spawnSync(process.execPath, [...(hooked ? ["--import", hook] : []), bin, ...args], {
    encoding: "utf8",
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
}

const tempDir = temporaryFolders("startup");

describe("start-up cost (built bin)", () => {
  beforeAll(() => {
    // `npm test` builds first; running this file alone needs `npx tsc -b generators/cli`.
    if (!existsSync(built))
      throw new Error(
        `${built} is missing: build with \`npx tsc -b generators/cli\` (npm test does)`,
      );
  });

  it("the hook really forbids the heavy modules", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", hook, "--input-type=module", "-e", "await import('prettier')"],
      { encoding: "utf8" },
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("forbidden at start-up: prettier");
  });

  it("ast and --help never load ts-morph, prettier or handlebars", () => {
    const ast = shapekit(["ast", fixture]);
    expect(ast.stderr).toBe("");
    expect(ast.status).toBe(0);
    expect(JSON.parse(ast.stdout) as unknown).toMatchObject({ smithy: "2.0" });
    expect(shapekit(["--help"]).status).toBe(0);
    expect(shapekit(["generate", "--help"]).status).toBe(0);
  });

  it("generate --check with nothing changed never loads them either", () => {
    // A project as after \`npm install\`: the format cache (in node_modules) records the
    // generation, so the check is answered from hashes and must not pay for the emitters.
    const dir = tempDir();
    writeFileSync(path.join(dir, "package.json"), "{}\n");
    mkdirSync(path.join(dir, "node_modules"));
    cpSync(path.dirname(fixture), path.join(dir, "spec"), { recursive: true });
    const generated = shapekit(["generate"], { cwd: dir, hooked: false });
    expect(generated.stderr).toBe("");
    expect(generated.status).toBe(0);
    const check = shapekit(["generate", "--check"], { cwd: dir });
    expect(check.stderr).toBe("");
    expect(check.stdout).toContain("up to date");
    expect(check.status).toBe(0);
  });

  it("the bin is the workspace's `shapekit` (npx shapekit works at the root)", () => {
    const out = execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(out).toContain("shapekit generate");
  });
});
