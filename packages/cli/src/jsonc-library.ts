// jsonc-parser (the position of a `--cli-input-json` syntax error), for bundlers and browsers:
// a static import, as a bundle needs one. Node.js resolves `#cli-jsonc` to
// jsonc-library-node.ts instead, which loads it on first use (see package.json "imports").

import * as jsonc from "jsonc-parser";

/** The jsonc-parser library. */
export function jsoncLibrary(): typeof jsonc {
  return jsonc;
}
