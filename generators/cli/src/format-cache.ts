// A content-addressed cache of prettier's output. Formatting is a pure function of (prettier
// version, options, file kind, text), so a hit is byte-identical to running prettier again; it
// turns "regenerate with no change" and `--check` into hashing instead of formatting.
// Lives in `node_modules/.cache/shapekit/format` (the convention build tools share); disabled
// with SHAPEKIT_NO_CACHE=1 or when no node_modules folder is found.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Above this many entries the cache is emptied before a run: bounded disk use, no bookkeeping. */
const MAX_ENTRIES = 50_000;

export class FormatCache {
  readonly #dir: string;
  readonly #salt: string;

  private constructor(dir: string, salt: string) {
    this.#dir = dir;
    this.#salt = salt;
  }

  /** The cache for a project, found from a folder inside it; `undefined` when caching is off. */
  static open(from: string, salt: string): FormatCache | undefined {
    if (process.env.SHAPEKIT_NO_CACHE) return undefined;
    const nodeModules = findUp(from, "node_modules");
    if (!nodeModules) return undefined;
    const dir = path.join(nodeModules, ".cache", "shapekit", "format");
    try {
      mkdirSync(dir, { recursive: true });
      if (readdirSync(dir).length > MAX_ENTRIES) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
      }
    } catch {
      return undefined; // a read-only install: format without a cache
    }
    return new FormatCache(dir, salt);
  }

  key(kind: string, text: string): string {
    return createHash("sha256").update(this.#salt).update("\0").update(kind).update("\0").update(text).digest("hex");
  }

  get(key: string): string | undefined {
    const file = path.join(this.#dir, key);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  }

  /** Best effort: a cache that cannot be written only costs time. */
  set(key: string, formatted: string): void {
    const file = path.join(this.#dir, key);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, formatted, "utf8");
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}

function findUp(from: string, name: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
