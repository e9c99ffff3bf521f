// shapekit-build with entry points: JavaScript as entries and shared chunks, declarations per
// module, other packages left as imports.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildPackage, formatProblem } from "../src/index.js";
import { entryPoints } from "../src/entry-points.js";
import { packageWith } from "./package-folders.js";

const MANIFEST = JSON.stringify({
  name: "ops",
  type: "module",
  exports: {
    ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
    "./ops/*": { types: "./dist/ops/*.d.ts", node: { default: "./dist/ops/*.js" } },
    "./data.json": "./data.json",
  },
});

// Every module that reaches `shared.ts` must see the one instance: its counter counts loads.
const PACKAGE = {
  "package.json": MANIFEST,
  "src/index.ts": `export { a } from "./ops/a.js";\nexport { b } from "./ops/b.js";\n`,
  "src/ops/a.ts": `import { shared, type Shared } from "../shared/state.js";\nexport const a: Shared = shared;\n`,
  "src/ops/b.ts": `import path from "node:path";\nimport { shared, type Shared } from "../shared/state.js";\nexport const b: Shared = shared;\nexport const sep: string = path.sep;\n`,
  "src/shared/state.ts": `const g = globalThis as { __loads?: number };\ng.__loads = (g.__loads ?? 0) + 1;\nexport interface Shared { readonly loads: number }\nexport const shared: Shared = { loads: g.__loads };\n`,
};

describe("bundled entry points", () => {
  it("writes the same files wherever it is run from: module comments name paths in the package", async () => {
    const dir = packageWith(PACKAGE);
    expect(await buildPackage(dir)).toMatchObject({ ok: true });
    const chunks = readdirSync(path.join(dir, "dist/chunks")).map((f) =>
      readFileSync(path.join(dir, "dist/chunks", f), "utf8"),
    );
    const comments = chunks.join("").match(/^\/\/ .*\.ts$/gm) ?? [];
    expect(comments).toContain("// src/shared/state.ts");
    // Not relative to the process's folder (the tests run from the repository's root).
    expect(comments.filter((c) => c.includes(path.basename(dir)) || c.includes(".."))).toEqual([]);
  });

  it("writes an entry per exported module and shared chunks; each module is evaluated once", async () => {
    const dir = packageWith(PACKAGE);
    const result = await buildPackage(dir);
    expect(result).toMatchObject({ ok: true, modules: 4 });
    expect(existsSync(path.join(dir, "dist/index.js"))).toBe(true);
    expect(existsSync(path.join(dir, "dist/ops/a.js"))).toBe(true);
    // The shared module lives in a chunk, not a file of its own; its declarations do.
    expect(existsSync(path.join(dir, "dist/shared/state.js"))).toBe(false);
    expect(readFileSync(path.join(dir, "dist/shared/state.d.ts"), "utf8")).toContain(
      "export declare const shared: Shared;",
    );
    const chunks = readdirSync(path.join(dir, "dist/chunks")).map((f) =>
      readFileSync(path.join(dir, "dist/chunks", f), "utf8"),
    );
    expect(chunks.filter((text) => text.includes("__loads")).length).toBe(1);
    // Built-ins stay imports.
    const outputs = readdirSync(path.join(dir, "dist"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(path.join(dir, "dist", f), "utf8"));
    expect(outputs.some((text) => /from "node:path"/.test(text))).toBe(true);

    const url = (f: string) => pathToFileURL(path.join(dir, "dist", f)).href;
    const a = (await import(url("ops/a.js"))) as { a: { loads: number } };
    const b = (await import(url("ops/b.js"))) as { b: { loads: number } };
    const index = (await import(url("index.js"))) as { a: unknown; b: unknown };
    expect(a.a).toBe(b.b);
    expect(index.a).toBe(a.a);
    expect((globalThis as { __loads?: number }).__loads).toBe(1);
  });

  it("leaves other packages' imports alone, and reports a missing module at its import", async () => {
    const dir = packageWith({
      ...PACKAGE,
      "src/ops/a.ts": `import { parse } from "some-parser";\nimport { gone } from "../gone.js";\nexport const a: unknown = [parse, gone];\n`,
    });
    const result = await buildPackage(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => formatProblem(p))).toEqual([
      "src/ops/a.ts:2:22: Could not resolve '../gone.js'",
    ]);
    expect(existsSync(path.join(dir, "dist"))).toBe(false);

    writeFileSync(path.join(dir, "src/ops/a.ts"), `export { parse as a } from "some-parser";\n`);
    expect(await buildPackage(dir)).toMatchObject({ ok: true });
    const outputs = readdirSync(path.join(dir, "dist"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".js"))
      .map((f) => readFileSync(path.join(dir, "dist", f), "utf8"));
    expect(outputs.some((text) => /from "some-parser"/.test(text))).toBe(true);
  });

  it("reports a syntax error once, though both the declarations and the bundle meet it", async () => {
    const dir = packageWith({ ...PACKAGE, "src/ops/b.ts": "export const b: number = (1 +;\n" });
    const result = await buildPackage(dir);
    expect(!result.ok && result.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      "src/ops/b.ts:1",
    ]);
  });

  it("joins small shared modules into fewer chunks; each still runs once, after what it imports", async () => {
    // Four operations over five small shared modules, each shared by a different set of them:
    // one chunk per set would be five files. `table.ts` reads the others at its top level.
    const uses: Record<string, string[]> = {
      w: ["s1", "s2", "s3", "table"],
      x: ["s1", "s2", "s4"],
      y: ["s2", "s3", "s5"],
      z: ["s1", "s5", "table"],
    };
    const files: Record<string, string> = {
      "package.json": JSON.stringify({
        name: "ops",
        type: "module",
        exports: { "./ops/*": { types: "./dist/ops/*.d.ts", default: "./dist/ops/*.js" } },
      }),
      "src/order.ts": `export const order: string[] = ((globalThis as { __order?: string[] }).__order ??= []);\n`,
      "src/table.ts": `import { order } from "./order.js";\nimport { s1 } from "./s1.js";\nimport { s5 } from "./s5.js";\norder.push("table");\nexport const table: string[] = [s1, s5];\n`,
    };
    for (const s of ["s1", "s2", "s3", "s4", "s5"])
      files[`src/${s}.ts`] =
        `import { order } from "./order.js";\norder.push("${s}");\nexport const ${s}: string = "${s}";\n`;
    for (const [op, names] of Object.entries(uses))
      files[`src/ops/${op}.ts`] =
        names.map((n) => `import { ${n} } from "../${n}.js";\n`).join("") +
        `export const ${op}: unknown[] = [${names.join(", ")}];\n`;
    const dir = packageWith(files);
    expect(await buildPackage(dir)).toMatchObject({ ok: true });
    const chunks = readdirSync(path.join(dir, "dist/chunks"));
    expect(chunks.length).toBeLessThan(5);

    const loaded: Record<string, unknown> = {};
    for (const op of Object.keys(uses))
      Object.assign(loaded, await import(pathToFileURL(path.join(dir, `dist/ops/${op}.js`)).href));
    expect(loaded.w).toEqual(["s1", "s2", "s3", ["s1", "s5"]]);
    expect(loaded.z).toEqual(["s1", "s5", ["s1", "s5"]]);
    const order = (globalThis as { __order?: string[] }).__order!;
    expect([...order].sort()).toEqual(["s1", "s2", "s3", "s4", "s5", "table"]);
    expect(order.indexOf("table")).toBeGreaterThan(order.indexOf("s5"));
  });

  it("leaves the chunks to rolldown when a module imports dynamically", async () => {
    const dir = packageWith({
      ...PACKAGE,
      "src/ops/b.ts": `import { shared, type Shared } from "../shared/state.js";\nexport const b: Shared = shared;\nexport const later = (): Promise<unknown> => import("../shared/later.js");\n`,
      "src/shared/later.ts": `export const later: string = "later";\n`,
    });
    expect(await buildPackage(dir)).toMatchObject({ ok: true });
    const b = (await import(pathToFileURL(path.join(dir, "dist/ops/b.js")).href)) as {
      later: () => Promise<{ later: string }>;
    };
    expect((await b.later()).later).toBe("later");
  });

  it("bundle: false writes one file per module, as a package without entry points gets", async () => {
    const dir = packageWith(PACKAGE);
    expect(await buildPackage(dir, { bundle: false })).toMatchObject({ ok: true, written: 8 });
    expect(existsSync(path.join(dir, "dist/shared/state.js"))).toBe(true);
    expect(existsSync(path.join(dir, "dist/chunks"))).toBe(false);
  });
});

describe("a runtime's build (--js-only)", () => {
  it("keeps the package's own # imports for Node.js to resolve, each target an entry of its own", async () => {
    const dir = packageWith({
      "package.json": JSON.stringify({
        type: "module",
        exports: { ".": "./dist/index.js" },
        imports: { "#engine": { node: "./dist/engine-node.js", default: "./dist/engine.js" } },
      }),
      "src/index.ts": `import { engine } from "#engine";\nexport const which = (): string => engine;\n`,
      "src/engine.ts": `export const engine: string = "portable";\n`,
      "src/engine-node.ts": `export const engine: string = "node";\n`,
    });
    expect(await buildPackage(dir, { declarations: false })).toMatchObject({
      ok: true,
      written: 3,
    });
    expect(readFileSync(path.join(dir, "dist/index.js"), "utf8")).toMatch(/from "#engine"/);
    expect(existsSync(path.join(dir, "dist/index.d.ts"))).toBe(false);
    const loaded = (await import(pathToFileURL(path.join(dir, "dist/index.js")).href)) as {
      which: () => string;
    };
    expect(loaded.which()).toBe("node");
  });
});

describe("entryPoints", () => {
  const modules = ["index.ts", "bin.ts", "ops/a.ts", "ops/b.ts", "ops/deep/c.ts", "shared/s.ts"];
  const withManifest = (manifest: unknown, files: Record<string, string> = {}) =>
    packageWith({ "package.json": JSON.stringify(manifest), ...files });

  it("takes what exports, imports and bin reach in the output folder, and what a bin script imports", () => {
    const dir = withManifest(
      {
        exports: { ".": "./dist/index.js", "./ops/*": { import: ["./dist/ops/*.js"] } },
        imports: { "#s": { node: "./dist/shared/s.js", default: "./src/shared/s.ts" } },
        bin: { tool: "./bin/tool.js", other: "./bin/missing.js", outside: "../x.js" },
      },
      { "bin/tool.js": '#!/usr/bin/env node\nimport "../dist/bin.js";\nimport "node:fs";\n' },
    );
    expect(entryPoints(dir, modules, "dist")).toEqual([
      "bin.ts",
      "index.ts",
      "ops/a.ts",
      "ops/b.ts",
      "ops/deep/c.ts",
      "shared/s.ts",
    ]);
    // Only what is named: a module nothing names is no entry point.
    expect(entryPoints(withManifest({ exports: "./dist/index.js" }), modules, "dist")).toEqual([
      "index.ts",
    ]);
  });

  it("none without a manifest, or one that names nothing; a hostile manifest stays cheap", () => {
    expect(entryPoints(packageWith({}), modules, "dist")).toEqual([]);
    expect(
      entryPoints(
        withManifest(
          { name: "x", bin: "./bin/huge.js" },
          { "bin/huge.js": `import "../dist/bin.js";${" ".repeat(70_000)}` },
        ),
        modules,
        "dist",
      ),
    ).toEqual([]);
    expect(entryPoints(packageWith({ "package.json": "{ not json" }), modules, "dist")).toEqual([]);
    let deep: unknown = "./dist/shared/s.js";
    for (let i = 0; i < 2_000; i++) deep = { node: deep };
    // Nested past any real manifest: not followed.
    expect(
      entryPoints(withManifest({ exports: deep, main: "./dist/index.js" }), modules, "dist"),
    ).toEqual(["index.ts"]);
  });
});
