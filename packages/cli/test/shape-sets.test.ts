// describeOperation: an operation description stored as its own part plus shared shape sets (as
// generated packages store it) is put back together as the whole description.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeOperation,
  type CliOperationDescription,
  type CliShape,
  type CliShapeSet,
} from "../src/index.js";

const names = ["A", "B", "C", "D", "E", "F", "__proto__", "constructor"] as const;

/** A description over some of `names`, each with documentation and constraints or not. */
const description = fc
  .record({
    keys: fc.uniqueArray(fc.constantFrom(...names), { minLength: 1 }),
    docs: fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
    limits: fc.array(fc.nat(9), { minLength: names.length, maxLength: names.length }),
    required: fc.boolean(),
  })
  .map(({ keys, docs, limits, required }): CliOperationDescription => {
    const shapes = Object.create(null) as Record<string, CliShape>;
    const shapeDocs = Object.create(null) as Record<string, string>;
    const memberDocs = Object.create(null) as Record<string, string>;
    const shapeLimits = Object.create(null) as Record<string, { length: { max: number } }>;
    const memberLimits = Object.create(null) as Record<string, { range: { min: number } }>;
    keys.forEach((key, i) => {
      shapes[key] = {
        type: "structure",
        name: key,
        members: [{ name: "M", shape: keys[0]! }],
      };
      if (docs[i]) {
        shapeDocs[key] = `doc of ${key}`;
        memberDocs[`${key}$M`] = `doc of ${key}.M`;
      }
      if (limits[i]! > 4) shapeLimits[key] = { length: { max: limits[i]! } };
      if (limits[i]! > 6) memberLimits[`${key}$M`] = { range: { min: limits[i]! } };
    });
    const sortedCopy = <T>(r: Record<string, T>) => {
      const out = Object.create(null) as Record<string, T>;
      for (const k of Object.keys(r).sort()) out[k] = r[k]!;
      return out;
    };
    const hasConstraints = Object.keys(shapeLimits).length + Object.keys(memberLimits).length > 0;
    return {
      name: "do-it",
      operationName: "DoIt",
      input: keys[0]!,
      options: [
        { name: "--m", member: "M", shape: keys[0]!, required },
        { name: "--no-m", member: "M", shape: keys[0]!, required: false, negated: true },
      ],
      shapes: sortedCopy(shapes),
      documentation: {
        operation: "Does it.",
        shapes: sortedCopy(shapeDocs),
        members: sortedCopy(memberDocs),
      },
      ...(hasConstraints
        ? { constraints: { shapes: sortedCopy(shapeLimits), members: sortedCopy(memberLimits) } }
        : {}),
    };
  });

/** The part of `whole` about `keys`, as a shape set. */
function part(whole: CliOperationDescription, keys: readonly string[]): CliShapeSet {
  const pick = <T>(r: Readonly<Record<string, T>> | undefined, member: boolean) => {
    const out = Object.create(null) as Record<string, T>;
    for (const k of Object.keys(r ?? {}))
      if (keys.includes(member ? k.slice(0, k.indexOf("$")) : k)) out[k] = r![k]!;
    return out;
  };
  return {
    shapes: pick(whole.shapes, false),
    documentation: {
      shapes: pick(whole.documentation?.shapes, false),
      members: pick(whole.documentation?.members, true),
    },
    constraints: {
      shapes: pick(whole.constraints?.shapes, false),
      members: pick(whole.constraints?.members, true),
    },
  };
}

describe("describeOperation", () => {
  it("puts a description split into any parts back together, `required: false` restored", () => {
    fc.assert(
      fc.property(
        description,
        fc.array(fc.nat(3), { minLength: names.length, maxLength: names.length }),
        (whole, assignment) => {
          const keys = Object.keys(whole.shapes);
          const parts = [0, 1, 2, 3].map((p) =>
            part(
              whole,
              keys.filter((_, i) => assignment[i] === p),
            ),
          );
          const own = {
            ...whole,
            ...parts[0]!,
            documentation: { operation: "Does it.", ...parts[0]!.documentation },
            options: whole.options.map(({ required, ...rest }) =>
              required ? { ...rest, required } : rest,
            ),
          };
          const { constraints: _, ...ownWithout } = own;
          const stored = whole.constraints ? own : ownWithout;
          const rebuilt = describeOperation([stored, ...parts.slice(1)]);
          expect(rebuilt).toEqual(whole);
          // Same key order, so JSON text (and every walk over the records) is the same too.
          expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(whole));
          // The parts are put together when first read, into plain data.
          expect(structuredClone(describeOperation([stored, ...parts.slice(1)]))).toEqual(whole);
        },
      ),
    );
  });

  it("keeps `__proto__` a key, not the record's prototype", () => {
    const rebuilt = describeOperation([
      { name: "x", operationName: "X", options: [], shapes: {} },
      {
        shapes: JSON.parse(
          '{"__proto__": {"type": "string", "name": "P"}}',
        ) as CliShapeSet["shapes"],
      },
    ]);
    expect(Object.keys(rebuilt.shapes)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(rebuilt.shapes)).toBeNull();
    expect(rebuilt.documentation).toEqual({ shapes: {}, members: {} });
    expect(rebuilt.constraints).toBeUndefined();
  });
});
