// Property: for any value of the model, the words `toArgument` writes make `parseArgument`
// (the AWS CLI's reading) build the same value again. Values are drawn from the generated
// descriptors themselves, so every option and every member type is exercised.
import { looksLikeOption, sameValue, type CliShape } from "@shapekit/shorthand";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  commands,
  parseArgument,
  shapes,
  toArgument,
} from "../../../packages/sagemaker-shorthand/src/index.js";

const text = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..."ab =,[]{}'\"\\@:/ \t\n-é😀"), maxLength: 12 }),
  fc.constantFrom("", "true", "1", "file://x", "-x", "a\\", "'", '"'),
);
const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });

function valueOf(shape: CliShape, depth: number): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case "structure": {
      const members = Object.fromEntries(
        shape.members.map((m) => [m.name, valueOf(shapes[m.shape]!, depth + 1)]),
      );
      return fc.record(members, { requiredKeys: [] });
    }
    case "list":
      return fc.array(valueOf(shapes[shape.member]!, depth + 1), { maxLength: depth > 2 ? 0 : 3 });
    case "map":
      return fc.dictionary(fc.string({ maxLength: 6 }), valueOf(shapes[shape.value]!, depth + 1), {
        maxKeys: 3,
      });
    case "string":
      return shape.enum ? fc.oneof(fc.constantFrom(...shape.enum), text) : text;
    case "integer":
      return fc.integer();
    case "long":
      return fc.maxSafeInteger();
    case "float":
    case "double":
      return fc.double({ noDefaultInfinity: false });
    case "boolean":
      return fc.boolean();
    case "document":
      return json;
    default:
      return text;
  }
}

/** Top-level strings the command line cannot carry as a word of their own. */
function unwritable(value: unknown): boolean {
  return (
    typeof value === "string" && (looksLikeOption(value) || /^(file|fileb|https?):\/\//.test(value))
  );
}

describe.each(commands.flatMap((c) => c.options.map((o) => [c.name, o.name, o] as const)))(
  "%s %s",
  (command, _name, option) => {
    const shape = shapes[option.shape]!;
    const values =
      shape.type === "boolean" ? fc.constant(option.negated !== true) : valueOf(shape, 0);

    it("parseArgument(toArgument(v)) equals v", () => {
      fc.assert(
        fc.property(values, (value) => {
          const words = toArgument(command, option.name, value);
          if (!words.ok) return unwritable(value);
          const back = parseArgument(command, option.name, words.value, {
            files: { readText: () => "", readBytes: () => new Uint8Array() },
          });
          return back.ok && sameValue(back.value, value);
        }),
        { numRuns: 150, seed: 4 },
      );
    });
  },
);

describe("toArgument", () => {
  it("prefers shorthand, one word per list item", () => {
    expect(
      toArgument("create-endpoint-config", "--tags", [{ Key: "a", Value: "b c" }, { Key: "x,y" }]),
    ).toEqual({
      ok: true,
      value: ["Key=a,Value=b c", "Key='x,y'"],
    });
    expect(
      toArgument("create-endpoint-config", "--vpc-config", {
        SecurityGroupIds: ["sg-1"],
        Subnets: ["a", "b"],
      }),
    ).toEqual({
      ok: true,
      value: ["SecurityGroupIds=[sg-1],Subnets=[a,b]"],
    });
  });

  it("writes a flag as no words, and refuses its opposite", () => {
    expect(toArgument("create-endpoint-config", "--enable-network-isolation", true)).toEqual({
      ok: true,
      value: [],
    });
    expect(toArgument("create-endpoint-config", "--enable-network-isolation", false).ok).toBe(
      false,
    );
  });
});
