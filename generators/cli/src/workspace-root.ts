// The folder `shapekit generate --model … --out DIR` writes into becomes an npm workspace of the
// packages it holds, so `npm install && npm run build` in DIR installs their runtimes and
// build tool from npm and builds them. Written once: the file is the user's
// to edit, and ShapeKit never overwrites or deletes it.

import { lstatSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The folders (names inside the root), in dependency order: each after the packages it imports. */
export function workspaceRootPackageJson(root: string, folders: readonly string[]): string {
  const manifest = {
    "//": "Written by ShapeKit for the packages in this folder (only when missing; yours to edit): `npm install && npm run build`.",
    name: `${
      path
        .basename(root)
        .toLowerCase()
        .replace(/[^a-z0-9._~-]+/g, "-")
        .replace(/^[._]+/, "") || "packages"
    }-workspace`,
    private: true,
    type: "module",
    workspaces: [...folders],
    scripts: {
      // Each package compiles from its own text alone, so one run builds them all, in any order.
      build: `shapekit-build ${folders.join(" ")}`,
      // The type-check reads each package's imports from their builds: after `build`.
      typecheck: "npm run typecheck --workspaces",
    },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Writes `<root>/package.json` when there is none (never through a symbolic link) and returns
 * what the user should know: nothing when written, a notice when an existing one is left alone
 * and lacks some of the packages.
 */
export function ensureWorkspaceRoot(root: string, packageDirs: readonly string[]): string[] {
  const folders = packageDirs.map((dir) => path.relative(root, dir));
  if (folders.some((f) => f.startsWith("..") || path.isAbsolute(f) || f.includes(path.sep)))
    return [];
  const file = path.join(root, "package.json");
  if (lstatSync(file, { throwIfNoEntry: false }) === undefined) {
    writeFileSync(file, workspaceRootPackageJson(root, folders), { flag: "wx" });
    return [];
  }
  if (listsEvery(file, folders)) return [];
  return [
    `${file}: left as it is (ShapeKit writes it only when missing); to build the packages: npx shapekit-build ${folders.join(" ")}`,
  ];
}

/** The existing package.json names every folder as a workspace (exactly, or by `*`). */
function listsEvery(file: string, folders: readonly string[]): boolean {
  try {
    if (!lstatSync(file).isFile()) return false;
    const workspaces = (JSON.parse(readFileSync(file, "utf8")) as { workspaces?: unknown })
      .workspaces;
    return (
      Array.isArray(workspaces) &&
      folders.every((f) => workspaces.includes(f) || workspaces.includes("*"))
    );
  } catch {
    return false;
  }
}
