// jsonc-parser on Node.js, loaded on first use: importing it costs an operation's entry point
// tens of milliseconds, and only a malformed `--cli-input-json` document needs it. A synchronous
// require keeps the caller synchronous; the library ships a CommonJS build.

import { createRequire } from "node:module";
import type * as Jsonc from "jsonc-parser";

let library: typeof Jsonc | undefined;

/** The jsonc-parser library, loaded the first time it is asked for. */
export function jsoncLibrary(): typeof Jsonc {
  library ??= createRequire(import.meta.url)("jsonc-parser") as typeof Jsonc;
  return library;
}
