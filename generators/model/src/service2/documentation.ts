// Traits every kind of botocore object may carry: `documentation` and `deprecated`. The
// documentation text is kept as botocore writes it (HTML), as the public Smithy models do.

import type { NodeValue } from "../ast.js";
import { setOwn } from "../record.js";
import { api, type ConversionContext } from "./context.js";
import type { JsonPath } from "./format.js";

interface Documented {
  documentation?: unknown;
  deprecated?: unknown;
  deprecatedMessage?: unknown;
}

/** Adds `@documentation` and `@deprecated` (with its message) to `traits` for `source`. */
export function addDocumentationTraits(
  source: Documented,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  path: JsonPath,
): void {
  if (source.documentation !== undefined) {
    if (typeof source.documentation === "string")
      setOwn(traits, api("documentation"), source.documentation);
    else ctx.error("`documentation` must be a string", [...path, "documentation"]);
  }
  if (source.deprecated === true) {
    const deprecated: Record<string, NodeValue> = {};
    if (typeof source.deprecatedMessage === "string") deprecated.message = source.deprecatedMessage;
    setOwn(traits, api("deprecated"), deprecated);
  } else if (source.deprecated !== undefined && typeof source.deprecated !== "boolean") {
    ctx.error("`deprecated` must be a boolean", [...path, "deprecated"]);
  }
}
