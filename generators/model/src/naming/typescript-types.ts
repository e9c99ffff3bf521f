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
