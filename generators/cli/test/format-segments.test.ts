// A large module is formatted cut into top-level statements (format-segments.ts): the result
// must always be prettier's output for the whole module, whatever the statements, the blank
// lines between them, or a cut that lands where it must not (inside a template literal).

import fc from "fast-check";
import path from "node:path";
import * as prettier from "prettier";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package/typescript-data";
import { describe, expect, it, vi } from "vitest";
import { formatFiles } from "../src/format.js";
import { SEGMENTED_BYTES, topLevelSegments } from "../src/format-segments.js";

/** The texts prettier was asked to format, counted through the real formatter. */
const prettierJobs = vi.hoisted(() => ({ bytes: 0 }));
vi.mock("../src/format-pool.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../src/format-pool.js")>();
  return {
    ...actual,
    formatInParallel: ((jobs, style) => {
      prettierJobs.bytes += jobs.reduce((n, j) => n + j.text.length, 0);
      return actual.formatInParallel(jobs, style);
    }) satisfies typeof actual.formatInParallel,
  };
});

const whole = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, filepath: "/out/big.ts" });

async function formatted(
  text: string,
  pieces?: ReadonlyArray<{ text: string; laidOut: boolean }>,
): Promise<string> {
  const absolutePath = path.join("/out", "big.ts");
  const file = { path: "src/big.ts", contents: text, ...(pieces ? { pieces } : {}) };
  const out = await formatFiles([{ absolutePath, file }]);
  return out.get(absolutePath)!;
}

/** `statement` repeated, blank-line separated, until the module is large enough to be cut. */
function large(header: string, statement: (i: number) => string): string {
  let text = `// Generated.\n${header}`;
  for (let i = 0; text.length < SEGMENTED_BYTES + 1000; i++) text += `\n${statement(i)}`;
  return text;
}

/** A module's pieces: imports and a map of `entries` laid out, a badly spaced statement not. */
function mapModule(entries: number): Array<{ text: string; laidOut: boolean }> {
  const map = `const M = new Map<string, number>([\n${Array.from(
    { length: entries },
    (_, i) => `  ["k${i}", ${i}],`,
  ).join("\n")}\n]);\n`;
  return [
    { text: '// Generated.\nimport { a } from "./a.js";\n', laidOut: true },
    { text: "\nexport const  x = {a:1};\n", laidOut: false },
    { text: `\n${map}`, laidOut: true },
  ];
}

describe("topLevelSegments", () => {
  it("cuts at blank lines between top-level statements, never inside one", () => {
    const text = [
      "// Generated.",
      'import type { A } from "./a.js";',
      "",
      "/** One. */",
      "export interface One {",
      "  a: A;",
      "",
      "  b: A;",
      "}",
      "",
      "",
      "export const two = [",
      "  1,",
      "",
      "];",
      "export type Three = One;",
      "",
    ].join("\n");
    expect(topLevelSegments(text)).toEqual([
      '// Generated.\nimport type { A } from "./a.js";\n',
      "/** One. */\nexport interface One {\n  a: A;\n\n  b: A;\n}\n",
      "export const two = [\n  1,\n\n];\nexport type Three = One;\n",
    ]);
  });

  it("does not cut after an unfinished line or before a continuation", () => {
    expect(topLevelSegments("export const a =\n\n  1;\n")).toBeUndefined();
    expect(topLevelSegments("export const a = b\n\n+ c;\n")).toBeUndefined();
    expect(topLevelSegments("export const a = 1;\n\n.5;\n")).toBeUndefined();
  });
});

describe("formatFiles on a module cut into statements", () => {
  it("laid-out declarations skip prettier; the rest is formatted; the whole is prettier's", async () => {
    const text = large("", (i) =>
      i % 50 === 7
        ? `export type U${i} = {kind: "a", value: string} | {kind: "b", value: number}  ;\n`
        : `/** Shape ${i}. */\nexport interface S${i} {\n  name?: string;\n  size: number;\n}\n`,
    );
    prettierJobs.bytes = 0;
    const out = await formatted(text);
    expect(out).toBe(await whole(text));
    // Only the few union declarations went to prettier.
    expect(prettierJobs.bytes).toBeGreaterThan(0);
    expect(prettierJobs.bytes).toBeLessThan(text.length / 10);
  });

  it("a cut inside a template literal is noticed: the module is formatted whole", async () => {
    const text = large(
      "export const help = `usage:\n\nexport FOO=1;\n\nexport BAR=2`;\n",
      (i) => `export const v${i} = {a:${i}};\n`,
    );
    expect(topLevelSegments(text)!.length).toBeGreaterThan(2);
    expect(await formatted(text)).toBe(await whole(text));
  });

  it("any mix of statements and blank lines comes out as prettier prints the whole", async () => {
    const statement = fc.oneof(
      fc.constantFrom(
        'import { a } from "./a.js";',
        'import type { B, C } from "./b.js";',
        "/** Doc. */\nexport interface I {\n  a?: string;\n}",
        "export interface E {}",
        'export type U = {kind: "x"} | {kind: "y", value: number};',
        "export const o = {a: 1, b: [1,2,3], 'c': `t`};",
        "export function f(x: number): number {\n\n  return x+1\n}",
        "// A comment line.",
        "export const s = `line\n\nexport const fake = 1;`;",
        "const long = [" + Array.from({ length: 30 }, (_, i) => `"item${i}"`).join(",") + "];",
      ),
      fc
        .array(fc.constantFrom("alpha", "beta", "gamma"), { minLength: 1, maxLength: 40 })
        .map((words) => `export type W = ${words.map((w) => `"${w}"`).join(" | ")};`),
    );
    const module = fc.array(fc.tuple(statement, fc.constantFrom("\n", "\n\n", "\n\n\n")), {
      minLength: 1,
      maxLength: 40,
    });
    await fc.assert(
      fc.asyncProperty(module, async (parts) => {
        const body = parts.map(([s, gap]) => s + gap).join("");
        // Repeated to the size that is cut: each copy ends with a statement and a newline.
        const text = `// Generated.\n${body.repeat(Math.ceil(SEGMENTED_BYTES / body.length) + 1)}`;
        expect(await formatted(text)).toBe(await whole(text));
      }),
      { numRuns: 12, seed: 14 },
    );
  });

  it("runs the emitter marked laid out skip prettier, whatever the grammar says", async () => {
    // A laid-out map (object literals are not in the grammar) between two runs to format.
    const pieces = [
      ...mapModule(5000),
      { text: "export function f( ) { return M }\n", laidOut: false },
    ];
    const text = pieces.map((p) => p.text).join("");
    expect(text.length).toBeGreaterThan(SEGMENTED_BYTES);
    prettierJobs.bytes = 0;
    expect(await formatted(text, pieces)).toBe(await whole(text));
    expect(prettierJobs.bytes).toBeLessThan(100);
  });

  it("a small module mostly laid out sends only the rest to prettier; one mostly not goes whole", async () => {
    const pieces = mapModule(200);
    const text = pieces.map((p) => p.text).join("");
    expect(text.length).toBeLessThan(SEGMENTED_BYTES);
    prettierJobs.bytes = 0;
    expect(await formatted(text, pieces)).toBe(await whole(text));
    expect(prettierJobs.bytes).toBeLessThan(100);

    // The same pieces, the map now not laid out: the laid-out share is small, so one call.
    const unsure = pieces.map((p) => ({ ...p, laidOut: p.text.includes("import ") }));
    prettierJobs.bytes = 0;
    expect(await formatted(text, unsure)).toBe(await whole(text));
    expect(prettierJobs.bytes).toBe(text.length);
  });
});
