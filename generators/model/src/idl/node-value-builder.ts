// Turns parsed node values into JSON AST node values. Unquoted shape ids become references
// (role `value`): absolute and `use`d ids are written as is, relative ones as placeholders
// with a pending reference. Objects are created without a prototype because their keys are
// user input (`__proto__` is an ordinary key here).

import type { NodeObject, NodeValue } from "../ast.js";
import type { SourceLocation } from "../source-location.js";
import type { NodeSyntax } from "./node-syntax.js";
import { PropertyPatch, type Patch, type ReferenceTable } from "./references.js";

export interface NodeBuildContext {
  readonly references: ReferenceTable;
  report(message: string, location: SourceLocation): void;
}

/** A fresh object without a prototype, typed as a JSON AST record. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * Builds the value of `syntax`. `topPatch` says where the value itself will be stored, for
 * the case where the whole value is a shape id; nested ids patch their own container.
 */
export function buildNodeValue(
  ctx: NodeBuildContext,
  syntax: NodeSyntax,
  topPatch: Patch,
): NodeValue {
  switch (syntax.kind) {
    case "string":
    case "number":
    case "boolean":
      return syntax.value;
    case "null":
      return null;
    case "shapeId":
      return ctx.references.reference(syntax.value, syntax.location, "value", topPatch);
    case "array": {
      const out: NodeValue[] = [];
      appendArrayItems(ctx, out, syntax.items);
      return out;
    }
    case "object": {
      const out = emptyRecord<NodeValue>() as NodeObject;
      for (const entry of syntax.entries) {
        if (Object.hasOwn(out, entry.key)) {
          ctx.report(`Duplicate object key \`${entry.key}\``, entry.keyLocation);
          continue;
        }
        out[entry.key] = null; // reserve the key's position before building the value
        out[entry.key] = buildNodeValue(ctx, entry.value, new PropertyPatch(out, entry.key));
      }
      return out;
    }
  }
}

/** Builds `items` onto the end of `target` (also used to concatenate metadata arrays). */
export function appendArrayItems(
  ctx: NodeBuildContext,
  target: NodeValue[],
  items: readonly NodeSyntax[],
): void {
  for (const item of items) {
    const index = target.length;
    target.push(null);
    target[index] = buildNodeValue(ctx, item, new PropertyPatch(target, index));
  }
}
