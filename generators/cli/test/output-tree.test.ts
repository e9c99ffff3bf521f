// planOutput + applyPlan: ShapeKit writes and deletes only files its manifest lists, never
// follows a link, refuses folders that hold other files unless forced, leaves the old tree as it
// was when writing fails before the first rename, and cleans the scratch of killed runs.
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { MANIFEST_FILE, readManifest, renderManifest, sha256 } from "../src/manifest.js";
import {
  OutputError,
  planOutput,
  type OutputPlan,
  type PlanOutputOptions,
} from "../src/output-plan.js";
import { recoverInterrupted } from "../src/output-recovery.js";
import { applyPlan, WriteError } from "../src/output-tree.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project folder with a package folder `pkg` inside (not created). */
function project(): { root: string; pkg: string } {
  const root = mkdtempSync(path.join(tmpdir(), "shapekit-output-tree-"));
  dirs.push(root);
  return { root, pkg: path.join(root, "pkg") };
}

function put(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const generatedIn = (pkg: string, files: Record<string, string>) =>
  new Map(Object.entries(files).map(([rel, text]) => [path.join(pkg, ...rel.split("/")), text]));

function plan(
  pkg: string,
  files: Record<string, string>,
  options: PlanOutputOptions = {},
): OutputPlan {
  return planOutput([pkg], generatedIn(pkg, files), { projectDir: path.dirname(pkg), ...options });
}

/** Plans and writes; returns the plan (whose problems, if any, stopped the write). */
function generate(
  pkg: string,
  files: Record<string, string>,
  options: PlanOutputOptions = {},
): OutputPlan {
  const p = plan(pkg, files, options);
  if (p.problems.length === 0) applyPlan(p);
  return p;
}

/** Every file below a folder (relative, sorted), links included as files. */
function tree(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? tree(path.join(dir, e.name), `${prefix}${e.name}/`)
        : [`${prefix}${e.name}`],
    )
    .sort();
}

/** A process id that is certainly not running any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid;
}

describe("writing a package folder", () => {
  it("creates, updates and leaves unchanged files alone; the manifest lists every file with its hash", () => {
    const { pkg } = project();
    generate(pkg, { "a.ts": "a\n", "src/b.ts": "b\n" });
    const second = generate(pkg, { "a.ts": "a2\n", "src/b.ts": "b\n", "src/deep/c.ts": "c\n" });
    expect(second.changes.map((c) => [path.relative(pkg, c.absolutePath), c.kind])).toEqual([
      [MANIFEST_FILE, "update"],
      ["a.ts", "update"],
      [path.join("src", "b.ts"), "unchanged"],
      [path.join("src", "deep", "c.ts"), "create"],
    ]);
    expect(readFileSync(path.join(pkg, "a.ts"), "utf8")).toBe("a2\n");
    const manifest = readManifest(pkg);
    expect(manifest.state === "ok" && [...manifest.manifest.files]).toEqual([
      ["a.ts", sha256("a2\n")],
      ["src/b.ts", sha256("b\n")],
      ["src/deep/c.ts", sha256("c\n")],
    ]);
    expect(manifest.state === "ok" && manifest.manifest.pending).toBeUndefined();
    expect(tree(pkg)).toEqual([MANIFEST_FILE, "a.ts", "src/b.ts", "src/deep/c.ts"]);
  });

  it("deletes only files it wrote: a user's NOTES.md, .env and test/mine.test.ts stay", () => {
    const { pkg } = project();
    generate(pkg, { "src/old.ts": "old\n", "src/kept.ts": "k\n" });
    put(path.join(pkg, "NOTES.md"), "mine\n");
    put(path.join(pkg, ".env"), "TOKEN=secret\n");
    put(path.join(pkg, "test", "mine.test.ts"), "test\n");
    put(path.join(pkg, "src", "mine.ts"), "mine\n");
    const p = generate(pkg, { "src/kept.ts": "k\n" });
    expect(p.problems).toEqual([]);
    expect(
      p.changes.filter((c) => c.kind === "delete").map((c) => path.relative(pkg, c.absolutePath)),
    ).toEqual([path.join("src", "old.ts")]);
    expect(tree(pkg)).toEqual([
      ".env",
      MANIFEST_FILE,
      "NOTES.md",
      "src/kept.ts",
      "src/mine.ts",
      "test/mine.test.ts",
    ]);
  });

  it("removes folders emptied by deletions inside the package folder, never the package folder or above", () => {
    const { root, pkg } = project();
    generate(pkg, { "src/old/gone.ts": "x\n" });
    generate(pkg, {});
    expect(readdirSync(root)).toEqual(["pkg"]);
    expect(readdirSync(pkg)).toEqual([MANIFEST_FILE]);
  });

  it("keeps a file it wrote, no longer generates and that was edited since, and disowns it", () => {
    const { pkg } = project();
    generate(pkg, { "gone.ts": "generated\n", "stays.ts": "s\n" });
    writeFileSync(path.join(pkg, "gone.ts"), "generated, then edited by hand\n");
    const p = generate(pkg, { "stays.ts": "s\n" });
    expect(p.packages[0]!.kept).toEqual(["gone.ts"]);
    expect(readFileSync(path.join(pkg, "gone.ts"), "utf8")).toBe(
      "generated, then edited by hand\n",
    );
    const manifest = readManifest(pkg);
    expect(manifest.state === "ok" && [...manifest.manifest.files.keys()]).toEqual(["stays.ts"]);
  });

  it("adopts an existing folder whose files are exactly what it generates (no manifest yet)", () => {
    const { pkg } = project();
    put(path.join(pkg, "a.ts"), "a\n");
    mkdirSync(path.join(pkg, "node_modules", ".bin"), { recursive: true });
    symlinkSync("../../a.ts", path.join(pkg, "node_modules", ".bin", "a"));
    put(path.join(pkg, "dist", "a.js"), "built\n");
    const p = generate(pkg, { "a.ts": "a\n" });
    expect(p.problems).toEqual([]);
    expect(readManifest(pkg).state).toBe("ok");
  });
});

describe("refusing a folder that is not ShapeKit's", () => {
  it("a first generation into a folder of other files is refused, naming a few; --force proceeds and keeps them", () => {
    const { pkg } = project();
    for (let i = 0; i < 34; i++)
      put(path.join(pkg, `example-${String(i).padStart(2, "0")}.ts`), `example ${i}\n`);
    const refused = generate(pkg, { "a.ts": "a\n" });
    expect(refused.problems.map((p) => [p.kind, p.paths.length])).toEqual([["foreign", 34]]);
    expect(existsSync(path.join(pkg, "a.ts"))).toBe(false);
    expect(existsSync(path.join(pkg, MANIFEST_FILE))).toBe(false);

    expect(generate(pkg, { "a.ts": "a\n" }, { force: true }).problems).toEqual([]);
    expect(tree(pkg)).toHaveLength(34 + 2);
    // From now on the folder is ShapeKit's: the examples are someone else's and never deleted.
    expect(
      generate(pkg, {})
        .changes.filter((c) => c.kind === "delete")
        .map((c) => path.basename(c.absolutePath)),
    ).toEqual(["a.ts"]);
    expect(tree(pkg)).toHaveLength(34 + 1);
  });

  it("overwriting a file it did not write is refused; --force overwrites it and owns it from then on", () => {
    const { pkg } = project();
    generate(pkg, { "a.ts": "a\n" });
    put(path.join(pkg, "README.md"), "my readme\n");
    const refused = generate(pkg, { "a.ts": "a\n", "README.md": "generated readme\n" });
    expect(refused.problems.map((p) => [p.kind, p.paths])).toEqual([["conflict", ["README.md"]]]);
    expect(readFileSync(path.join(pkg, "README.md"), "utf8")).toBe("my readme\n");
    generate(pkg, { "a.ts": "a\n", "README.md": "generated readme\n" }, { force: true });
    expect(readFileSync(path.join(pkg, "README.md"), "utf8")).toBe("generated readme\n");
    generate(pkg, { "a.ts": "a\n" });
    expect(existsSync(path.join(pkg, "README.md"))).toBe(false);
  });

  it("an unreadable manifest stops the generation; --force starts a new one and deletes nothing", () => {
    const { pkg } = project();
    generate(pkg, { "a.ts": "a\n" });
    writeFileSync(path.join(pkg, MANIFEST_FILE), "{ not json");
    expect(generate(pkg, {}).problems.map((p) => [p.kind, p.reason])).toEqual([
      ["manifest", "it is not valid JSON"],
    ]);
    const forced = generate(pkg, {}, { force: true });
    expect(forced.changes.filter((c) => c.kind === "delete")).toEqual([]);
    expect(tree(pkg)).toEqual([MANIFEST_FILE, "a.ts"]);
  });

  it("a manifest naming files outside the package folder is unusable: nothing outside is ever deleted", () => {
    const { root, pkg } = project();
    put(path.join(root, "outside.txt"), "precious\n");
    put(path.join(pkg, "inside.txt"), "precious\n");
    const hash = sha256("precious\n");
    for (const listed of [
      "../outside.txt",
      `${root}/outside.txt`,
      "a/../../outside.txt",
      "dist/x.js",
      "node_modules/x",
    ]) {
      writeFileSync(
        path.join(pkg, MANIFEST_FILE),
        JSON.stringify({ files: { [listed]: hash, "inside.txt": hash } }),
      );
      expect(generate(pkg, {}).problems.map((p) => p.kind)).toEqual(["manifest"]);
    }
    generate(pkg, {}, { force: true });
    expect(readFileSync(path.join(root, "outside.txt"), "utf8")).toBe("precious\n");
    expect(readFileSync(path.join(pkg, "inside.txt"), "utf8")).toBe("precious\n");
  });
});

describe("symbolic links are never followed", () => {
  function outsideDir(root: string): string {
    const outside = path.join(root, "outside");
    put(path.join(outside, "victim.ts"), "keep me\n");
    return outside;
  }

  it("a link inside a package folder (to a file or a folder elsewhere) is an error, even with --force", () => {
    const { root, pkg } = project();
    const outside = outsideDir(root);
    generate(pkg, { "src/victim.ts": "generated\n", "a.ts": "a\n" });
    rmSync(path.join(pkg, "src"), { recursive: true });
    symlinkSync(outside, path.join(pkg, "src"));
    symlinkSync(path.join(outside, "victim.ts"), path.join(pkg, "a.ts.link"));
    for (const force of [false, true]) {
      const p = generate(pkg, { "a.ts": "b\n" }, { force });
      expect(p.problems.map((x) => [x.kind, x.paths])).toEqual([["symlink", ["a.ts.link", "src"]]]);
    }
    expect(readdirSync(outside)).toEqual(["victim.ts"]);
    expect(readFileSync(path.join(outside, "victim.ts"), "utf8")).toBe("keep me\n");
    expect(readFileSync(path.join(pkg, "a.ts"), "utf8")).toBe("a\n");
  });

  it("a package folder that is a link, or is reached through one below the project folder, is refused", () => {
    const { root } = project();
    const outside = outsideDir(root);
    symlinkSync(outside, path.join(root, "linked-pkg"));
    const linkedPkg = generate(
      path.join(root, "linked-pkg"),
      { "victim.ts": "x\n" },
      { force: true },
    );
    expect(linkedPkg.problems.map((p) => [p.kind, p.paths])).toEqual([
      ["symlink", [path.join(root, "linked-pkg")]],
    ]);
    symlinkSync(outside, path.join(root, "linked-parent"));
    const through = planOutput([path.join(root, "linked-parent", "pkg")], new Map(), {
      projectDir: path.join(root, "spec"),
    });
    expect(through.problems.map((p) => [p.kind, p.paths])).toEqual([
      ["symlink", [path.join(root, "linked-parent")]],
    ]);
    expect(tree(outside)).toEqual(["victim.ts"]);
  });
});

describe("failures and interrupted runs", () => {
  it("a failure before the first rename leaves the old tree, its manifest and no scratch", () => {
    const { pkg } = project();
    generate(pkg, { "a.ts": "a\n" });
    const manifestBefore = readFileSync(path.join(pkg, MANIFEST_FILE), "utf8");
    const p = plan(pkg, { "a.ts": "new\n", "fresh/b.ts": "b\n" });
    // The scratch folder's name taken by a file after planning: staging fails.
    writeFileSync(path.join(pkg, `.shapekit-tmp-${process.pid}`), "in the way\n");
    expect(() => applyPlan(p)).toThrow(WriteError);
    expect(readFileSync(path.join(pkg, "a.ts"), "utf8")).toBe("a\n");
    expect(readFileSync(path.join(pkg, MANIFEST_FILE), "utf8")).toBe(manifestBefore);
    expect(existsSync(path.join(pkg, "fresh"))).toBe(false);
  });

  /**
   * What a run killed between its moves leaves: the journal naming its scratch folder (of a
   * process that is gone), `a.ts` already moved, `b.ts` still staged, `old.ts` not yet deleted.
   */
  function killedMidMove(pkg: string, pid: number): void {
    generate(pkg, { "a.ts": "a\n", "old.ts": "old\n" });
    const scratch = `.shapekit-tmp-${pid}`;
    const journal = renderManifest(
      new Map([
        ["a.ts", sha256("a\n")],
        ["old.ts", sha256("old\n")],
      ]),
      {
        scratch,
        pending: new Map([
          ["a.ts", sha256("a2\n")],
          ["b.ts", sha256("b\n")],
        ]),
      },
    );
    writeFileSync(path.join(pkg, MANIFEST_FILE), journal);
    writeFileSync(path.join(pkg, "a.ts"), "a2\n");
    put(path.join(pkg, scratch, "1"), "b\n"); // b.ts is the second file of the new manifest
  }

  it("a journal marks the folder torn; the next run finishes the killed run's moves, then generates", () => {
    const { root, pkg } = project();
    killedMidMove(pkg, deadPid());
    expect(plan(pkg, { "a.ts": "a2\n", "b.ts": "b\n" }).packages[0]!.torn).toBe(true);
    expect(recoverInterrupted(pkg, root)).toBe("completed");
    expect(tree(pkg)).toEqual([MANIFEST_FILE, "a.ts", "b.ts"]);
    expect(readFileSync(path.join(pkg, "b.ts"), "utf8")).toBe("b\n");
    const after = plan(pkg, { "a.ts": "a2\n", "b.ts": "b\n" });
    expect(after.packages[0]!.torn).toBe(false);
    expect(after.changes.every((c) => c.kind === "unchanged")).toBe(true);
    expect(recoverInterrupted(pkg, root)).toBe("none");
  });

  it("without its staged files the journal stays; the plan owns old and new files and rewrites the folder", () => {
    const { root, pkg } = project();
    const pid = deadPid();
    killedMidMove(pkg, pid);
    rmSync(path.join(pkg, `.shapekit-tmp-${pid}`), { recursive: true });
    expect(recoverInterrupted(pkg, root)).toBe("incomplete");
    const p = generate(pkg, { "a.ts": "a3\n" });
    expect(p.packages[0]!.torn).toBe(true);
    expect(p.problems).toEqual([]);
    expect(tree(pkg)).toEqual([MANIFEST_FILE, "a.ts"]);
    expect(readManifest(pkg)).toEqual({
      state: "ok",
      manifest: { files: new Map([["a.ts", sha256("a3\n")]]) },
    });
  });

  it("a journal whose scratch belongs to a running process means another generation is writing: refused", () => {
    const { root, pkg } = project();
    killedMidMove(pkg, process.ppid);
    expect(() => recoverInterrupted(pkg, root)).toThrow(OutputError);
    expect(() => recoverInterrupted(pkg, root)).toThrow(
      /another ShapeKit process is writing this folder now/,
    );
    expect(readFileSync(path.join(pkg, "old.ts"), "utf8")).toBe("old\n");
  });

  it("scratch folders and staged files of dead processes are removed and never count as someone else's files", () => {
    const { pkg } = project();
    generate(pkg, { "src/a.ts": "a\n" });
    const dead = deadPid();
    put(path.join(pkg, `.shapekit-tmp-${dead}`, "0"), "staged\n");
    put(path.join(pkg, "src", `.a.ts.shapekit-${dead}.tmp`), "staged by an older version\n");
    rmSync(path.join(pkg, MANIFEST_FILE));
    const p = generate(pkg, { "src/a.ts": "a\n" });
    expect(p.problems).toEqual([]);
    expect(p.packages[0]!.leftovers).toHaveLength(2);
    expect(tree(pkg)).toEqual([MANIFEST_FILE, "src/a.ts"]);
  });
});

describe("property: only files ShapeKit wrote ever disappear", () => {
  const name = fc.constantFrom(
    "a.ts",
    "b.ts",
    "src/c.ts",
    "src/d.ts",
    "src/deep/e.ts",
    "README.md",
    "x/y/z.json",
  );
  const files = fc.dictionary(name, fc.constantFrom("1\n", "2\n", "3\n"), { maxKeys: 7 });
  const userName = fc.constantFrom<string>(
    "NOTES.md",
    ".env",
    "test/mine.test.ts",
    "src/mine.ts",
    "x/notes.txt",
  );

  it("over any sequence of generations, user files stay byte for byte and the tree is the last generation", () => {
    fc.assert(
      fc.property(
        fc.array(files, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(userName, { maxLength: 5 }),
        (generations, userFiles) => {
          const { pkg } = project();
          generate(pkg, generations[0]!);
          for (const u of userFiles)
            if (!existsSync(path.join(pkg, u))) put(path.join(pkg, u), `user ${u}\n`);
          const mine = userFiles.filter(
            (u) => readFileSync(path.join(pkg, u), "utf8") === `user ${u}\n`,
          );
          for (const g of generations.slice(1)) {
            const p = generate(pkg, g);
            // A user file where ShapeKit now generates one is a conflict: refused, nothing written.
            if (p.problems.length > 0) {
              expect(
                p.problems.every(
                  (x) => x.kind === "conflict" && x.paths.every((f) => mine.includes(f)),
                ),
              ).toBe(true);
              continue;
            }
            for (const [rel, text] of Object.entries(g))
              expect(readFileSync(path.join(pkg, rel), "utf8")).toBe(text);
          }
          for (const u of mine) expect(readFileSync(path.join(pkg, u), "utf8")).toBe(`user ${u}\n`);
          const manifest = readManifest(pkg);
          const listed = manifest.state === "ok" ? [...manifest.manifest.files.keys()] : [];
          expect(tree(pkg).filter((f) => f !== MANIFEST_FILE && !mine.includes(f))).toEqual(
            [...listed].sort(),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
