// Standard JSON Schema v1 (https://standardschema.dev, `StandardJSONSchemaV1` of
// @standard-schema/spec): a validator of an operation's input also hands out its JSON Schema
// through `~standard.jsonSchema`, so form and RPC libraries that take one get the same facts the
// `schemas/*.schema.json` files state. The generator writes draft 2020-12; draft-07 is derived
// from it (`definitions` for `$defs`, `allOf` where a `$ref` has siblings, which draft-07
// ignores). Each call returns a fresh copy: a caller may change it freely.

import type { StandardJSONSchemaV1 } from "@standard-schema/spec";
import type { ShapeValidator } from "./standard-schema.js";

/** A validator that is also a Standard JSON Schema: what `validateInput` of an operation is. */
export type InputValidator<T> = ShapeValidator<T> & StandardJSONSchemaV1<unknown, T>;

/** Thrown by `~standard.jsonSchema.input/output` for a target other than draft 2020-12 or draft-07. */
export class JsonSchemaTargetError extends Error {
  override readonly name = "JsonSchemaTargetError";
  /** The target that was asked for. */
  readonly target: string;
  constructor(target: unknown) {
    const text = typeof target === "string" ? target.slice(0, 100) : typeof target;
    super(
      `JSON Schema target ${JSON.stringify(text)} is not supported; use "draft-2020-12" or "draft-07"`,
    );
    this.target = text;
  }
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const DEFS_REF = "#/$defs/";
const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

/** Sets an own property, also for a member named `__proto__` (a schema's `properties` may have one). */
function define(target: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * A deep copy of a schema, rewritten for draft-07 when `draft07`. Recursive: the generator's
 * documents refer to aggregates through `$defs`, so their nesting stays a few levels deep.
 */
function copy(value: Json, draft07: boolean, top: boolean): Json {
  if (Array.isArray(value)) return value.map((v: Json) => copy(v, draft07, false));
  if (value === null || typeof value !== "object") return value;
  const object = value as { readonly [key: string]: Json };
  const out: Record<string, Json> = {};
  for (const key of Object.keys(object)) {
    let item = object[key]!;
    if (draft07 && top && key === "$schema") item = DRAFT_07;
    if (draft07 && key === "$ref" && typeof item === "string" && item.startsWith(DEFS_REF))
      item = `#/definitions/${item.slice(DEFS_REF.length)}`;
    define(
      out,
      draft07 && top && key === "$defs" ? "definitions" : key,
      copy(item, draft07, false),
    );
  }
  // Draft-07 ignores every keyword beside `$ref`: the reference moves into `allOf`.
  if (draft07 && !top && Object.hasOwn(out, "$ref") && Object.keys(out).length > 1) {
    const ref = out["$ref"]!;
    delete out["$ref"];
    define(out, "allOf", [{ $ref: ref }]);
  }
  return out;
}

/** `~standard.jsonSchema` for a draft 2020-12 `document`: input and output are the same schema. */
export function jsonSchemaConverter(
  document: Readonly<Record<string, unknown>>,
): StandardJSONSchemaV1.Converter {
  const convert = (options: StandardJSONSchemaV1.Options): Record<string, unknown> => {
    const target: unknown = options?.target;
    if (target !== "draft-2020-12" && target !== "draft-07")
      throw new JsonSchemaTargetError(target);
    return copy(document as Json, target === "draft-07", true) as Record<string, unknown>;
  };
  return { input: convert, output: convert };
}

/**
 * `validator` as a Standard JSON Schema too: a new function that validates as `validator` does,
 * whose `~standard` adds `jsonSchema` (the validator itself is left as it is).
 */
export function withJsonSchema<T>(
  validator: ShapeValidator<T>,
  document: Readonly<Record<string, unknown>>,
): InputValidator<T> {
  const validate = (value: unknown, options?: Parameters<ShapeValidator<T>>[1]) =>
    validator(value, options);
  const standard = { ...validator["~standard"], jsonSchema: jsonSchemaConverter(document) };
  Object.defineProperty(validate, "~standard", { value: standard, enumerable: false });
  return validate as InputValidator<T>;
}
