// CI TEST, PACKS AND INSTALLS (about 30–60 s): generated packages stand on their own, outside
// this repository. It generates the kitchen fixture's packages (a botocore service-2.json) in a
// temporary folder with a user's scope, version and license, installs the runtimes there from
// `npm pack` tarballs, builds them with `npm run build` (and type-checks them with `npm run
// typecheck`) as a user would, packs them too, installs
// every tarball into a scratch project (real folders, no workspace links, `npm install --offline`:
// third-party packages are packed from this repository's node_modules, so no registry is needed),
// compiles a program with `tsc --strict` that imports the four packages and runs it.

import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configForModel } from "../generators/cli/src/config.js";
import { generate } from "../generators/cli/src/generate.js";
import { readManifest, readTsconfig } from "./support/json-documents.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const kitchen = path.join(root, "generators/cli/test/fixtures/kitchen/service-2.json");
const RUNTIMES = ["validation", "shorthand", "cli"].map((p) => path.join(root, "packages", p));
/** What `npm run build` of a generated package runs (`shapekit-build`). */
const BUILD_TOOL = path.join(root, "packages/build");
const KINDS = ["types", "validators", "shorthand", "cli-skeleton"];
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const tmp = mkdtempSync(path.join(os.tmpdir(), "shapekit-standalone-"));
const out = path.join(tmp, "out");
const tarballs = path.join(tmp, "tarballs");
const app = path.join(tmp, "app");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a command, returns its stdout; on failure the error carries stdout and stderr. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      // npm must not find this repository's settings or workspace above the scratch folders.
      env: { ...process.env, npm_config_workspaces: undefined, ...env },
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(" ")} (in ${cwd}) failed: ${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}`,
      { cause: e },
    );
  }
}

/** `npm pack` of folders into `tarballs`, scripts off (the runtimes are built by `npm test` first). */
function pack(folders: readonly string[]): void {
  run(
    npm,
    ["pack", "--ignore-scripts", "--silent", "--pack-destination", tarballs, ...folders],
    tmp,
  );
}

/**
 * The third-party packages the runtimes and the build need, with their own dependencies, as
 * installed in this repository: packed from there, so the scratch installs need no registry.
 * Each is found as Node.js finds it from the package that depends on it (its own
 * `node_modules` first, then each folder above): the build's rolldown may be another version
 * than the one hoisted to the root for other tools, and a fresh npm cache cannot fill the gap.
 */
function thirdPartyFolders(): string[] {
  const wanted: Array<{ name: string; from: string }> = [
    { name: "typescript", from: root },
    { name: "@types/node", from: root },
  ];
  const dependenciesOf = (folder: string, names: readonly string[]) =>
    names.filter((n) => !n.startsWith("@shapekit/")).map((name) => ({ name, from: folder }));
  for (const runtime of [...RUNTIMES, BUILD_TOOL])
    wanted.push(
      ...dependenciesOf(
        runtime,
        Object.keys(readManifest(path.join(runtime, "package.json")).dependencies ?? {}),
      ),
    );
  const folders = new Map<string, string>();
  while (wanted.length > 0) {
    const { name, from } = wanted.pop()!;
    const folder = installedFolder(name, from);
    if (folder === undefined) {
      // Native code comes as optional dependencies, one per platform: those installed here.
      if (name.startsWith("?")) continue;
      throw new Error(`${name} (needed by ${from}) is not installed: run npm ci`);
    }
    const previous = folders.get(name.replace(/^\?/, ""));
    if (previous !== undefined) {
      if (previous !== folder && version(previous) !== version(folder))
        throw new Error(`two versions of ${name} are needed: ${previous} and ${folder}`);
      continue;
    }
    folders.set(name.replace(/^\?/, ""), folder);
    const manifest = readManifest(path.join(folder, "package.json"));
    wanted.push(
      ...dependenciesOf(folder, Object.keys(manifest.dependencies ?? {})),
      ...dependenciesOf(
        folder,
        Object.keys(manifest.optionalDependencies ?? {}).map((n) => `?${n}`),
      ),
    );
  }
  return [...folders.values()];
}

/** Where Node.js finds package `name` (a leading `?`: optional) from `from`, up to the root. */
function installedFolder(name: string, from: string): string | undefined {
  const bare = name.replace(/^\?/, "");
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", bare);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.relative(root, dir) === "" || path.dirname(dir) === dir) return undefined;
  }
}

const version = (folder: string) => readManifest(path.join(folder, "package.json")).version;

const PROGRAM = `import type { CreateOrderRequest } from "@acme/kitchen-types";
import { validateCreateOrderRequest } from "@acme/kitchen-validators";
import { parseShorthand } from "@shapekit/shorthand";
import { parseArgument } from "@acme/kitchen-shorthand";
import { generateCliSkeleton } from "@acme/kitchen-cli-skeleton";
import { validateInput } from "@acme/kitchen-validators/operations/CreateOrder";

const order: CreateOrderRequest = { OrderName: "lunch", Dishes: [{ DishName: "soup" }] };
const bad = validateCreateOrderRequest({ OrderName: "lunch", Dishes: [] });
console.log(JSON.stringify({
  valid: validateCreateOrderRequest(order).ok && validateInput(order).ok,
  issues: bad.ok ? [] : bad.issues.map((issue) => issue.path),
}));
console.log(JSON.stringify(parseShorthand("a=b,c=[1,2]")));
console.log(JSON.stringify(parseArgument("create-order", "--dishes", ["DishName=soup,Portions=2"])));
console.log(generateCliSkeleton("create-order", "input"));
`;

describe("generated packages outside the repository (CI: npm pack, npm install --offline, tsc --strict)", () => {
  beforeAll(async () => {
    for (const runtime of [...RUNTIMES, BUILD_TOOL]) {
      if (!existsSync(path.join(runtime, "dist/index.js")))
        throw new Error(`${runtime} is not built: run npm test (it builds first) or npm run build`);
    }
    const result = await generate({
      config: configForModel({
        modelFiles: [kitchen],
        outDir: out,
        projectDir: tmp,
        npmScope: "@acme",
        version: "1.2.3",
        license: "MIT",
      }),
    });
    if (!result.ok) throw new Error(result.report);
    mkdirSync(tarballs);
    pack([...RUNTIMES, BUILD_TOOL, ...thirdPartyFolders()]);
  }, 120_000);

  it("writes self-contained packages: nothing refers outside them, no turbo, the compiler as a devDependency", () => {
    const folders = KINDS.map((kind) => `kitchen-${kind}`);
    expect(readdirSync(out).sort()).toEqual([...folders, "package.json"].sort());
    for (const folder of folders) {
      const dir = path.join(out, folder);
      expect(existsSync(path.join(dir, "turbo.json"))).toBe(false);
      const tsconfig = readTsconfig(path.join(dir, "tsconfig.json"));
      expect(tsconfig.extends).toBeUndefined();
      expect(tsconfig.references).toBeUndefined();
      expect(tsconfig.compilerOptions?.strict).toBe(true);
      const manifest = readManifest(path.join(dir, "package.json"));
      expect(manifest).toMatchObject({
        name: `@acme/${folder}`,
        version: "1.2.3",
        license: "MIT",
        engines: { node: ">=20" },
        types: "./dist/index.d.ts",
        scripts: { build: "shapekit-build", typecheck: "tsc --noEmit" },
      });
      expect(manifest.devDependencies?.typescript).toMatch(/^\^5\./);
      expect(manifest.devDependencies?.["@shapekit/build"]).toMatch(/^\^\d+\.\d+\.\d+$/);
      for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        // Runtimes by a caret range, siblings by their exact version: never `*` or a workspace link.
        expect(range, name).toMatch(
          name.startsWith("@shapekit/") ? /^\^\d+\.\d+\.\d+$/ : /^1\.2\.3$/,
        );
      }
      // Links in the README lead somewhere outside this repository too.
      expect(readFileSync(path.join(dir, "README.md"), "utf8")).not.toMatch(/\]\(\.\.\//);
      const banner = readFileSync(path.join(dir, "README.md"), "utf8").split("\n")[0];
      expect(banner).toBe(
        "<!-- Generated by ShapeKit from service-2.json. Do not edit: regenerate with `npx shapekit generate" +
          ` --model ${path.relative(tmp, kitchen)} --out out --scope @acme --package-version 1.2.3 --license MIT\`. -->`,
      );
      expect(readFileSync(path.join(dir, "src/index.ts"), "utf8").split("\n")[0]).toBe(
        "// Generated by ShapeKit from service-2.json. Do not edit: README.md says how to regenerate it.",
      );
    }
  });

  it("builds with npm install && npm run build in the output, packs, installs into a project and runs there", () => {
    const runtimeTarballs = readdirSync(tarballs).map((f) => path.join(tarballs, f));
    run(
      npm,
      ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...runtimeTarballs],
      out,
    );
    run(npm, ["run", "build"], out);
    // The build does not type-check; the packages' own script does, against the builds.
    run(npm, ["run", "typecheck"], out);
    pack(KINDS.map((kind) => path.join(out, `kitchen-${kind}`)));
    const generatedTarballs = readdirSync(tarballs).filter((f) => f.startsWith("acme-kitchen-"));
    expect(generatedTarballs.sort()).toEqual(
      KINDS.map((kind) => `acme-kitchen-${kind}-1.2.3.tgz`).sort(),
    );

    mkdirSync(path.join(app, "src"), { recursive: true });
    writeFileSync(
      path.join(app, "package.json"),
      JSON.stringify({ name: "scratch-app", private: true, type: "module" }),
    );
    writeFileSync(path.join(app, "src/main.ts"), PROGRAM);
    writeFileSync(
      path.join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          // A demanding user's settings: the packages' declarations must hold under them too.
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noPropertyAccessFromIndexSignature: true,
          skipLibCheck: false,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          types: ["node"],
          rootDir: "src",
          outDir: "dist",
        },
        include: ["src"],
      }),
    );
    // Everything but the compiler, which the build in the output already installed from its tarball.
    const all = readdirSync(tarballs)
      .filter((f) => !f.startsWith("typescript-"))
      .map((f) => path.join(tarballs, f));
    run(npm, ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", ...all], app);
    // Installed as published: real folders, not links into the output or this repository.
    for (const name of ["@acme/kitchen-types", "@acme/kitchen-cli-skeleton", "@shapekit/cli"]) {
      expect(lstatSync(path.join(app, "node_modules", name)).isSymbolicLink(), name).toBe(false);
    }
    run(
      process.execPath,
      [path.join(out, "node_modules/typescript/bin/tsc"), "--strict", "-p", app],
      app,
    );
    const lines = run(process.execPath, ["dist/main.js"], app).split("\n");
    expect(JSON.parse(lines[0]!)).toEqual({ valid: true, issues: ["Dishes"] });
    expect(JSON.parse(lines[1]!)).toEqual({ a: "b", c: ["1", "2"] });
    expect(JSON.parse(lines[2]!)).toEqual({ ok: true, value: [{ DishName: "soup", Portions: 2 }] });
    expect(JSON.parse(lines.slice(3).join("\n"))).toMatchObject({
      OrderName: "",
      Dishes: [{ DishName: "" }],
    });

    const bin = path.join(app, "node_modules/.bin/shapekit-kitchen");
    expect(run(bin, ["--version"], app)).toBe("shapekit-kitchen 1.2.3\n");
    // The kitchen's waiters-2.json: a `wait` command of the installed bin.
    expect(JSON.parse(run(bin, ["wait", "order-served", "--order-name", "dinner"], app))).toEqual({
      OrderName: "dinner",
    });
    // CommonJS callers: Node.js with require(esm) loads the package; without it, a clear error.
    if (!(process.features as { require_module?: boolean }).require_module) return;
    const required = run(
      process.execPath,
      ["-e", 'console.log(typeof require("@acme/kitchen-validators").validateCreateOrderRequest)'],
      app,
    );
    expect(required).toBe("function\n");
    const old = run(
      process.execPath,
      [
        "--no-experimental-require-module",
        "-e",
        'try { require("@acme/kitchen-types") } catch (e) { console.log(e.code + ": " + e.message) }',
      ],
      app,
    );
    expect(old).toContain("ERR_REQUIRE_ESM: @acme/kitchen-types is an ES module");
    expect(old).toContain('await import("@acme/kitchen-types")');
  }, 180_000);
});
