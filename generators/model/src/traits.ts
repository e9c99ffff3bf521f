// Typed readers for the prelude traits emitters read: `trait.length(shape)` is the `@length`
// bounds as numbers, `trait.pattern(member)` the regex text, `trait.isRequired(member)` a
// boolean. The resolver checked every value against the trait's shape, so the readers only pick
// the fields out with the right types; a value of another form reads as absent. Emitters import
// `trait` from @shapekit/model instead of spelling `"smithy.api#…"` ids and re-parsing values.

import type { NodeValue } from "./ast.js";
import type { Member, Shape, Traits } from "./model.js";

/** A shape, a member, or their trait map. */
export type HasTraits = Shape | Member | Traits;

/** The prelude trait ids the readers know, by short name. */
export const ID = {
  default: "smithy.api#default",
  deprecated: "smithy.api#deprecated",
  documentation: "smithy.api#documentation",
  enum: "smithy.api#enum",
  enumValue: "smithy.api#enumValue",
  httpHeader: "smithy.api#httpHeader",
  httpPayload: "smithy.api#httpPayload",
  idempotencyToken: "smithy.api#idempotencyToken",
  length: "smithy.api#length",
  mediaType: "smithy.api#mediaType",
  pattern: "smithy.api#pattern",
  range: "smithy.api#range",
  required: "smithy.api#required",
  sparse: "smithy.api#sparse",
  streaming: "smithy.api#streaming",
  uniqueItems: "smithy.api#uniqueItems",
  unitType: "smithy.api#unitType",
} as const;

/** The prelude's Unit structure: an operation's input or output, or a union member, without a value. */
export const UNIT = "smithy.api#Unit";

/** `@length` or `@range`: each end a number, or undefined when the model leaves it open. */
export interface Bounds {
  readonly min: number | undefined;
  readonly max: number | undefined;
}

/** `@deprecated`'s fields. */
export interface Deprecation {
  readonly message: string | undefined;
  readonly since: string | undefined;
}

/** One definition of a Smithy 1.0 `@enum` trait. */
export interface LegacyEnumDefinition {
  readonly value: string;
  readonly name: string | undefined;
  readonly documentation: string | undefined;
  readonly deprecated: boolean;
}

function traitsOf(subject: HasTraits): Traits {
  return "traits" in subject ? subject.traits : subject;
}

function isObject(value: NodeValue | undefined): value is Record<string, NodeValue> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberField(value: Record<string, NodeValue>, field: string): number | undefined {
  const v = value[field];
  return typeof v === "number" ? v : undefined;
}

function stringField(value: Record<string, NodeValue>, field: string): string | undefined {
  const v = value[field];
  return typeof v === "string" ? v : undefined;
}

function boundsTrait(subject: HasTraits, id: string): Bounds | undefined {
  const value = traitsOf(subject).get(id);
  if (!isObject(value)) return undefined;
  return { min: numberField(value, "min"), max: numberField(value, "max") };
}

function stringTraitValue(subject: HasTraits, id: string): string | undefined {
  const value = traitsOf(subject).get(id);
  return typeof value === "string" ? value : undefined;
}

/** Whether the trait is applied (annotation traits such as `@sparse` carry `{}`). */
export function has(subject: HasTraits, id: string): boolean {
  return traitsOf(subject).has(id);
}

/** `@length`: string/blob length, or list/map size. */
export function length(subject: HasTraits): Bounds | undefined {
  return boundsTrait(subject, ID.length);
}

/** `@range`: numeric bounds. */
export function range(subject: HasTraits): Bounds | undefined {
  return boundsTrait(subject, ID.range);
}

/** `@pattern`: the ECMA 262 regular expression text. */
export function pattern(subject: HasTraits): string | undefined {
  return stringTraitValue(subject, ID.pattern);
}

/** `@documentation`: the raw text (HTML in AWS models, CommonMark in IDL `///` comments). */
export function documentation(subject: HasTraits): string | undefined {
  return stringTraitValue(subject, ID.documentation);
}

/** `@mediaType`. */
export function mediaType(subject: HasTraits): string | undefined {
  return stringTraitValue(subject, ID.mediaType);
}

export function isRequired(subject: HasTraits): boolean {
  return has(subject, ID.required);
}

export function isSparse(subject: HasTraits): boolean {
  return has(subject, ID.sparse);
}

export function hasUniqueItems(subject: HasTraits): boolean {
  return has(subject, ID.uniqueItems);
}

export function isIdempotencyToken(subject: HasTraits): boolean {
  return has(subject, ID.idempotencyToken);
}

export function isHttpHeader(subject: HasTraits): boolean {
  return has(subject, ID.httpHeader);
}

/**
 * An HTTP header whose string holds JSON text (`@httpHeader` with a JSON `@mediaType`; botocore's
 * `jsonvalue`), given the member and its target (either may carry either trait). The AWS CLI
 * takes any JSON value for it and sends its JSON text, so the request holds a JSON value.
 */
export function isJsonValueHeader(...subjects: readonly HasTraits[]): boolean {
  const json = subjects.some((s) => {
    const type = mediaType(s);
    return type !== undefined && /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
  });
  return json && subjects.some(isHttpHeader);
}

export function isHttpPayload(subject: HasTraits): boolean {
  return has(subject, ID.httpPayload);
}

export function isStreaming(subject: HasTraits): boolean {
  return has(subject, ID.streaming);
}

/** `@default`'s value, or undefined when the trait is absent. */
export function defaultValue(subject: HasTraits): NodeValue | undefined {
  return traitsOf(subject).get(ID.default);
}

export function hasDefault(subject: HasTraits): boolean {
  return has(subject, ID.default);
}

/** `@deprecated`'s message and since, or undefined when not deprecated. */
export function deprecated(subject: HasTraits): Deprecation | undefined {
  const traits = traitsOf(subject);
  if (!traits.has(ID.deprecated)) return undefined;
  const value = traits.get(ID.deprecated);
  return isObject(value)
    ? { message: stringField(value, "message"), since: stringField(value, "since") }
    : { message: undefined, since: undefined };
}

/** An enum or intEnum member's `@enumValue`, when it is a string or number. */
export function enumValue(member: HasTraits): string | number | undefined {
  const value = traitsOf(member).get(ID.enumValue);
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

/** Whether the shape carries a Smithy 1.0 `@enum` trait. */
export function hasLegacyEnum(subject: HasTraits): boolean {
  return has(subject, ID.enum);
}

/** The definitions of a Smithy 1.0 `@enum` trait that have a string value. */
export function legacyEnum(subject: HasTraits): LegacyEnumDefinition[] | undefined {
  const value = traitsOf(subject).get(ID.enum);
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((d) =>
    isObject(d) && typeof d.value === "string"
      ? [
          {
            value: d.value,
            name: stringField(d, "name"),
            documentation: stringField(d, "documentation"),
            deprecated: d.deprecated === true,
          },
        ]
      : [],
  );
}

/**
 * The values a shape allows: its members' `@enumValue` (the member name when absent) for an
 * enum or intEnum, the 1.0 `@enum` trait's values on `traits` (the shape's by default) otherwise.
 */
export function enumValues(
  shape: Shape,
  traits: HasTraits = shape,
): Array<string | number> | undefined {
  if (shape.type === "enum" || shape.type === "intEnum")
    return [...shape.members.values()].map((m) => enumValue(m) ?? m.name);
  return legacyEnum(traits)?.map((d) => d.value);
}
