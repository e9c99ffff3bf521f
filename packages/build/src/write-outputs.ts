// Writes a build's files into the output folder: only those whose contents changed, each
// through a temporary file renamed into place (a reader never sees half a file). The files a
// build wrote are listed in the folder's record; the next build deletes those it no longer
// writes, and nothing else: files the build did not write (tsc's, the user's) stay.

import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** The record of the files a build wrote, in the output folder. */
export const RECORD_FILE = ".shapekit-build.json";

export interface WriteSummary {
  readonly written: number;
  readonly unchanged: number;
  readonly deleted: number;
}

export function writeOutputs(outDir: string, files: ReadonlyMap<string, string>): WriteSummary {
  const previous = readRecord(outDir);
  const folders = new RealFolders(outDir);
  let written = 0;
  let unchanged = 0;
  for (const [relative, contents] of files) {
    const target = path.join(outDir, relative);
    if (readIfFile(target) === contents) {
      unchanged++;
      continue;
    }
    folders.ensure(path.dirname(relative));
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, target);
    written++;
  }
  let deleted = 0;
  for (const relative of previous)
    if (!files.has(relative) && existsSync(path.join(outDir, relative))) {
      rmSync(path.join(outDir, relative));
      deleted++;
    }
  const record = `${JSON.stringify({ files: [...files.keys()].sort() }, null, 2)}\n`;
  if (readIfFile(path.join(outDir, RECORD_FILE)) !== record)
    writeFileSync(path.join(outDir, RECORD_FILE), record);
  return { written, unchanged, deleted };
}

/** Thrown when the output folder, or a folder in it, is a link: a build writes only inside it. */
export class OutputFolderError extends Error {
  override readonly name = "OutputFolderError";
}

/** Creates folders inside the output folder, refusing any that is a link (followed, it would lead out). */
class RealFolders {
  readonly #root: string;
  readonly #known = new Set<string>();

  constructor(root: string) {
    this.#root = root;
    const stat = lstatSync(root, { throwIfNoEntry: false });
    if (stat?.isSymbolicLink())
      throw new OutputFolderError(
        `${root} is a symbolic link; a build writes only into a real folder`,
      );
    if (stat === undefined) mkdirSync(root, { recursive: true });
  }

  ensure(relative: string): void {
    if (relative === "." || relative === "" || this.#known.has(relative)) return;
    this.ensure(path.dirname(relative));
    const folder = path.join(this.#root, relative);
    const stat = lstatSync(folder, { throwIfNoEntry: false });
    if (stat === undefined) mkdirSync(folder);
    else if (!stat.isDirectory())
      throw new OutputFolderError(
        `${folder} is ${stat.isSymbolicLink() ? "a symbolic link" : "not a folder"}; a build writes only into real folders`,
      );
    this.#known.add(relative);
  }
}

/** The files the last build wrote; none when there is no record or it is not one of ours. */
function readRecord(outDir: string): string[] {
  const text = readIfFile(path.join(outDir, RECORD_FILE));
  if (text === undefined) return [];
  try {
    const files: unknown = (JSON.parse(text) as { files?: unknown }).files;
    // Only plain relative paths inside the folder: a record edited to name `../x` deletes nothing.
    return Array.isArray(files)
      ? files.filter(
          (f): f is string =>
            typeof f === "string" &&
            !path.isAbsolute(f) &&
            !f.split(/[\\/]/).some((part) => part === ".." || part === ""),
        )
      : [];
  } catch {
    return [];
  }
}

function readIfFile(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
