// shapekit-build: what it writes for a package, what it refuses, and what it leaves alone.
import fc from "fast-check";
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildPackage, formatProblem, OutputFolderError, RECORD_FILE } from "../src/index.js";
import { main } from "../src/main.js";
import { packageWith } from "./package-folders.js";

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

const SHAPES = `import type { Colour } from "./types.js";
/** The colours, in model order. */
export const COLOURS: string[] = ["red", "green"];
const SET: Set<unknown> = new Set<unknown>(COLOURS);
/** Whether \`v\` is a colour. */
export function isColour(v: unknown): v is Colour {
  return SET.has(v);
}
export { describe } from "./describe.js";
`;
const TYPES = `/** A colour. */\nexport type Colour = "red" | "green";\nexport interface Paint { readonly colour: Colour }\n`;
const DESCRIBE = `export function describe(v: unknown): string {\n  return typeof v === "string" ? v : "?";\n}\n`;

describe("buildPackage", () => {
  it("writes JavaScript that runs and declarations a consumer type-checks against, with maps", async () => {
    const dir = packageWith({
      "src/index.ts": SHAPES,
      "src/types.ts": TYPES,
      "src/nested/describe.ts": DESCRIBE,
      "src/describe.ts": `export { describe } from "./nested/describe.js";\n`,
    });
    const result = await buildPackage(dir, { sourceMaps: true });
    expect(result).toMatchObject({ ok: true, modules: 4, written: 16, unchanged: 0, deleted: 0 });

    const loaded = (await import(pathToFileURL(path.join(dir, "dist/index.js")).href)) as {
      COLOURS: string[];
      isColour: (v: unknown) => boolean;
      describe: (v: unknown) => string;
    };
    expect(loaded.COLOURS).toEqual(["red", "green"]);
    expect([loaded.isColour("red"), loaded.isColour("blue")]).toEqual([true, false]);
    expect(loaded.describe(1)).toBe("?");

    const declarations = read(dir, "dist/index.d.ts");
    expect(declarations).toContain("export declare const COLOURS: string[];");
    expect(declarations).toContain("export declare function isColour(v: unknown): v is Colour;");
    expect(declarations).toContain("/** Whether `v` is a colour. */");
    expect(declarations).not.toContain("SET.has");
    expect(read(dir, "dist/index.js")).not.toMatch(/import type|: string\[\]|v is Colour/);

    // A consumer compiles against the declarations, and a misuse of them does not.
    const consumer = (body: string) => {
      const file = path.join(dir, "consumer.ts");
      writeFileSync(
        file,
        `import { isColour } from "./dist/index.js";\nimport type { Paint } from "./dist/types.js";\n${body}\n`,
      );
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        types: [],
      });
      return ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    };
    writeFileSync(path.join(dir, "package.json"), `{ "type": "module" }\n`);
    expect(
      consumer(
        `const p: Paint = { colour: "red" };\nexport const ok: boolean = isColour(p.colour);`,
      ),
    ).toEqual([]);
    expect(consumer(`const p: Paint = { colour: "blue" };\nexport { p };`).join()).toContain(
      '"blue"',
    );

    // Source maps name the module as the output's folder reaches it, without its text.
    const map = JSON.parse(read(dir, "dist/nested/describe.js.map")) as Record<string, unknown>;
    expect(map).toMatchObject({
      version: 3,
      file: "describe.js",
      sources: ["../../src/nested/describe.ts"],
    });
    expect(map.sourcesContent).toBeUndefined();
    expect(read(dir, "dist/nested/describe.js")).toMatch(
      /\/\/# sourceMappingURL=describe\.js\.map\n$/,
    );
    expect(read(dir, "dist/nested/describe.d.ts")).toMatch(
      /\/\/# sourceMappingURL=describe\.d\.ts\.map\n$/,
    );
  });

  it("writes nothing when any module cannot be compiled, and names each problem's place", async () => {
    const dir = packageWith({
      "src/a.ts": SHAPES,
      "src/types.ts": TYPES,
      "src/describe.ts": DESCRIBE,
      // Inferred from a call: no declaration can be written from the text alone.
      "src/bad.ts": `// é\nexport const inferred = Math.max(1, 2);\n`,
      "src/broken.ts": `export const x: number = (1 +;\n`,
    });
    const result = await buildPackage(dir);
    if (result.ok) throw new Error("expected problems");
    const lines = result.problems.map((p) => formatProblem(p));
    expect(lines).toContainEqual(
      expect.stringMatching(/^src\/bad\.ts:2:14: .*explicit type annotation/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^src\/broken\.ts:1:\d+: /));
    expect(existsSync(path.join(dir, "dist"))).toBe(false);
  });

  it("places problems by line and character after any text (oxc counts UTF-8 bytes)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), { maxLength: 4 }),
        fc.nat({ max: 6 }),
        async (comments, indent) => {
          const prefix = comments
            .map((c) => `// ${c.replace(/[\r\n\u2028\u2029]/g, " ")}\n`)
            .join("");
          const text = `${prefix}${" ".repeat(indent)}export const x = Math.max(1, 2);\n`;
          const dir = packageWith({ "src/m.ts": text });
          const result = await buildPackage(dir);
          if (result.ok) return false;
          const problem = result.problems[0]!;
          const lines = text.split("\n");
          const line = comments.length + 1;
          return (
            problem.line === line &&
            problem.column === lines[line - 1]!.indexOf("const x") + "const ".length + 1
          );
        },
      ),
      { seed: 14, numRuns: 25 },
    );
  });

  it("writes only what changed, deletes only the outputs it wrote that are no longer built", async () => {
    const dir = packageWith({ "src/a.ts": DESCRIBE, "src/b.ts": DESCRIBE });
    expect(await buildPackage(dir)).toMatchObject({ ok: true, written: 4 });
    writeFileSync(path.join(dir, "dist/mine.txt"), "the user's");
    writeFileSync(path.join(dir, "dist/.tsbuildinfo"), "tsc's");
    expect(await buildPackage(dir)).toMatchObject({
      ok: true,
      written: 0,
      unchanged: 4,
      deleted: 0,
    });
    rmSync(path.join(dir, "src/b.ts"));
    expect(await buildPackage(dir)).toMatchObject({
      ok: true,
      written: 0,
      unchanged: 2,
      deleted: 2,
    });
    expect(existsSync(path.join(dir, "dist/b.js"))).toBe(false);
    expect(read(dir, "dist/mine.txt")).toBe("the user's");
    expect(read(dir, "dist/.tsbuildinfo")).toBe("tsc's");
  });

  it("a record naming files outside the output folder deletes nothing there", async () => {
    const dir = packageWith({ "src/a.ts": DESCRIBE, "keep.ts": "x", "dist/keep2": "y" });
    writeFileSync(
      path.join(dir, "dist", RECORD_FILE),
      JSON.stringify({ files: ["../keep.ts", "/etc/hostname", "sub/../../keep.ts", 7, "keep2"] }),
    );
    expect(await buildPackage(dir)).toMatchObject({ ok: true, deleted: 1 });
    expect(read(dir, "keep.ts")).toBe("x");
    // keep2 was listed as the build's own: a recorded output no longer built is removed.
    expect(existsSync(path.join(dir, "dist/keep2"))).toBe(false);
  });

  it("never deletes through a folder of the output that became a link since the last build", async () => {
    const outside = packageWith({ "b.js": "someone else's", "b.d.ts": "someone else's" });
    const dir = packageWith({ "src/a.ts": DESCRIBE, "src/sub/b.ts": DESCRIBE });
    expect(await buildPackage(dir)).toMatchObject({ ok: true, written: 4 });
    // sub/ is no longer built, and its folder in dist/ now leads outside.
    rmSync(path.join(dir, "src/sub"), { recursive: true });
    rmSync(path.join(dir, "dist/sub"), { recursive: true });
    symlinkSync(outside, path.join(dir, "dist/sub"));
    expect(await buildPackage(dir)).toMatchObject({ ok: true, deleted: 0 });
    expect(read(outside, "b.js")).toBe("someone else's");
    expect(read(outside, "b.d.ts")).toBe("someone else's");
  });

  it("refuses links: in the sources (never followed), as the output folder or a folder in it", async () => {
    const outside = packageWith({ "secret.ts": "export const s: string = 'x';\n" });
    const linkedSource = packageWith({ "src/a.ts": DESCRIBE });
    symlinkSync(path.join(outside, "secret.ts"), path.join(linkedSource, "src/secret.ts"));
    const result = await buildPackage(linkedSource);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => formatProblem(p))).toEqual([
      "src/secret.ts: is a symbolic link; a build reads only files inside the package",
    ]);

    const linkedOut = packageWith({ "src/a.ts": DESCRIBE });
    symlinkSync(outside, path.join(linkedOut, "dist"));
    await expect(buildPackage(linkedOut)).rejects.toThrow(OutputFolderError);

    const linkedInner = packageWith({ "src/sub/a.ts": DESCRIBE, "dist/.keep": "" });
    symlinkSync(outside, path.join(linkedInner, "dist/sub"));
    await expect(buildPackage(linkedInner)).rejects.toThrow(/dist\/sub is a symbolic link/);
    expect(existsSync(path.join(outside, "a.js"))).toBe(false);
  });

  it("builds a package without sources as a problem, not a crash", async () => {
    const result = await buildPackage(packageWith({ "README.md": "" }));
    expect(!result.ok && result.problems.map((p) => formatProblem(p))).toEqual([
      "src: no such folder: nothing to build",
    ]);
  });
});

describe("shapekit-build (main)", () => {
  const capture = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      args,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out, err };
  };

  it("builds each folder it is given and prints one line for each", async () => {
    const a = packageWith({ "src/a.ts": DESCRIBE });
    const b = packageWith({ "src/b.ts": DESCRIBE });
    const run = await capture([a, b]);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(2);
    expect(run.out[0]).toMatch(/: 1 modules; 2 files written, 0 unchanged, 0 deleted \(\d+ ms\)$/);
    // With source maps, each output has its map beside it (and names it in a last comment).
    expect((await capture(["--source-maps", a])).out[0]).toMatch(
      /: 1 modules; 4 files written, 0 unchanged/,
    );
  });

  it("exits 1 listing at most 50 problems per folder, and 2 on an unknown option", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`src/m${i}.ts`] = "export const x = Math.max(1, 2);\n";
    const dir = packageWith(files);
    const run = await capture([dir]);
    expect(run.code).toBe(1);
    expect(run.err.filter((l) => l.includes("explicit type annotation"))).toHaveLength(50);
    expect(run.err.at(-2)).toBe("… and 10 more problems");
    expect(run.err.at(-1)).toBe(`shapekit-build: ${dir}: not built (nothing written)`);
    expect(await capture(["--fast"])).toMatchObject({ code: 2 });
    expect((await capture(["--help"])).out.join()).toContain("Usage: shapekit-build");
  });
});
