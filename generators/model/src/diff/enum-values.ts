// Rule: enum values, for enum and intEnum shapes and for strings with the Smithy 1.0 `@enum`
// trait (so converting such a string to an enum shape compares values, as Smithy does). Values
// are matched by value, since that is what travels on the wire; every change is reported at the
// enum member, `ns#Enum$NAME` (for an `@enum` entry without a name, its value stands in).
//
// | change                                          | severity | kind             | Smithy                              |
// |-------------------------------------------------|----------|------------------|-------------------------------------|
// | value removed                                   | breaking | RemovedEnumValue | ChangedEnumTrait.Removed: ERROR     |
// | same value, different name (or a name gained or | breaking | ChangedEnumName  | ChangedEnumTrait.NameChanged: ERROR |
// |   lost, as when an unnamed `@enum` entry becomes an enum member)                                                   |
// | same name, different value                      | breaking | ChangedEnumValue | @enumValue is diff.error.const      |
// | string value added before the end of the list   | breaking | ChangedEnumOrder | ChangedEnumTrait.OrderChanged: ERROR|
// | string value appended; any intEnum value added  | safe     | AddedEnumValue   | NOTE (appended / AddedShape)        |
// | @enum trait added to or removed from a string   | breaking | ChangedEnumTrait | enum trait `presence`: ERROR        |
//
// An added value is `safe` as in Smithy (a NOTE there), not `dangerous`: clients are expected to
// tolerate unknown enum values. It still counts as an addition for the version bump (semver.ts).

import type { Member, Model, Shape } from "../model.js";
import { change, type ModelChange } from "./model-change.js";
import { nodeValuesEqual } from "./node-value-equality.js";
import { diffMemberTraits } from "./trait-diff.js";

const ENUM_TRAIT = "smithy.api#enum";
const ENUM_VALUE = "smithy.api#enumValue";
const SKIP_ENUM_VALUE: ReadonlySet<string> = new Set([ENUM_VALUE]);

interface EnumEntry {
  readonly name: string;
  /** False for an `@enum` entry without a name (its value stands in for it). */
  readonly named: boolean;
  readonly value: string | number;
  /** Absent for `@enum` trait entries. */
  readonly member?: Member;
}

/** Whether a shape's members or traits are enum values this module compares. */
export function isEnumLike(shape: Shape): boolean {
  return (
    shape.type === "enum" ||
    shape.type === "intEnum" ||
    (shape.type === "string" && shape.traits.has(ENUM_TRAIT))
  );
}

function entriesOf(shape: Shape): EnumEntry[] {
  if (shape.type === "enum" || shape.type === "intEnum") {
    return [...shape.members.values()].map((member) => {
      const value = member.traits.get(ENUM_VALUE);
      return {
        name: member.name,
        named: true,
        value: typeof value === "number" || typeof value === "string" ? value : member.name,
        member,
      };
    });
  }
  const list = shape.traits.get(ENUM_TRAIT);
  if (!Array.isArray(list)) return [];
  const out: EnumEntry[] = [];
  for (const item of list) {
    if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
    const value = item["value"];
    if (typeof value !== "string") continue;
    const name = item["name"];
    out.push({
      name: typeof name === "string" ? name : value,
      named: typeof name === "string",
      value,
    });
  }
  return out;
}

// `1` and `"1"` are different values; JSON text keeps them apart in one Map key space.
const valueKey = (value: string | number): string => JSON.stringify(value);
const show = (value: string | number): string => JSON.stringify(value);

export function diffEnumValues(
  oldModel: Model,
  newModel: Model,
  oldShape: Shape,
  newShape: Shape,
): ModelChange[] {
  const id = newShape.id;
  if (
    newShape.type === "string" &&
    oldShape.type === "string" &&
    oldShape.traits.has(ENUM_TRAIT) !== newShape.traits.has(ENUM_TRAIT)
  ) {
    const verb = newShape.traits.has(ENUM_TRAIT) ? "Added" : "Removed";
    return [
      change(
        "breaking",
        id,
        "ChangedEnumTrait",
        `${verb} @enum: the set of accepted values changed entirely`,
      ),
    ];
  }
  const before = entriesOf(oldShape);
  const after = entriesOf(newShape);
  const afterByValue = new Map(after.map((e) => [valueKey(e.value), e]));
  const beforeValues = new Set(before.map((e) => valueKey(e.value)));
  const afterByName = new Map(after.map((e) => [e.name, e]));
  const consumed = new Set<EnumEntry>();
  const out: ModelChange[] = [];
  // A new value placed before a value the enum already had was inserted, not appended: every
  // value after it moves (Smithy compares enum values by position).
  let lastKeptPosition = -1;
  after.forEach((entry, position) => {
    if (beforeValues.has(valueKey(entry.value))) lastKeptPosition = position;
  });

  for (const old of before) {
    const memberId = `${id}$${old.name}`;
    const same = afterByValue.get(valueKey(old.value));
    if (same) {
      consumed.add(same);
      if (same.name !== old.name || same.named !== old.named) {
        // Generated code names the value: gaining, losing or changing a name breaks it.
        out.push(
          change(
            "breaking",
            memberId,
            "ChangedEnumName",
            !old.named
              ? `Enum value ${show(old.value)} was given the name ${same.name}`
              : !same.named
                ? `Enum value ${show(old.value)} lost its name ${old.name}`
                : `Enum value ${show(old.value)} renamed from ${old.name} to ${same.name}`,
          ),
        );
      } else if (old.member && same.member) {
        out.push(
          ...diffMemberTraits(
            oldModel,
            newModel,
            oldShape,
            newShape,
            old.member,
            same.member,
            SKIP_ENUM_VALUE,
          ),
        );
      }
      continue;
    }
    const renamed = afterByName.get(old.name);
    if (renamed && !beforeValues.has(valueKey(renamed.value))) {
      consumed.add(renamed);
      out.push(
        change(
          "breaking",
          memberId,
          "ChangedEnumValue",
          `Enum member ${old.name} changed value from ${show(old.value)} to ${show(renamed.value)}`,
        ),
      );
    } else {
      out.push(
        change(
          "breaking",
          memberId,
          "RemovedEnumValue",
          `Removed enum value ${show(old.value)} (${old.name})`,
        ),
      );
    }
  }

  after.forEach((entry, position) => {
    if (consumed.has(entry) || beforeValues.has(valueKey(entry.value))) return;
    const memberId = `${id}$${entry.name}`;
    // Smithy's ordinal rule concerns string enums; intEnum values carry their own numbers.
    if (newShape.type !== "intEnum" && position < lastKeptPosition) {
      out.push(
        change(
          "breaking",
          memberId,
          "ChangedEnumOrder",
          `Enum value ${show(entry.value)} was inserted before the end of the existing values`,
        ),
      );
    } else {
      out.push(change("safe", memberId, "AddedEnumValue", `Added enum value ${show(entry.value)}`));
    }
  });

  if (
    out.length === 0 &&
    !nodeValuesEqual(oldShape.traits.get(ENUM_TRAIT), newShape.traits.get(ENUM_TRAIT)) &&
    oldShape.type === newShape.type
  ) {
    // Same values and names: only documentation, tags or deprecation of entries changed.
    out.push(
      change(
        "safe",
        id,
        "ChangedEnumTrait",
        "Changed the documentation, tags or deprecation of @enum entries",
      ),
    );
  }
  return out;
}

/** Trait ids the enum rule judges itself, to be skipped by the shape's trait diff. */
export const ENUM_SHAPE_TRAITS: ReadonlySet<string> = new Set([ENUM_TRAIT]);
