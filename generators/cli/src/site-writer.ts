// Writing `shapekit docs`'s site into --out. The folder may hold anything (the `site/` of a
// checked-out repository, files the site does not generate, which are left alone), so nothing
// in it is trusted:
// - a link inside --out is never followed: a planted `index.html` → `~/.ssh/authorized_keys`
//   would otherwise be written through;
// - a file, pipe or link where the site needs a folder, or a folder where it writes a file, is
//   an error before anything is written;
// - each page is written whole: staged in a scratch folder inside --out (the same file system)
//   and renamed into place, which replaces a link or a pipe at that name rather than writing
//   into it. A failure while staging leaves the site as it was. The scratch folder is the
//   generator's (`.shapekit-tmp-<pid>`): one a killed run left behind is removed by the next.
// --out itself may be a link to a folder: the user named it.

import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { notAFolder } from "./output-plan.js";
import { leftoversIn, removeLeftovers, scratchDir } from "./scratch-space.js";

/** Why the site was not written (or not wholly): names the path, never a file's contents. */
export class SiteWriteError extends Error {
  override readonly name = "SiteWriteError";
}

export interface SiteFile {
  /** `/`-separated, relative to the site's folder. */
  readonly path: string;
  readonly contents: string;
}

const SHOWN = 5;

/** What stands in the way of writing `files` into `out`, as paths below `out`. */
function obstacles(out: string, files: readonly SiteFile[]): string[] {
  const found = new Set<string>();
  const checked = new Set<string>();
  for (const file of files) {
    const parts = file.path.split("/");
    for (let i = 1; i <= parts.length; i++) {
      const rel = parts.slice(0, i).join("/");
      if (checked.has(rel)) continue;
      checked.add(rel);
      const stats = lstatSync(path.join(out, ...parts.slice(0, i)), { throwIfNoEntry: false });
      if (stats === undefined) break; // nothing below it exists either
      const isFile = i === parts.length;
      // A page's own name may hold a link or a pipe: the rename replaces it. A folder may not.
      if (isFile ? stats.isDirectory() : !stats.isDirectory()) found.add(rel);
    }
  }
  return [...found].sort();
}

function described(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Writes the site's files into `out` (see the module comment); returns the bytes written. */
export function writeSite(out: string, files: readonly SiteFile[]): number {
  const inTheWay = notAFolder(out);
  if (inTheWay !== undefined)
    throw new SiteWriteError(`${inTheWay} is not a folder, and the site needs one at ${out}`);
  const blocked = obstacles(out, files);
  if (blocked.length > 0) {
    const shown = blocked.slice(0, SHOWN).map((rel) => `\n  ${rel}`);
    if (blocked.length > SHOWN) shown.push(`\n  … and ${blocked.length - SHOWN} more`);
    throw new SiteWriteError(
      `${out}: a link, file or pipe stands where the site needs a folder, or a folder where it writes a page (links are never followed); move these away:${shown.join("")}`,
    );
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new SiteWriteError(`cannot create ${out} (${described(e)})`);
  }
  const scratch = scratchDir(out);
  try {
    removeLeftovers(leftoversIn(out));
    mkdirSync(scratch);
  } catch (e) {
    throw new SiteWriteError(`cannot write in ${out} (${described(e)})`);
  }
  try {
    let bytes = 0;
    const staged = files.map((file, i) => {
      const name = path.join(scratch, String(i));
      try {
        // `wx`: the scratch folder is new; a name already there is not ours to write through.
        writeFileSync(name, file.contents, { encoding: "utf8", flag: "wx" });
      } catch (e) {
        throw new SiteWriteError(
          `cannot write ${file.path} in ${out} (${described(e)}); nothing written`,
        );
      }
      bytes += Buffer.byteLength(file.contents);
      return name;
    });
    files.forEach((file, i) => {
      const target = path.join(out, ...file.path.split("/"));
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        renameSync(staged[i]!, target);
      } catch (e) {
        throw new SiteWriteError(`cannot write ${file.path} in ${out} (${described(e)})`);
      }
    });
    return bytes;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
