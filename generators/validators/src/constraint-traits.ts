// Reading constraint traits off a shape or member: `@length`, `@range`, `@pattern`, enum
// values, and the `shapekit#` rule traits. Values were checked by the resolver; these
// accessors only pick them out with the right types.

import type { NodeValue, Shape, Traits } from "@shapekit/model";

export interface Bounds {
  readonly min: number | undefined;
  readonly max: number | undefined;
}

function numberField(value: NodeValue | undefined, field: string): number | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = (value as Record<string, NodeValue>)[field];
  return typeof v === "number" ? v : undefined;
}

/** `@length` or `@range` bounds, when the trait is there. */
export function bounds(
  traits: Traits,
  trait: "smithy.api#length" | "smithy.api#range",
): Bounds | undefined {
  const value = traits.get(trait);
  if (value === undefined) return undefined;
  return { min: numberField(value, "min"), max: numberField(value, "max") };
}

export function pattern(traits: Traits): string | undefined {
  const value = traits.get("smithy.api#pattern");
  return typeof value === "string" ? value : undefined;
}

/** Values of an enum or intEnum shape (its members' `@enumValue`), or of a 1.0 `@enum` trait. */
export function enumValues(shape: Shape, traits: Traits): Array<string | number> | undefined {
  if (shape.type === "enum" || shape.type === "intEnum") {
    return [...shape.members.values()].map((m) => {
      const v = m.traits.get("smithy.api#enumValue");
      return typeof v === "string" || typeof v === "number" ? v : m.name;
    });
  }
  const legacy = traits.get("smithy.api#enum");
  if (Array.isArray(legacy)) {
    return legacy.flatMap((d) =>
      d &&
      typeof d === "object" &&
      !Array.isArray(d) &&
      typeof (d as Record<string, NodeValue>).value === "string"
        ? [(d as Record<string, NodeValue>).value as string]
        : [],
    );
  }
  return undefined;
}

/** A string-valued trait (`shapekit#uniqueBy("Key")`). */
export function stringTrait(traits: Traits, id: string): string | undefined {
  const v = traits.get(id);
  return typeof v === "string" ? v : undefined;
}

/** A number-valued trait (`shapekit#multipleOf(1024)`). */
export function numberTrait(traits: Traits, id: string): number | undefined {
  const v = traits.get(id);
  return typeof v === "number" ? v : undefined;
}

/** `@deprecated`'s text: "deprecated since X: message", or undefined when not deprecated. */
export function deprecation(traits: Traits): string | undefined {
  const v = traits.get("smithy.api#deprecated");
  if (v === undefined) return undefined;
  const fields =
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, NodeValue>) : {};
  const since = typeof fields.since === "string" ? ` since ${fields.since}` : "";
  const message = typeof fields.message === "string" ? `: ${fields.message}` : "";
  return `deprecated${since}${message}`;
}
