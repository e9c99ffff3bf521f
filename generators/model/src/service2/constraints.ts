// `min`, `max` and `pattern`: botocore writes them flat on the shape; Smithy splits them by what
// they bound. On strings, blobs, lists and maps they bound a length (`@length`); on numbers the
// value (`@range`). `pattern` is `@pattern` on strings.

import { patternProblem } from "@shapekit/validation";
import type { NodeValue } from "../ast.js";
import { pointer } from "../source-location.js";
import { api, type ConversionContext } from "./context.js";
import type { JsonPath, Service2Shape } from "./format.js";

const LENGTH_BOUNDED: ReadonlySet<string> = new Set(["string", "blob", "list", "map"]);
const RANGE_BOUNDED: ReadonlySet<string> = new Set(["integer", "long", "float", "double"]);

/** Adds `@length`/`@range` and `@pattern` for a botocore shape of type `type`. */
export function addConstraintTraits(
  shape: Service2Shape,
  type: string,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  path: JsonPath,
): void {
  const bounds: Record<string, NodeValue> = {};
  for (const key of ["min", "max"] as const) {
    const value = shape[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value))
      ctx.error(`\`${key}\` must be a number`, [...path, key]);
    else bounds[key] = value;
  }
  if (Object.keys(bounds).length > 0) {
    if (LENGTH_BOUNDED.has(type)) traits[api("length")] = bounds;
    else if (RANGE_BOUNDED.has(type)) traits[api("range")] = bounds;
    else
      ctx.warning(
        `\`min\`/\`max\` on a ${type} shape have no Smithy equivalent and are dropped`,
        path,
      );
  }
  if (shape.pattern !== undefined) {
    if (typeof shape.pattern !== "string")
      ctx.error("`pattern` must be a string", [...path, "pattern"]);
    else if (type !== "string")
      ctx.warning(`\`pattern\` on a ${type} shape has no Smithy equivalent and is dropped`, path);
    else addPattern(shape.pattern, traits, ctx, path);
  }
}

/**
 * `@pattern`, recorded with where its value is in the file. A pattern no regular expression
 * dialect accepts is dropped with a warning: the AWS CLI does not check patterns, so a broken
 * one in an AWS model should not stop the model from loading. One that is valid but has no
 * linear-time form stays; the resolver warns about it (see resolve/validate-patterns.ts).
 */
function addPattern(
  pattern: string,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  path: JsonPath,
): void {
  const converted = smithyPattern(pattern);
  const at = [...path, "pattern"];
  const problem = patternProblem(converted);
  if (problem?.reason === "syntax") {
    ctx.warning(
      `\`pattern\` ${JSON.stringify(pattern)} is not a valid regular expression (${problem.detail}, at offset ${problem.index} of ${JSON.stringify(converted)}); it is dropped and values are not checked against it`,
      at,
    );
    return;
  }
  traits[api("pattern")] = converted;
  ctx.recordValue(pointer.trait(ctx.shapeId(String(path[1])), api("pattern")), at);
}

/**
 * botocore's patterns match the whole value (its model generator turned the original `^X$` into
 * `X`, an unanchored end `^X` into `X.*`, an unanchored start `X$` into `.*X`); Smithy's `@pattern`
 * searches, so the anchors come back: `X` → `^X$`, `X.*` → `^X`, `.*X` → `X$`, `.*` alone stays.
 * This reproduces the public AWS Smithy models' patterns and keeps botocore's meaning.
 */
export function smithyPattern(pattern: string): string {
  if (pattern === ".*" || pattern === "") return pattern;
  // Some models keep their own anchors: those stay as they are, never doubled.
  let out = pattern;
  if (!out.startsWith("^")) out = out.startsWith(".*") ? out.slice(2) : `^${out}`;
  const anchoredEnd = out.endsWith("$") && !out.endsWith("\\$");
  const openEnd = out.endsWith(".*") && !out.endsWith("\\.*");
  if (!anchoredEnd) out = openEnd ? out.slice(0, -2) : `${out}$`;
  return out;
}
