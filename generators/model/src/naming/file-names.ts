// File names derived from model names (shape modules, operation entry points, description
// modules, JSON Schemas). File systems cap one path segment at 255 bytes, and a Smithy name has
// no length limit: a name up to `MAX_FILE_BASE_LENGTH` characters is its own file name; a longer
// one keeps a prefix and ends with `_` and 16 hex digits of the SHA-256 of the whole name.
// Deterministic, and no shortened name can equal a name that was not shortened (it is one
// character longer than any of those). Every emitter asks this module, so an import written in
// one package finds the file another package wrote.

import { createHash } from "node:crypto";

/** The longest file name (without extension) kept as it is; extensions add at most 12 (`.schema.json`). */
export const MAX_FILE_BASE_LENGTH = 200;

const HASH_DIGITS = 16;

/** `name` when it fits a file name, else its prefix + `_` + a hash of the whole name. */
export function fileBaseName(name: string): string {
  if (name.length <= MAX_FILE_BASE_LENGTH) return name;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, HASH_DIGITS);
  return `${name.slice(0, MAX_FILE_BASE_LENGTH - HASH_DIGITS)}_${hash}`;
}
