// Writes a build's files into the output folder: only those whose contents changed, each
// through a temporary file renamed into place (a reader never sees half a file). The files a
// build wrote are listed in the folder's record; the next build deletes those it no longer
// writes, and nothing else: files the build did not write (tsc's, the user's) stay.

import { lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** The record of the files a build wrote, in the output folder. */
export const RECORD_FILE = ".shapekit-build.json";

export interface WriteSummary {
  readonly written: number;
  readonly unchanged: number;
  readonly deleted: number;
}

/**
 * Files compared and written at once: a whole service writes thousands of small files, and the
 * file system's latency, not the CPU, bounds one at a time.
 */
const CONCURRENT_FILES = 16;

export async function writeOutputs(
  outDir: string,
  files: ReadonlyMap<string, string>,
): Promise<WriteSummary> {
  const folders = new RealFolders(outDir);
  const recorded = readRecord(outDir);
  let written = 0;
  let unchanged = 0;
  const pending = [...files];
  const writeNext = async (): Promise<void> => {
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [relative, contents] = next;
      const target = path.join(outDir, relative);
      if ((await readIfFileAsync(target)) === contents) {
        unchanged++;
        continue;
      }
      folders.ensure(path.dirname(relative));
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, contents);
      await rename(temporary, target);
      written++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_FILES }, writeNext));
  let deleted = 0;
  for (const relative of recorded.files) {
    const target = path.join(outDir, relative);
    // Never through a folder that became a link since: it would delete outside the folder.
    if (files.has(relative) || !folders.isReal(path.dirname(relative))) continue;
    if (lstatSync(target, { throwIfNoEntry: false }) === undefined) continue;
    rmSync(target);
    deleted++;
  }
  const record = `${JSON.stringify({ files: [...files.keys()].sort() }, null, 2)}\n`;
  if (recorded.text !== record) writeFileSync(path.join(outDir, RECORD_FILE), record);
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

  /** Whether `relative` and every folder above it inside the root are real folders (no links). */
  isReal(relative: string): boolean {
    if (relative === "." || relative === "" || this.#known.has(relative)) return true;
    if (!this.isReal(path.dirname(relative))) return false;
    const stat = lstatSync(path.join(this.#root, relative), { throwIfNoEntry: false });
    if (!stat?.isDirectory()) return false;
    this.#known.add(relative);
    return true;
  }
}

/**
 * The files the last build wrote (none when there is no record or it is not one of ours), and
 * the record's text, which the build rewrites only when it changes.
 */
function readRecord(outDir: string): { files: string[]; text: string | undefined } {
  const text = readIfFile(path.join(outDir, RECORD_FILE));
  if (text === undefined) return { files: [], text };
  try {
    const files: unknown = (JSON.parse(text) as { files?: unknown }).files;
    // Only plain relative paths inside the folder: a record edited to name `../x` deletes nothing.
    return {
      files: Array.isArray(files)
        ? files.filter(
            (f): f is string =>
              typeof f === "string" &&
              !path.isAbsolute(f) &&
              !f.split(/[\\/]/).some((part) => part === ".." || part === ""),
          )
        : [],
      text,
    };
  } catch {
    return { files: [], text };
  }
}

async function readIfFileAsync(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

function readIfFile(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
