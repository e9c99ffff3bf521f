// The module constants of a shape module (enum value lists and Sets, member lists, patterns) in
// prettier's layout: for generated names and values of every length, what the layout pass
// writes is what prettier writes, and the forms the emitter produces are laid out (not left to
// prettier) however long their names and values are.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { layoutShapeModule } from "../src/layout.js";

const format = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" });

/** A module of `lines` as the emitter writes it (one statement per line, no indentation). */
const moduleOf = (lines: readonly string[]) =>
  ["// banner", 'import { compilePattern as __compilePattern } from "@shapekit/validation";']
    .concat(lines, "")
    .join("\n");

/** Names like the emitter's: shape names with `_` and `$`, up to well past the print width. */
const name = fc
  .tuple(fc.constantFrom("A", "_", "$", "Z"), fc.stringMatching(/^[A-Za-z0-9_$]{0,110}$/))
  .map(([first, rest]) => first + rest);

/** Enum values and member names: quotes of both kinds, backslashes, backticks, long ones. */
const value = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9.\-:/ ]{0,30}$/),
  fc.stringMatching(/^[A-Za-z"'`\\ ]{0,12}$/),
  fc.stringMatching(/^[a-z]{90,120}$/),
);
const values = fc.array(value, { maxLength: 12 });
const numbers = fc.array(
  fc.oneof(
    fc.integer({ min: -100000, max: 1e9 }),
    fc.constantFrom(0, 1, 2, 10, 4096, 1e-7, -2.5e-9, 1e21, -1e25, 0.001),
  ),
  { minLength: 2, maxLength: 40 },
);

/** As the code layer writes them (code.ts): a negative number in parentheses. */
const literals = (items: readonly (string | number)[]) =>
  items
    .map((item) => (typeof item === "number" && item < 0 ? `(${item})` : JSON.stringify(item)))
    .join(", ");

describe("layoutShapeModule: module constants", () => {
  it("lays out exported enum value lists and Sets as prettier does", async () => {
    await fc.assert(
      fc.asyncProperty(name, values, async (base, items) => {
        const text = moduleOf([
          `/** The values of ${base}, in model order. */`,
          `export const ${base}_VALUES: string[] = [${literals(items)}];`,
          `/** The values of ${base}, for the check. */`,
          `export const ${base}_SET: Set<unknown> = new Set<unknown>(${base}_VALUES);`,
        ]);
        const laidOut = layoutShapeModule(text);
        expect(laidOut).toBeDefined();
        expect(laidOut).toBe(await format(text));
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it("fills a long list of numbers as prettier does", async () => {
    await fc.assert(
      fc.asyncProperty(name, numbers, async (base, items) => {
        const text = moduleOf([`export const ${base}_VALUES: number[] = [${literals(items)}];`]);
        const laidOut = layoutShapeModule(text);
        expect(laidOut).toBeDefined();
        expect(laidOut).toBe(await format(text));
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it("fills lines of numbers up to exactly the print width", async () => {
    // Numbers of 1 to 6 digits in shifting patterns: lines of every length near 100 columns.
    for (let shift = 0; shift < 24; shift++) {
      const items = Array.from({ length: 60 }, (_, i) => 10 ** (((i * 7 + shift) % 6) + 0) + i);
      const text = moduleOf([
        `export const Sizes${shift}_VALUES: number[] = [${literals(items)}];`,
      ]);
      const laidOut = layoutShapeModule(text);
      expect(laidOut).toBeDefined();
      expect(laidOut).toBe(await format(text));
    }
  });

  it("moves a call of one short argument after the `=`, and breaks a call of a longer one", async () => {
    // Arguments around a quarter of the width, in lines just too long for one line.
    for (let length = 18; length <= 30; length++) {
      for (const over of [1, 4, 30]) {
        const pattern = "a".repeat(length);
        const fixed = 'const _PATTERN = __compilePattern("");'.length + length;
        const base = "P".repeat(Math.max(1, 100 + over - fixed));
        const text = moduleOf([
          `const ${base}_PATTERN = __compilePattern(${JSON.stringify(pattern)});`,
          `const ${base}_SET = new Set<unknown>(${"V".repeat(length)});`,
        ]);
        const laidOut = layoutShapeModule(text);
        expect(laidOut).toBeDefined();
        expect(laidOut).toBe(await format(text));
      }
    }
  });

  it("lays out member lists and patterns, short and long, as prettier does", async () => {
    await fc.assert(
      fc.asyncProperty(
        name,
        values,
        fc.oneof(value, fc.stringMatching(/^[\w\\^$.*+?()[\]{}|-]{0,60}$/)),
        fc.integer({ min: 0, max: 2 }),
        async (base, members, pattern, indent) => {
          const constants = [
            members.length === 0
              ? `const ${base}_MEMBERS = [] as string[];`
              : `const ${base}_MEMBERS = [${literals(members)}];`,
            `const ${base}_PATTERN = __compilePattern(${JSON.stringify(pattern)});`,
          ];
          // Also inside blocks: the same layout one level deeper per block.
          const text = moduleOf([
            ...Array.from({ length: indent }, () => "{"),
            ...constants,
            ...Array.from({ length: indent }, () => "}"),
          ]);
          const laidOut = layoutShapeModule(text);
          expect(laidOut).toBeDefined();
          expect(laidOut).toBe(await format(text));
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });
});
