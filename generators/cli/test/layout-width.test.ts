// A file an emitter marked laid out, but whose code lines hold characters prettier measures by
// another width than their length, is formatted by prettier whole (layout-width.ts).
import path from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package/typescript-data";
import { describe, expect, it } from "vitest";
import { formatFiles } from "../src/format.js";
import { widthsAgree } from "../src/layout-width.js";
import { temporaryFolders } from "./temp-folders.js";

const tempDir = temporaryFolders("width");

describe("widthsAgree", () => {
  it("trusts ASCII and Latin letters, and any character in a comment", () => {
    expect(widthsAgree("a.ts", 'export const a = "café";\n')).toBe(true);
    expect(widthsAgree("a.ts", "/** \u3000wide — in a doc */\nexport const a = 1;\n")).toBe(true);
    expect(widthsAgree("a.ts", "  // 漢字\nconst a = 1;\n")).toBe(true);
    expect(widthsAgree("a.json", '{\n  "description": "漢字 \u3000"\n}\n')).toBe(true);
    expect(widthsAgree("README.md", "# 漢字 — prose\n\nMore prose…\n")).toBe(true);
  });

  it("trusts a line with wide characters that fits either way, or is too long either way", () => {
    expect(widthsAgree("a.ts", 'const a = "\u3000";\n')).toBe(true);
    expect(widthsAgree("a.ts", `const a = "${"x".repeat(100)}\u3000";\n`)).toBe(true);
  });

  it("distrusts a code line wide characters may push past the width, or with a narrower one", () => {
    expect(widthsAgree("a.ts", `const a = "${"x".repeat(86)}\u3000";\n`)).toBe(false);
    expect(widthsAgree("a.ts", 'const a = "e\u0301";\n')).toBe(false);
    expect(widthsAgree("a.ts", 'const a = "\u{1d400}";\n')).toBe(false);
    expect(widthsAgree("a.json", `{\n  "enum": ["${"漢字".repeat(25)}"]\n}\n`)).toBe(false);
    const fenced = ["```ts", `const a = "${"漢".repeat(60)}";`, "```", ""].join("\n");
    expect(widthsAgree("README.md", fenced)).toBe(false);
    expect(widthsAgree("README.md", `| a | ${"漢".repeat(60)} |\n| - | - |\n`)).toBe(false);
  });
});

describe("widthsAgree over a whole file", () => {
  // A file agrees when each of its lines does: the file is scanned only at its suspect lines.
  const fragment = fc.constantFrom(
    "const a = ",
    '"x", ',
    "x".repeat(40),
    "// ",
    "  * ",
    '  "k": "',
    "\u3000",
    "漢字",
    "e\u0301",
    "\u{1d400}",
    "—",
    "é",
    "\u00ad",
    "\n",
  );
  const file = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(""));

  it("is every line's verdict, for scripts and JSON", () => {
    fc.assert(
      fc.property(file, fc.constantFrom("a.ts", "a.json"), (text, path) => {
        const lines = text.split("\n");
        expect(widthsAgree(path, text)).toBe(lines.every((line) => widthsAgree(path, line)));
      }),
      { seed: 20261206, numRuns: 500 },
    );
  });
});

describe("formatFiles with a laid-out claim prettier would not measure alike", () => {
  it("formats the file as prettier does, whatever its emitter said", async () => {
    const dir = tempDir();
    // 100 UTF-16 units, two of them wide: prettier sees 102 columns and breaks the call.
    const call = `check(first, second, "${"x".repeat(73)}\u3000\u3000");`;
    const contents = `${call}\n`;
    expect(call.length).toBe(100);
    const absolutePath = path.join(dir, "m.ts");
    const out = await formatFiles([
      { absolutePath, file: { path: "m.ts", contents, preformatted: true } },
    ]);
    const expected = await prettier.format(contents, { ...GENERATED_CODE_STYLE, filepath: "m.ts" });
    expect(expected).not.toBe(contents);
    expect(out.get(absolutePath)).toBe(expected);
  });
});
