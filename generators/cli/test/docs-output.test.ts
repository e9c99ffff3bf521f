// `shapekit docs --out DIR` writes into a folder it does not own (a checkout's `site/`): a link
// planted there is never written through, a link, file or pipe where the site needs a folder is
// refused before anything is written, and files the site does not generate are left alone.
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";
import { temporaryFolders } from "./temp-folders.js";

const fixture = fileURLToPath(new URL("./fixtures/weather", import.meta.url));
const tempDir = temporaryFolders("docs-out");

/** <tmp>/spec/weather.smithy, and the site's folder <tmp>/site (not created). */
function project(): { dir: string; site: string } {
  const dir = tempDir();
  cpSync(fixture, path.join(dir, "spec"), { recursive: true });
  return { dir, site: path.join(dir, "site") };
}

const docs = (dir: string, out: string) =>
  runShapekit(["docs", "--model", "spec/weather.smithy", "--out", out], { cwd: dir });

describe("shapekit docs --out", () => {
  it("replaces a link or pipe at a page's name instead of writing through it; other files stay", async () => {
    const { dir, site } = project();
    mkdirSync(site);
    const victim = path.join(dir, "victim.txt");
    writeFileSync(victim, "keep\n");
    symlinkSync(victim, path.join(site, "index.html"));
    execFileSync("mkfifo", [path.join(site, "search.pipe")]);
    writeFileSync(path.join(site, "notes.md"), "mine\n");
    // The scratch folder of a run that was killed (its process is gone): the next run removes it.
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    mkdirSync(path.join(site, `.shapekit-tmp-${dead}`));
    writeFileSync(path.join(site, `.shapekit-tmp-${dead}`, "0"), "half a page");

    const result = await docs(dir, "site");
    expect(result.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("keep\n");
    const index = lstatSync(path.join(site, "index.html"));
    expect(index.isFile() && !index.isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(site, "index.html"), "utf8")).toContain("<html");
    expect(readFileSync(path.join(site, "notes.md"), "utf8")).toBe("mine\n");
    expect(lstatSync(path.join(site, "search.pipe")).isFIFO()).toBe(true);
    // The scratch folder the pages were staged in is gone, and so is the killed run's.
    expect(readdirSync(site).filter((n) => n.startsWith(".shapekit"))).toEqual([]);
  });

  it("refuses a linked folder inside the site, writing nothing there or through it", async () => {
    const { dir, site } = project();
    const elsewhere = path.join(dir, "elsewhere");
    mkdirSync(elsewhere);
    mkdirSync(site);
    symlinkSync(elsewhere, path.join(site, "assets"));

    const result = await docs(dir, "site");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("links are never followed); move these away:\n  assets\n");
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(site)).toEqual(["assets"]);
  });

  it("refuses a folder where it writes a page, and a site path that runs through a file", async () => {
    const { dir, site } = project();
    mkdirSync(path.join(site, "index.html"), { recursive: true });
    const blocked = await docs(dir, "site");
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain("move these away:\n  index.html\n");
    expect(readdirSync(site)).toEqual(["index.html"]);

    writeFileSync(path.join(dir, "notes.txt"), "mine\n");
    for (const out of ["notes.txt", "notes.txt/site"]) {
      const result = await docs(dir, out);
      expect({ out, code: result.code }).toEqual({ out, code: 1 });
      expect(result.stderr).toContain(`${path.join(dir, "notes.txt")} is not a folder`);
      expect(result.stderr).not.toContain("internal error");
    }
    expect(readFileSync(path.join(dir, "notes.txt"), "utf8")).toBe("mine\n");
    expect(existsSync(path.join(dir, "notes.txt", "site"))).toBe(false);
  });
});
