// A content-addressed cache of prettier's output. Formatting is a pure function of (prettier
// version, options, file kind, text), so a hit is byte-identical to running prettier again; it
// turns "regenerate with no change" and `--check` into hashing instead of formatting.
//
// What comes out of it goes into generated code, so it is the project's own and it is checked:
// - it lives in `node_modules/.cache/shapekit/format` of the project (the nearest folder with a
//   package.json at or above the config), never in a node_modules found further up;
// - the folder and its key must belong to the user running ShapeKit and be closed to others;
// - every entry carries an HMAC-SHA256, under a random key kept in the folder, of its cache key
//   (the hash of prettier's version, options, file kind and input) and of the output; an entry
//   that fails the check (planted, copied from elsewhere, truncated) is deleted and recomputed.
// Disabled with SHAPEKIT_NO_CACHE=1, when the project has no node_modules, or when the folder
// fails those checks: formatting then just takes longer.

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import path from "node:path";
import { isLeftover } from "./scratch-space.js";

/** Above this many entries the cache is emptied before a run: bounded disk use, no bookkeeping. */
const MAX_ENTRIES = 50_000;
const KEY_FILE = ".key";
const ENTRY = /^[0-9a-f]{64}$/;
const TEMP = /^[0-9a-f]{64}\.(\d+)\.tmp$/;
const MAC_DOMAIN = "shapekit-format-cache-v2";

export class FormatCache {
  readonly #dir: string;
  readonly #salt: string;
  readonly #secret: Buffer;
  /** Entries found and dropped because they failed the check. */
  rejected = 0;

  private constructor(dir: string, salt: string, secret: Buffer) {
    this.#dir = dir;
    this.#salt = salt;
    this.#secret = secret;
  }

  /** The cache folder of the project a folder belongs to, or `undefined` when it has none. */
  static locate(from: string): string | undefined {
    const root = findUp(path.resolve(from), "package.json");
    if (root === undefined) return undefined;
    const nodeModules = path.join(root, "node_modules");
    return lstatSync(nodeModules, { throwIfNoEntry: false })?.isDirectory()
      ? path.join(nodeModules, ".cache", "shapekit", "format")
      : undefined;
  }

  /** The cache for a project, found from a folder inside it; `undefined` when caching is off. */
  static open(from: string, salt: string): FormatCache | undefined {
    if (process.env.SHAPEKIT_NO_CACHE) return undefined;
    const dir = FormatCache.locate(from);
    if (dir === undefined) return undefined;
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const stat = lstatSync(dir);
      if (!stat.isDirectory() || !ownedAndClosed(stat, 0)) return undefined;
      // Ours but writable by others (an older version, a loose umask): close it; the key file
      // and the entries' HMACs guard against what may have been put in meanwhile.
      if (!ownedAndClosed(stat, 0o022)) chmodSync(dir, 0o700);
      const names = readdirSync(dir);
      // No key yet: whatever is there was not written under it (an older ShapeKit's entries, a
      // planted folder) and could never verify; start empty.
      if (names.length > MAX_ENTRIES || !names.includes(KEY_FILE)) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true, mode: 0o700 });
      } else {
        for (const name of names) {
          const temp = TEMP.exec(name);
          if (temp && isLeftover(Number(temp[1]))) rmSync(path.join(dir, name), { force: true });
        }
      }
      const secret = readOrCreateKey(path.join(dir, KEY_FILE));
      return secret === undefined ? undefined : new FormatCache(dir, salt, secret);
    } catch {
      return undefined; // a read-only install: format without a cache
    }
  }

  key(kind: string, text: string): string {
    return createHash("sha256")
      .update(this.#salt)
      .update("\0")
      .update(kind)
      .update("\0")
      .update(text)
      .digest("hex");
  }

  /** The cached output for a key, only when its HMAC checks out; a bad entry is removed. */
  get(key: string): string | undefined {
    if (!ENTRY.test(key)) return undefined;
    const file = path.join(this.#dir, key);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    const newline = text.indexOf("\n");
    const stored = newline === 64 ? Buffer.from(text.slice(0, 64), "hex") : undefined;
    const output = text.slice(newline + 1);
    if (stored?.length === 32 && timingSafeEqual(stored, this.#mac(key, output))) return output;
    this.rejected++;
    rmSync(file, { force: true });
    return undefined;
  }

  /** Best effort: a cache that cannot be written only costs time. */
  set(key: string, formatted: string): void {
    if (!ENTRY.test(key)) return;
    const file = path.join(this.#dir, key);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, `${this.#mac(key, formatted).toString("hex")}\n${formatted}`, {
        encoding: "utf8",
        flag: "wx",
        mode: 0o600,
      });
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }

  #mac(key: string, output: string): Buffer {
    return createHmac("sha256", this.#secret)
      .update(MAC_DOMAIN)
      .update("\0")
      .update(key)
      .update("\0")
      .update(output)
      .digest();
  }
}

/**
 * The cache's secret: 32 random bytes, hex, in a file only this user can read. A key file that
 * is a link, belongs to someone else or is open to others disables the cache.
 */
function readOrCreateKey(file: string): Buffer | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    const stat = lstatSync(file, { throwIfNoEntry: false });
    if (stat === undefined) {
      try {
        writeFileSync(file, randomBytes(32).toString("hex"), {
          encoding: "utf8",
          flag: "wx",
          mode: 0o600,
        });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      continue; // read back what is there now (another process may have won the race)
    }
    if (!stat.isFile() || !ownedAndClosed(stat, 0o077)) return undefined;
    const hex = readFileSync(file, "utf8");
    return /^[0-9a-f]{64}$/.test(hex) ? Buffer.from(hex, "hex") : undefined;
  }
  return undefined;
}

/** Owned by this user (where the platform has users) and without the `forbidden` mode bits. */
function ownedAndClosed(stat: Stats, forbidden: number): boolean {
  if (stat.isSymbolicLink()) return false;
  if (process.platform === "win32" || typeof process.getuid !== "function") return true;
  return stat.uid === process.getuid() && (stat.mode & forbidden) === 0;
}

/** The nearest folder at or above `from` holding `name`. */
function findUp(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, name))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
