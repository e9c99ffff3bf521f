// applyChanges: files in folders it creates are written in place, files in existing folders are
// staged and renamed; a failure leaves the old tree as it was, with no new folder and no
// temporary file.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyChanges, compareWithDisk } from "../src/output-tree.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "shapekit-output-tree-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "existing"));
  writeFileSync(path.join(dir, "existing", "old.ts"), "old\n");
  writeFileSync(path.join(dir, "existing", "blocker"), "a file where a folder is wanted\n");
  return dir;
}

describe("applyChanges", () => {
  it("writes new folders and updates existing ones; unchanged files are left alone", () => {
    const dir = scratch();
    const generated = new Map([
      [path.join(dir, "existing", "old.ts"), "new\n"],
      [path.join(dir, "existing", "blocker"), "a file where a folder is wanted\n"],
      [path.join(dir, "fresh", "deep", "a.ts"), "a\n"],
    ]);
    const changes = compareWithDisk([dir], generated);
    expect(changes.map((c) => c.kind)).toEqual(["unchanged", "update", "create"]);
    applyChanges(changes, [dir]);
    expect(readFileSync(path.join(dir, "existing", "old.ts"), "utf8")).toBe("new\n");
    expect(readFileSync(path.join(dir, "fresh", "deep", "a.ts"), "utf8")).toBe("a\n");
    expect(readdirSync(path.join(dir, "existing")).sort()).toEqual(["blocker", "old.ts"]);
  });

  it("leaves the old tree intact on a failure: no new folder, no temporary file", () => {
    const dir = scratch();
    const generated = new Map([
      [path.join(dir, "a-fresh", "a.ts"), "a\n"],
      [path.join(dir, "existing", "old.ts"), "new\n"],
      [path.join(dir, "existing", "blocker", "b.ts"), "b\n"],
    ]);
    expect(() => applyChanges(compareWithDisk([], generated), [dir])).toThrow();
    expect(readdirSync(dir).sort()).toEqual(["existing"]);
    expect(readdirSync(path.join(dir, "existing")).sort()).toEqual(["blocker", "old.ts"]);
    expect(readFileSync(path.join(dir, "existing", "old.ts"), "utf8")).toBe("old\n");
  });

  it("removes folders emptied by deletions inside the package folder, never the package folder or above", () => {
    const root = mkdtempSync(path.join(tmpdir(), "shapekit-output-tree-"));
    dirs.push(root);
    const pkg = path.join(root, "pkg");
    mkdirSync(path.join(pkg, "src", "old"), { recursive: true });
    writeFileSync(path.join(pkg, "src", "old", "gone.ts"), "x\n");
    const changes = compareWithDisk([pkg], new Map());
    expect(changes.map((c) => c.kind)).toEqual(["delete"]);
    applyChanges(changes, [pkg]);
    expect(readdirSync(root)).toEqual(["pkg"]);
    expect(readdirSync(pkg)).toEqual([]);
  });
});
