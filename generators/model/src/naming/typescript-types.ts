// How a value of a simple Smithy shape type is typed in TypeScript: the AWS SDK v3 mapping that
// the types package writes and every other emitter must agree with.

import type { ShapeType } from "../ast.js";

/**
 * The TypeScript type of a value of a simple shape type (`integer` → `number`, `timestamp` →
 * `Date`, …); `undefined` for documents, aggregates and service shapes, whose type depends on
 * more than their type name.
 */
export function simpleTypeScriptType(type: ShapeType): string | undefined {
  switch (type) {
    case "string":
    case "bigDecimal": // a string, as the SDK's JSON protocols carry it without loss
      return "string";
    case "boolean":
      return "boolean";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
      return "number";
    case "bigInteger":
      return "bigint";
    case "timestamp":
      return "Date";
    case "blob":
      return "Uint8Array";
    default:
      return undefined;
  }
}

/**
 * How many lists and maps one written type nests (`string[][]` is two) before the rest is
 * `unknown`. Lists and maps have no names of their own in the packages, so a type is written
 * out where it is used: a model of 2,000 lists each of the next would write 2,000 types of up
 * to 2,000 levels, quadratic in the model (minutes, and megabytes of `[][]`). Real models nest
 * three or four.
 */
export const MAX_INLINE_TYPE_NESTING = 32;
