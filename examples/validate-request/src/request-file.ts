// Reads a request the way `--cli-input-json` does: a path or a `file://` URL-ish reference to a
// JSON document. A file that cannot be read or parsed is a result, not an exception, so the
// caller can print one line and exit.

import { readFileSync } from "node:fs";

/** The parsed JSON of a request file, or why there is none. */
export type RequestFileResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Reads `reference` (`request.json` or `file://request.json`) and parses it as JSON. */
export function readRequestFile(reference: string): RequestFileResult {
  const path = reference.startsWith("file://") ? reference.slice("file://".length) : reference;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    return {
      ok: false,
      error: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `${path} is not JSON: ${(e as Error).message}` };
  }
}
