// Standard Schema v1 (https://standardschema.dev): the interface that lets any library that
// accepts a schema (form libraries, RPC frameworks, …) use a ShapeKit validator as is. Every
// generated validator function carries the `~standard` property, as ArkType's types do.

import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { ValidateOptions, ValidationResult } from "./issue.js";
import { pathSegments } from "./path.js";

/** The vendor name ShapeKit validators report. */
export const STANDARD_SCHEMA_VENDOR = "shapekit";

/** A generated validator: call it, or hand it to anything that takes a Standard Schema. */
export type ShapeValidator<T> = ((
  value: unknown,
  options?: ValidateOptions,
) => ValidationResult<T>) &
  StandardSchemaV1<unknown, T>;

/**
 * Attaches `~standard` to a validator function. Standard Schema results carry errors only
 * (warnings have no place there); paths become segment arrays (`["Variants", 0, "Name"]`).
 * `libraryOptions` are `ValidateOptions` (`{ maxIssues: 20 }`); a capped list ends with its
 * `truncated` entry at the root, as in a `ValidationResult`.
 */
export function withStandardSchema<T>(
  validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>,
): ShapeValidator<T> {
  const standard: StandardSchemaV1.Props<unknown, T> = {
    version: 1,
    vendor: STANDARD_SCHEMA_VENDOR,
    validate(value: unknown, options?: StandardSchemaV1.Options): StandardSchemaV1.Result<T> {
      const result = validate(value, options?.libraryOptions);
      if (result.ok) return { value: result.value };
      return {
        // `code` is ours, beside the standard's fields: callers can tell issues apart by it.
        issues: result.issues.map((issue) => ({
          message: issue.message,
          path: pathSegments(issue.path),
          code: issue.code,
        })),
      };
    },
  };
  Object.defineProperty(validate, "~standard", { value: standard, enumerable: false });
  return validate as ShapeValidator<T>;
}
