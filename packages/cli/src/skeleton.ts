// The sample values of `--generate-cli-skeleton`, as the AWS CLI's argument generator makes
// them: `""` for strings (or the member's name, for output), `0` for integers, `0.0` for floats,
// `true` for booleans, the first value of an enum, one element in a list, one `KeyName` entry in
// a map, and `{}` for a document or a structure that is already twice on the way down (recursion).
// The AWS CLI v1 picks a random enum value; v2 and we take the first, so output is stable.

import { ExpansionBudget, type CliShape } from "@shapekit/shorthand";
import {
  memberDocumentation,
  shapeOf,
  type CliOperationDescription,
} from "./operation-description.js";
import { PythonFloat, type PythonJsonValue } from "./python-json.js";

/** `input`: placeholders; `output`: member names as string values, as the AWS CLI's stubbed response. */
export type SkeletonStyle = "input" | "output";

/** A node of a skeleton, with what the YAML form needs beside the value. */
export type SkeletonNode =
  | { readonly kind: "scalar"; readonly value: PythonJsonValue; readonly shape: CliShape }
  | { readonly kind: "binary" }
  | { readonly kind: "list"; readonly items: readonly SkeletonNode[] }
  | { readonly kind: "map"; readonly entries: ReadonlyMap<string, SkeletonNode> }
  | { readonly kind: "structure"; readonly entries: readonly SkeletonEntry[] };

/** A member of a structure skeleton. */
export interface SkeletonEntry {
  readonly name: string;
  readonly required: boolean;
  /** Documentation of the member (its own or its target's). */
  readonly documentation: string;
  /** Enum values of the member's target, for the YAML comment. */
  readonly enum?: readonly string[];
  readonly node: SkeletonNode;
}

/**
 * The skeleton of the shape `root` (an input or output structure). Throws `ShapesTooLargeError`
 * when it would hold more shapes than `budget` allows (a model that reuses its shapes at every
 * level doubles its skeleton with each level).
 */
export function buildSkeleton(
  operation: CliOperationDescription,
  root: string,
  style: SkeletonStyle,
  budget: ExpansionBudget = new ExpansionBudget(`the ${style} skeleton of ${operation.name}`),
): SkeletonNode {
  const stack: string[] = [];
  const visit = (key: string, memberName: string): SkeletonNode => {
    budget.spend();
    const shape = shapeOf(operation, key);
    // The AWS CLI tracks recursion by the model's shape name.
    stack.push(shape.name);
    try {
      switch (shape.type) {
        case "structure": {
          if (stack.filter((n) => n === shape.name).length > 1)
            return { kind: "structure", entries: [] };
          const entries = shape.members.map((m): SkeletonEntry => {
            const target = shapeOf(operation, m.shape);
            const values = "enum" in target ? target.enum : undefined;
            return {
              name: m.name,
              required: m.required === true,
              documentation: memberDocumentation(operation, key, m.name, m.shape),
              ...(values && values.length > 0 ? { enum: values } : {}),
              node: visit(m.shape, m.name),
            };
          });
          return { kind: "structure", entries };
        }
        case "list":
          // For output the AWS CLI names list items after the item's shape, not the member.
          return {
            kind: "list",
            items: [visit(shape.member, shapeOf(operation, shape.member).name)],
          };
        case "map":
          return { kind: "map", entries: new Map([["KeyName", visit(shape.value, "")]]) };
        case "string":
          if (style === "output") return scalar(memberName, shape);
          return scalar(shape.enum?.[0] ?? "", shape);
        case "integer":
        case "long":
          return scalar(0, shape);
        case "float":
        case "double":
          return scalar(new PythonFloat(0), shape);
        case "boolean":
          return scalar(true, shape);
        case "timestamp":
          return scalar("1970-01-01T00:00:00", shape);
        case "blob":
          return { kind: "binary" };
        case "document":
          // botocore models a document as a structure without members: `{}`.
          return { kind: "structure", entries: [] };
      }
    } finally {
      stack.pop();
    }
  };
  return visit(root, "");
}

function scalar(value: PythonJsonValue, shape: CliShape): SkeletonNode {
  return { kind: "scalar", value, shape };
}

/** The skeleton as a plain JSON value for the Python-compatible writer. */
export function skeletonValue(node: SkeletonNode): PythonJsonValue {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "binary":
      // The AWS CLI's generator has no placeholder for blobs: Python's None.
      return null;
    case "list":
      return node.items.map(skeletonValue);
    case "map":
      return new Map([...node.entries].map(([k, v]) => [k, skeletonValue(v)]));
    case "structure":
      return new Map(node.entries.map((e) => [e.name, skeletonValue(e.node)]));
  }
}
