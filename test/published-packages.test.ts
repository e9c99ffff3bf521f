// Every package this repository publishes (the hand-written runtimes and generators, and the
// generated SageMaker packages) has what its npm page and tarball need: a README titled with its
// name, and the Apache License 2.0 declared and carried as LICENSE, byte for byte the
// repository's own (the license asks that a copy go with the work). npm ships a package's README
// and LICENSE whatever its `files` list says (checked here with `npm pack`).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readManifest } from "./support/json-documents.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const license = readFileSync(path.join(root, "LICENSE"), "utf8");

/** The folders of the workspaces (`generators/*`, `packages/*`, `examples/*`) that are published. */
function publishedPackages(): string[] {
  const workspaces = readManifest(path.join(root, "package.json")).workspaces ?? [];
  return workspaces
    .flatMap((pattern) => {
      const parent = path.join(root, pattern.replace(/\/\*$/, ""));
      return readdirSync(parent).map((name) => path.join(parent, name));
    })
    .filter((folder) => existsSync(path.join(folder, "package.json")))
    .filter((folder) => readManifest(path.join(folder, "package.json")).private !== true);
}

describe("published packages", () => {
  it("the repository's LICENSE is the Apache License 2.0", () => {
    expect(
      license
        .trimStart()
        .split("\n")
        .slice(0, 2)
        .map((line) => line.trim()),
    ).toEqual(["Apache License", "Version 2.0, January 2004"]);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });

  it("every published package declares Apache-2.0 and carries the same LICENSE", () => {
    const packages = publishedPackages();
    // The three runtimes and the build tool, the eight generators, the four generated packages.
    expect(packages.length).toBeGreaterThanOrEqual(16);
    for (const folder of packages) {
      const name = path.relative(root, folder);
      expect(readManifest(path.join(folder, "package.json")).license, name).toBe("Apache-2.0");
      expect(readFileSync(path.join(folder, "LICENSE"), "utf8"), name).toBe(license);
    }
  });

  it("every published package has a README whose title is its npm name", () => {
    for (const folder of publishedPackages()) {
      const { name } = readManifest(path.join(folder, "package.json"));
      const readme = readFileSync(path.join(folder, "README.md"), "utf8");
      // A generated README opens with its "generated, do not edit" comment; the title follows.
      const title = readme.split("\n").find((line) => line.startsWith("# "));
      expect(title, path.relative(root, folder)).toBe(`# ${name}`);
    }
  });

  it("npm packs README.md and LICENSE, the sources every source map names, and no build cache", () => {
    const packages = publishedPackages();
    // One npm run for every package: `npm pack --dry-run` lists what the tarball would hold.
    const packed = JSON.parse(
      execFileSync(
        "npm",
        [
          "pack",
          "--dry-run",
          "--json",
          "--ignore-scripts",
          ...packages.map((folder) => `--workspace=${path.relative(root, folder)}`),
        ],
        { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
      ),
    ) as Array<{ name: string; files: Array<{ path: string }> }>;
    expect(packed.map((p) => p.name).sort()).toEqual(
      packages.map((folder) => readManifest(path.join(folder, "package.json")).name).sort(),
    );
    let maps = 0;
    for (const { name, files } of packed) {
      const folder = packages.find(
        (f) => readManifest(path.join(f, "package.json")).name === name,
      )!;
      const shipped = new Set(files.map((file) => file.path));
      // Neither is named in `files`: npm adds them on its own.
      expect(shipped, name).toContain("README.md");
      expect(shipped, name).toContain("LICENSE");
      expect(
        [...shipped].filter((file) => file.endsWith(".tsbuildinfo")),
        name,
      ).toEqual([]);
      for (const file of shipped) {
        if (!file.endsWith(".map")) continue;
        maps++;
        const map = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as {
          sources: string[];
        };
        for (const source of map.sources) {
          const target = path.posix.join(path.posix.dirname(file), source);
          expect(shipped.has(target), `${name}: ${file} names ${source}`).toBe(true);
        }
      }
    }
    // The hand-written packages ship source maps (their declarations' "go to definition").
    expect(maps).toBeGreaterThan(0);
  });
});
