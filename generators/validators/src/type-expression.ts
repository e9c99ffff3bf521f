// The TypeScript type a validator narrows to, written against @shapekit/<name>-types: named
// shapes by their exported name, everything else inline with the types package's mapping
// (string, number, bigint, Date, Uint8Array, T[], Record<string, T>; past
// MAX_INLINE_TYPE_NESTING lists and maps, `unknown`, as the types package writes). Documents are
// `unknown` here: the validators package does not depend on @smithy/types for one type.

import {
  MAX_INLINE_TYPE_NESTING,
  simpleTypeScriptType,
  trait,
  type Model,
  type Shape,
} from "@shapekit/model";
import type { ValidatorNames } from "./validator-names.js";

export class TypeExpressions {
  readonly #model: Model;
  readonly #names: ReadonlyMap<string, ValidatorNames>;
  readonly #imports = new Set<string>();

  constructor(model: Model, names: ReadonlyMap<string, ValidatorNames>) {
    this.#model = model;
    this.#names = names;
  }

  /** Type names to import from the types package, sorted. */
  imports(): string[] {
    return [...this.#imports].sort();
  }

  /** The type of a value of `shape`, `nesting` lists and maps deep: past the limit, `unknown`. */
  typeOf(shape: Shape, nesting = 0): string {
    const names = this.#names.get(shape.id);
    if (names?.typeName !== undefined) {
      this.#imports.add(names.typeName);
      return names.typeName;
    }
    const simple = simpleTypeScriptType(shape.type);
    if (simple !== undefined) return simple;
    if (
      (shape.type === "list" || shape.type === "set" || shape.type === "map") &&
      nesting >= MAX_INLINE_TYPE_NESTING
    )
      return "unknown";
    switch (shape.type) {
      case "list":
      case "set": {
        const item = this.#target(shape, "member", nesting + 1);
        return trait.isSparse(shape) ? `(${item} | null)[]` : `${item}[]`;
      }
      case "map": {
        const value = this.#target(shape, "value", nesting + 1);
        const key = this.#model.expectShape(shape.members.get("key")!.target);
        const valueType = trait.isSparse(shape) ? `${value} | null` : value;
        return this.#names.get(key.id)?.hasType
          ? `Partial<Record<${this.typeOf(key)}, ${valueType}>>`
          : `Record<string, ${valueType}>`;
      }
      case "structure":
        return "Record<string, never>";
      default:
        return "unknown";
    }
  }

  #target(shape: Shape, member: string, nesting: number): string {
    const m = shape.members.get(member);
    if (!m) throw new Error(`${shape.id}: no ${member}`);
    return this.typeOf(this.#model.expectShape(m.target), nesting);
  }
}
