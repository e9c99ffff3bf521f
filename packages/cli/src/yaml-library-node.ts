// The yaml library on Node.js, loaded on first use: importing it costs an operation's entry
// point tens of milliseconds, and only a `--cli-input-yaml` document needs it. A synchronous
// require keeps the parser synchronous; the library ships a CommonJS build.

import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let library: typeof Yaml | undefined;

/** The yaml library, loaded the first time it is asked for. */
export function yamlLibrary(): typeof Yaml {
  library ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return library;
}
