// The text layout helpers against prettier itself: whatever they claim to be in prettier's
// layout must come back unchanged from prettier, for names, members and arguments of any length.
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  callEndingInList,
  listAssignment,
  plainCallAssignment,
  unionProperty,
  unionTypeAlias,
} from "../src/typescript-text.js";
import { GENERATED_CODE_STYLE } from "../src/typescript-data.js";

const format = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, filepath: "module.ts" });

const name = (max: number) =>
  fc
    .tuple(
      fc.constantFrom("A", "b", "_", "$"),
      fc.string({ unit: fc.constantFrom("x", "Y", "9", "_"), maxLength: max, size: "max" }),
    )
    .map(([first, rest]) => first + rest);
const stringLiteral = (max: number) =>
  fc
    .string({ unit: fc.constantFrom("a", "B", "-", " ", "."), maxLength: max, size: "max" })
    .map((s) => JSON.stringify(s));
const plainArgument = fc.oneof(name(40), stringLiteral(40), fc.nat().map(String));

const runs = { seed: 20261206, numRuns: 150 };

describe("unionTypeAlias and unionProperty", () => {
  it("lay out any union as prettier does, one member too long included", async () => {
    await fc.assert(
      fc.asyncProperty(
        name(90),
        fc.array(fc.oneof(stringLiteral(110), name(110)), { minLength: 0, maxLength: 5 }),
        async (typeName, members) => {
          const text = unionTypeAlias(`export type ${typeName}`, members);
          expect(await format(text)).toBe(text);
        },
      ),
      runs,
    );
  });

  it("moves a lone member too long for the line after the `=`", () => {
    const member = JSON.stringify("x".repeat(95));
    expect(unionTypeAlias("export type A", [member])).toBe(`export type A =\n  ${member};\n`);
  });

  it("keeps a property's lone member on its line, as prettier does", async () => {
    await fc.assert(
      fc.asyncProperty(
        name(60),
        fc.array(stringLiteral(110), { minLength: 0, maxLength: 4 }),
        async (key, members) => {
          const text = `interface A {\n${unionProperty(key, members)}}\n`;
          expect(await format(text)).toBe(text);
        },
      ),
      runs,
    );
  });
});

describe("plainCallAssignment", () => {
  it("is prettier's layout whenever it says so, and says so for two or more arguments", async () => {
    await fc.assert(
      fc.asyncProperty(
        name(80),
        name(40),
        fc.array(plainArgument, { minLength: 1, maxLength: 4 }),
        async (constName, callee, args) => {
          const { text, laidOut } = plainCallAssignment(
            `export const ${constName}: typeof ns.${constName}`,
            callee,
            args,
          );
          if (args.length >= 2) expect(laidOut).toBe(true);
          if (laidOut) expect(await format(text)).toBe(text);
        },
      ),
      runs,
    );
  });

  it("does not promise a lone argument on a line too long (prettier decides by its kind)", () => {
    const long = `export const ${"d".repeat(43)}: typeof ns.x`;
    expect(plainCallAssignment(long, "f".repeat(21), ['"abcdefghijklmnopqrstuvwx"']).laidOut).toBe(
      false,
    );
    expect(plainCallAssignment("export const a: T", "f", ["b"])).toEqual({
      text: "export const a: T = f(b);\n",
      laidOut: true,
    });
  });
});

describe("callEndingInList", () => {
  it("is prettier's layout whenever it says so; not for an empty list or a `head[` too long", async () => {
    await fc.assert(
      fc.asyncProperty(
        name(90),
        fc.array(stringLiteral(30), { maxLength: 5 }),
        async (constName, items) => {
          const head = `const ${constName} = load(first, `;
          const { text, laidOut } = callEndingInList(head, items);
          const fits = `${head}[${items.join(", ")}]);`.length <= 100;
          expect(laidOut).toBe(fits || (items.length > 0 && `${head}[`.length <= 100));
          if (laidOut) expect(await format(text)).toBe(text);
        },
      ),
      runs,
    );
  });
});

describe("listAssignment", () => {
  it("is prettier's layout for strings and names, on one line or one item per line", async () => {
    await fc.assert(
      fc.asyncProperty(
        name(60),
        fc.array(fc.oneof(stringLiteral(30), name(30)), { maxLength: 8 }),
        async (constName, items) => {
          const { text, laidOut } = listAssignment(
            `export const ${constName}: readonly unknown[]`,
            items,
          );
          expect(laidOut).toBe(true);
          expect(await format(text)).toBe(text);
        },
      ),
      runs,
    );
  });
});
