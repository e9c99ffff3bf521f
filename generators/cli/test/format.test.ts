import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatFiles } from "../src/format.js";

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function projectWithNodeModules(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-format-"));
  temps.push(dir);
  mkdirSync(path.join(dir, "node_modules"));
  return dir;
}

const files = (dir: string) => [
  { absolutePath: path.join(dir, "out", "a.ts"), file: { path: "a.ts", contents: "export const  a = {x:1}" } },
  { absolutePath: path.join(dir, "out", "b.json"), file: { path: "b.json", contents: '{"a":[1,2]}' } },
  { absolutePath: path.join(dir, "out", "c.txt"), file: { path: "c.txt", contents: "kept   as is" } },
];

describe("formatFiles", () => {
  it("formats with ShapeKit's fixed style; unknown kinds pass through", async () => {
    const dir = projectWithNodeModules();
    const out = await formatFiles(files(dir), { projectDir: dir });
    expect(out.get(path.join(dir, "out", "a.ts"))).toBe("export const a = { x: 1 };\n");
    expect(out.get(path.join(dir, "out", "b.json"))).toBe('{ "a": [1, 2] }\n');
    expect(out.get(path.join(dir, "out", "c.txt"))).toBe("kept   as is");
  });

  it("a second run is served from the cache with identical bytes", async () => {
    const dir = projectWithNodeModules();
    const first = await formatFiles(files(dir), { projectDir: dir });
    const cacheDir = path.join(dir, "node_modules", ".cache", "shapekit", "format");
    expect(readdirSync(cacheDir)).toHaveLength(2);
    const second = await formatFiles(files(dir), { projectDir: dir });
    expect([...second]).toEqual([...first]);
  });

  it("a file prettier cannot parse is named in the error", async () => {
    const dir = projectWithNodeModules();
    await expect(
      formatFiles([{ absolutePath: path.join(dir, "bad.ts"), file: { path: "bad.ts", contents: "export const = ;" } }], { projectDir: dir }),
    ).rejects.toThrow(/bad\.ts is not valid ts/);
  });
});
