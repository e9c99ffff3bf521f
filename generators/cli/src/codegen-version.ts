// The version of ShapeKit's generator (this package's), for `shapekit --version` and for the
// `--version` of `shapekit cli`'s command surface.

import { readFileSync } from "node:fs";

/** The `version` of this package's package.json, read when first asked for. */
export function codegenVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL("../package.json", import.meta.url), "utf8"),
  ) as { version?: unknown };
  return String(manifest.version);
}
