// `@pattern` values: each must be a regular expression the validators can run in time linear in
// the input (see @shapekit/validation's pattern translation). A pattern no dialect accepts is an
// error; a valid one without a linear-time equivalent (a backreference, say) is a warning — the
// model still loads, and the validators leave that pattern unchecked. Each message quotes the
// pattern with the offset of the construct at fault, and, in a JSON file, the value's JSON path.

import { patternProblem } from "@shapekit/validation";
import type { LoadedFile } from "../loaded-file.js";
import { pointer } from "../source-location.js";
import { isPreludeId } from "../shape-id.js";
import type { ResolveContext } from "./context.js";
import { isMixin } from "./mixins.js";

const PATTERN = "smithy.api#pattern";

export function validatePatterns(ctx: ResolveContext, files: readonly LoadedFile[]): void {
  const jsonPaths = new Map<string, ReadonlyMap<string, string>>();
  for (const f of files) if (f.jsonPaths) jsonPaths.set(f.file, f.jsonPaths);
  // A trait inherited from a mixin or shared by a synthesized copy is reported once, where it is written.
  const reported = new Set<string>();
  // Each pattern is translated once: models repeat theirs (SageMaker: 384 patterns, 188 texts).
  const problems = new Map<string, ReturnType<typeof patternProblem>>();
  for (const entry of ctx.shapes.values()) {
    if (isMixin(entry.ast) || isPreludeId(entry.id)) continue;
    const subjects: [string, unknown][] = [[entry.id, entry.ast.traits?.[PATTERN]]];
    const ast = entry.ast;
    for (const [name, m] of Object.entries(ast.members ?? {}))
      subjects.push([pointer.member(entry.id, name), m.traits?.[PATTERN]]);
    for (const name of ["member", "key", "value"] as const)
      if (ast[name]) subjects.push([pointer.member(entry.id, name), ast[name].traits?.[PATTERN]]);
    for (const [subject, value] of subjects) {
      // A value that is not a string is reported by the trait value check.
      if (typeof value !== "string") continue;
      let problem = problems.get(value);
      if (!problems.has(value)) problems.set(value, (problem = patternProblem(value)));
      if (!problem) continue;
      const ptr = pointer.trait(subject, PATTERN);
      const at = ctx.locate(ptr, ctx.locate(subject, entry.location));
      const key = `${at.file}:${at.line}:${at.column}:${value}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const jsonPath = jsonPaths.get(at.file)?.get(ptr);
      const where = `at offset ${problem.index} of ${JSON.stringify(value)}${jsonPath === undefined ? "" : `; at ${jsonPath}`}`;
      if (problem.reason === "syntax")
        ctx.error(
          "pattern-syntax",
          `Invalid @pattern on ${subject}: ${problem.detail} (${where})`,
          at,
        );
      else {
        ctx.warning(
          "pattern-unsupported",
          `The @pattern on ${subject} is not checked, having no linear-time matcher: ${problem.detail} (${where})`,
          at,
        );
      }
    }
  }
}
