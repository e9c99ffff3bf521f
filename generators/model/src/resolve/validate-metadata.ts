// Metadata keys that Smithy tooling reads as configuration must have the shape it reads:
// `validators` and `suppressions` are lists (of validator and suppression definitions). A model
// that writes one as an object would be read differently by each tool, so it is an error here,
// as it is in the reference loader.

import { pointer } from "../source-location.js";
import type { ResolveContext } from "./context.js";

const LIST_KEYS = ["validators", "suppressions"] as const;

export function validateMetadata(ctx: ResolveContext): void {
  for (const key of LIST_KEYS) {
    if (!Object.hasOwn(ctx.metadata, key)) continue;
    const value = ctx.metadata[key];
    if (Array.isArray(value)) continue;
    const found = value === null ? "null" : typeof value === "object" ? "an object" : typeof value;
    ctx.error(
      "metadata-value",
      `Metadata \`${key}\` must be a list, found ${found}`,
      ctx.locate(pointer.metadata(key)),
    );
  }
}
