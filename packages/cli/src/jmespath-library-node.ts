// jmespath on Node.js, loaded on first use: only a command line with `--query` needs it, and
// every entry point would otherwise pay for its import. A synchronous require keeps the caller
// synchronous; the library is CommonJS.

import { createRequire } from "node:module";
import type { JmespathLibrary } from "./jmespath-library.js";

let library: JmespathLibrary | undefined;

/** The jmespath library, loaded the first time it is asked for. */
export function jmespathLibrary(): JmespathLibrary {
  library ??= createRequire(import.meta.url)("jmespath") as JmespathLibrary;
  return library;
}
