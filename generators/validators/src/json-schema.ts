// JSON Schema (2020-12) for an operation's input: the file editors use to check and complete
// `--cli-input-json` files, and that any JSON Schema validator (ajv) can compile. It states the
// same Smithy semantics as the generated validators — lengths in code points (JSON Schema
// counts them too), unanchored patterns with the `u` flag, closed enums, 32-bit integers, no
// nulls, no unknown members — and leaves the `shapekit#` rules out: JSON Schema cannot say
// "not greater than a sibling", and a schema that half-says it would mislead.
// Aggregates and enums become `$defs` referenced by name; other scalars are inlined.
// Definitions are built from a work list, not by recursion, so a chain of thousands of nested
// structures costs no stack; a member that refines a defined target (its own `@length` on a
// list) inlines the target's schema, and past a few levels of that, or around a cycle, refers to
// the definition and adds the member's own bounds beside `$ref` (both apply, as in the validators).

import {
  ecmascriptPattern,
  trait,
  type Member,
  type Model,
  type Shape,
  type Traits,
} from "@shapekit/model";
import { effectiveTraits } from "./check-context.js";
import { documentation } from "./documentation.js";

type Schema = Record<string, unknown>;

const INTEGER_LIMITS: Record<string, [number, number]> = {
  byte: [-128, 127],
  short: [-32_768, 32_767],
  integer: [-2_147_483_648, 2_147_483_647],
};

function withBounds(
  schema: Schema,
  min: number | undefined,
  max: number | undefined,
  minKey: string,
  maxKey: string,
): Schema {
  if (min !== undefined) schema[minKey] = min;
  if (max !== undefined) schema[maxKey] = max;
  return schema;
}

/** How many refining members deep a target's schema is inlined before `$ref` takes over. */
const MAX_INLINE_DEPTH = 8;

export class JsonSchemaBuilder {
  readonly #model: Model;
  readonly #defs = new Map<string, Schema>();
  readonly #defName: (shape: Shape) => string;
  /** Shapes whose definition is reserved (a placeholder in `#defs`) but not built yet. */
  readonly #pending: Shape[] = [];
  /** Targets being inlined for refining members, innermost last. */
  readonly #inlining: string[] = [];

  constructor(model: Model, defName: (shape: Shape) => string) {
    this.#model = model;
    this.#defName = defName;
  }

  /** The whole document for `root` (an operation input). */
  document(root: Shape, title: string): Schema {
    const ref = this.#reference(root);
    for (let shape = this.#pending.pop(); shape !== undefined; shape = this.#pending.pop()) {
      this.#defs.set(this.#defName(shape), this.#shapeSchema(shape, shape.traits));
    }
    const defs = Object.fromEntries(
      [...this.#defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title,
      ...(documentation(root.traits) ? { description: documentation(root.traits) } : {}),
      $ref: ref.$ref,
      $defs: defs,
    };
  }

  #needsDef(shape: Shape): boolean {
    return (
      ["structure", "union", "list", "set", "map", "enum", "intEnum"].includes(shape.type) ||
      trait.enumValues(shape, shape.traits) !== undefined
    );
  }

  #reference(shape: Shape): Schema {
    const name = this.#defName(shape);
    if (!this.#defs.has(name)) {
      this.#defs.set(name, {}); // placeholder: recursive shapes refer to themselves
      this.#pending.push(shape);
    }
    return { $ref: `#/$defs/${name}` };
  }

  #memberSchema(member: Member): Schema {
    const target = this.#model.expectShape(member.target);
    // A JSON value header takes any JSON value; a string one keeps the string's bounds (JSON
    // Schema applies string keywords to strings only).
    const schema: Schema =
      target.type === "string" && trait.isJsonValueHeader(member, target)
        ? this.#boundKeywords(target, effectiveTraits(member, target))
        : !this.#needsDef(target)
          ? this.#shapeSchema(target, effectiveTraits(member, target))
          : !this.#refinesTarget(member)
            ? this.#reference(target)
            : this.#refinedSchema(member, target);
    const doc = documentation(member.traits);
    const out: Schema = { ...(doc ? { description: doc } : {}), ...schema };
    if (trait.deprecated(member) !== undefined) out.deprecated = true;
    return out;
  }

  /** A defined target's schema inlined with the member's traits, or `$ref` plus the member's bounds. */
  #refinedSchema(member: Member, target: Shape): Schema {
    if (this.#inlining.length >= MAX_INLINE_DEPTH || this.#inlining.includes(target.id)) {
      return { ...this.#reference(target), ...this.#boundKeywords(target, member.traits) };
    }
    this.#inlining.push(target.id);
    try {
      return this.#shapeSchema(target, effectiveTraits(member, target));
    } finally {
      this.#inlining.pop();
    }
  }

  /** The keywords of a member's own `@length`, `@range` and `@pattern`, for beside a `$ref`. */
  #boundKeywords(target: Shape, traits: Traits): Schema {
    const length = trait.length(traits);
    const range = trait.range(traits);
    const [minKey, maxKey] =
      target.type === "list" || target.type === "set"
        ? ["minItems", "maxItems"]
        : target.type === "map"
          ? ["minProperties", "maxProperties"]
          : ["minLength", "maxLength"];
    const schema = withBounds({}, length?.min, length?.max, minKey, maxKey);
    withBounds(schema, range?.min, range?.max, "minimum", "maximum");
    const p = trait.pattern(traits);
    if (p !== undefined) schema.pattern = ecmascriptPattern(p) ?? p;
    return schema;
  }

  /** A member with its own constraint traits gets its target's schema inlined with them. */
  #refinesTarget(member: Member): boolean {
    return [trait.ID.length, trait.ID.range, trait.ID.pattern].some((t) => trait.has(member, t));
  }

  #shapeSchema(shape: Shape, traits: Traits): Schema {
    const values = trait.enumValues(shape, traits);
    if (values) return { type: shape.type === "intEnum" ? "integer" : "string", enum: values };
    const length = trait.length(traits);
    const range = trait.range(traits);
    switch (shape.type) {
      case "string": {
        const schema = withBounds(
          { type: "string" },
          length?.min,
          length?.max,
          "minLength",
          "maxLength",
        );
        const p = trait.pattern(traits);
        if (p !== undefined) schema.pattern = ecmascriptPattern(p) ?? p;
        return schema;
      }
      case "boolean":
        return { type: "boolean" };
      case "byte":
      case "short":
      case "integer": {
        const [lo, hi] = INTEGER_LIMITS[shape.type]!;
        return withBounds(
          { type: "integer" },
          Math.max(lo, range?.min ?? lo),
          Math.min(hi, range?.max ?? hi),
          "minimum",
          "maximum",
        );
      }
      case "long":
      case "bigInteger":
        return withBounds({ type: "integer" }, range?.min, range?.max, "minimum", "maximum");
      case "float":
      case "double":
        return withBounds({ type: "number" }, range?.min, range?.max, "minimum", "maximum");
      case "bigDecimal":
        return { type: ["number", "string"] };
      case "timestamp":
        return { type: ["number", "string"], description: "Epoch seconds or a date-time string." };
      case "blob":
        return { type: "string", contentEncoding: "base64" };
      case "document":
        return {};
      case "list":
      case "set": {
        const member = shape.members.get("member")!;
        const item = this.#memberSchema(member);
        const schema: Schema = {
          type: "array",
          items: trait.isSparse(shape) ? { anyOf: [item, { type: "null" }] } : item,
        };
        if (trait.hasUniqueItems(shape)) schema.uniqueItems = true;
        return withBounds(schema, length?.min, length?.max, "minItems", "maxItems");
      }
      case "map": {
        const key = shape.members.get("key")!;
        const value = this.#memberSchema(shape.members.get("value")!);
        const keyShape = this.#model.expectShape(key.target);
        const schema: Schema = {
          type: "object",
          propertyNames: this.#shapeSchema(keyShape, effectiveTraits(key, keyShape)),
          additionalProperties: trait.isSparse(shape)
            ? { anyOf: [value, { type: "null" }] }
            : value,
        };
        return withBounds(schema, length?.min, length?.max, "minProperties", "maxProperties");
      }
      case "structure":
      case "union": {
        // No prototype: a member named `__proto__` must become a property, not a prototype.
        const properties = Object.create(null) as Record<string, Schema>;
        const required: string[] = [];
        for (const member of shape.members.values()) {
          properties[member.name] = this.#memberSchema(member);
          if (shape.type === "structure" && trait.isRequired(member) && !trait.hasDefault(member))
            required.push(member.name);
        }
        const doc = documentation(shape.traits);
        const schema: Schema = { type: "object", ...(doc ? { description: doc } : {}), properties };
        if (required.length > 0) schema.required = required;
        schema.additionalProperties = false;
        if (shape.type === "union") {
          schema.minProperties = 1;
          schema.maxProperties = 1;
        }
        return schema;
      }
      default:
        throw new Error(`${shape.id}: no JSON Schema for a ${shape.type}`);
    }
  }
}
