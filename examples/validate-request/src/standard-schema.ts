// The plug-in story: this function knows nothing about ShapeKit. It takes any Standard Schema v1
// (a ShapeKit validator, a zod or valibot schema, …) and validates with it, as a form library or
// an RPC framework does; paths come back as segments, joined here with dots.

import type { StandardSchemaV1 } from "@standard-schema/spec";

/** A Standard Schema's outcome, with each issue's path written as `a.b.0.c`. */
export type SchemaOutcome<T> =
  { ok: true; value: T } | { ok: false; issues: { path: string; message: string }[] };

function pathText(path: StandardSchemaV1.Issue["path"]): string {
  return (path ?? [])
    .map((segment) => String(typeof segment === "object" ? segment.key : segment))
    .join(".");
}

/** Validates `value` with any Standard Schema v1 (synchronous or not). */
export async function validateWithAnySchema<S extends StandardSchemaV1>(
  schema: S,
  value: unknown,
): Promise<SchemaOutcome<StandardSchemaV1.InferOutput<S>>> {
  const result = await schema["~standard"].validate(value);
  if (result.issues === undefined) return { ok: true, value: result.value };
  return {
    ok: false,
    issues: result.issues.map((i) => ({ path: pathText(i.path), message: i.message })),
  };
}
