// Reading the `shapekit#` rule traits and `@deprecated`'s text off a shape or member. Prelude
// constraint traits (`@length`, `@range`, `@pattern`, enum values) are read with the model's
// typed readers (`trait` from @shapekit/model); these only add what the validators print.

import { trait, type Traits } from "@shapekit/model";

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
  const d = trait.deprecated(traits);
  if (d === undefined) return undefined;
  const since = d.since !== undefined ? ` since ${d.since}` : "";
  const message = d.message !== undefined ? `: ${d.message}` : "";
  return `deprecated${since}${message}`;
}
