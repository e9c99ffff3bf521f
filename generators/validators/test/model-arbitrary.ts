// Test support: fast-check arbitraries for valid values of a model's shapes, read from the
// model itself (so they follow the spec as it changes), and the places in a value where one
// mutation must produce an issue at a known path.

import fc from "fast-check";
import type { Model, Shape, Traits } from "@shapekit/model";

const INT32: [number, number] = [-2_147_483_648, 2_147_483_647];

function bounds(traits: Traits, id: string): { min?: number; max?: number } {
  const v = traits.get(id) as { min?: number; max?: number } | undefined;
  return v ?? {};
}

function merged(target: Shape, memberTraits: Traits | undefined): Traits {
  return memberTraits ? new Map([...target.traits, ...memberTraits]) : target.traits;
}

function codePoints(s: string): number {
  return [...s].length;
}

/** Valid values of `shape`; lists stay short so values stay readable. */
export function valueArbitrary(
  model: Model,
  shape: Shape,
  traits: Traits = shape.traits,
): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case "structure": {
      const members = [...shape.members.values()];
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const m of members)
        record[m.name] = valueArbitrary(
          model,
          model.expectShape(m.target),
          merged(model.expectShape(m.target), m.traits),
        );
      const requiredKeys = members
        .filter((m) => m.traits.has("smithy.api#required"))
        .map((m) => m.name);
      return fc.record(record, { requiredKeys });
    }
    case "list": {
      const member = shape.members.get("member")!;
      const { min = 0, max = min + 3 } = bounds(traits, "smithy.api#length");
      const target = model.expectShape(member.target);
      return fc.array(valueArbitrary(model, target, merged(target, member.traits)), {
        minLength: min,
        maxLength: Math.min(max, min + 3),
      });
    }
    case "enum":
      return fc.constantFrom(
        ...[...shape.members.values()].map((m) => m.traits.get("smithy.api#enumValue") as string),
      );
    case "string": {
      const { min = 0, max = Infinity } = bounds(traits, "smithy.api#length");
      const pattern = traits.get("smithy.api#pattern") as string | undefined;
      const base = pattern
        ? fc.stringMatching(new RegExp(pattern, "u"))
        : fc.string({ unit: "grapheme", minLength: min, maxLength: Math.min(max, min + 20) });
      return base.filter((s) => codePoints(s) >= min && codePoints(s) <= max);
    }
    case "integer": {
      const { min = INT32[0], max = INT32[1] } = bounds(traits, "smithy.api#range");
      return fc.integer({ min, max });
    }
    case "float":
    case "double": {
      const { min = -1e9, max = 1e9 } = bounds(traits, "smithy.api#range");
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case "boolean":
      return fc.boolean();
    default:
      throw new Error(`no arbitrary for ${shape.id} (${shape.type})`);
  }
}

/** One mutation of a valid value: where the issue must be reported, and the mutated value. */
export interface Mutation {
  readonly kind: "wrong type" | "out of range" | "removed required member" | "unknown key";
  readonly path: string;
  readonly apply: (root: unknown) => unknown;
}

const join = (path: string, name: string) => (path === "" ? name : `${path}.${name}`);

/** A value of the wrong JSON type for whatever `value` is. */
function wrongType(value: unknown): unknown {
  if (typeof value === "string") return true;
  if (typeof value === "number") return "12";
  if (typeof value === "boolean") return 1;
  if (Array.isArray(value)) return { not: "a list" };
  return null;
}

/** Every mutation point of a valid `value` of `shape`; `set` replaces the value in a copy of the root. */
export function mutations(
  model: Model,
  shape: Shape,
  value: unknown,
  traits: Traits = shape.traits,
  path = "",
  set: (root: unknown, v: unknown) => unknown = (_r, v) => v,
): Mutation[] {
  const out: Mutation[] = [
    { kind: "wrong type", path, apply: (root) => set(root, wrongType(value)) },
  ];
  if (shape.type === "structure") {
    const obj = value as Record<string, unknown>;
    const setMember = (name: string) => (root: unknown, v: unknown) =>
      set(root, { ...obj, [name]: v });
    out.push({
      kind: "unknown key",
      path: join(path, "zzUnknown"),
      apply: (root) => setMember("zzUnknown")(root, 1),
    });
    for (const m of shape.members.values()) {
      if (!Object.hasOwn(obj, m.name)) continue;
      const target = model.expectShape(m.target);
      if (m.traits.has("smithy.api#required")) {
        out.push({
          kind: "removed required member",
          path: join(path, m.name),
          apply: (root) => {
            const { [m.name]: _removed, ...rest } = obj;
            return set(root, rest);
          },
        });
      }
      out.push(
        ...mutations(
          model,
          target,
          obj[m.name],
          merged(target, m.traits),
          join(path, m.name),
          setMember(m.name),
        ),
      );
    }
  } else if (shape.type === "list") {
    const items = value as unknown[];
    const member = shape.members.get("member")!;
    const target = model.expectShape(member.target);
    items.forEach((item, i) => {
      const setItem = (root: unknown, v: unknown) =>
        set(
          root,
          items.map((x, j) => (j === i ? v : x)),
        );
      out.push(
        ...mutations(model, target, item, merged(target, member.traits), `${path}[${i}]`, setItem),
      );
    });
  } else if (typeof value === "number") {
    const range = bounds(traits, "smithy.api#range");
    if (range.max !== undefined)
      out.push({ kind: "out of range", path, apply: (root) => set(root, range.max! + 1) });
    if (range.min !== undefined)
      out.push({ kind: "out of range", path, apply: (root) => set(root, range.min! - 1) });
  }
  return out;
}
