// The `@shapekit/validation` functions check bodies call, as code: each under the alias every
// module imports it as (`__memberPath`; see the model layer's runtime-imports.ts), so a shape
// named `memberPath` or `IssueCollector` can never clash with them.

import { runtimeName } from "@shapekit/model";
import { name, type Code } from "@shapekit/generated-package";

/** Runtime functions the checks may call, imported by a module only when its checks use them. */
export const RUNTIME_HELPERS = [
  "canonicalText",
  "codePointLength",
  "compilePattern",
  "describeValue",
  "duplicateItems",
  "isTimestamp",
  "memberPath",
  "re2Pattern",
  "regexpPattern",
] as const;

export type RuntimeHelper = (typeof RUNTIME_HELPERS)[number];

/** The helper's local name in generated code. */
export function helper(exported: RuntimeHelper): Code {
  return name(runtimeName(exported));
}

/** The helpers a body calls. */
export function helpersCalledBy(body: string): RuntimeHelper[] {
  return RUNTIME_HELPERS.filter((h) => body.includes(`${runtimeName(h)}(`));
}
