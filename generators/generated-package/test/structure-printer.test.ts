// StructurePrinter prints what SourcePrinter prints (the same ts-morph structure printer, no
// parse), with two-space indentation: equal once prettier has formatted both.
import { GENERATED_CODE_STYLE } from "../src/index.js";
import * as prettier from "prettier";
import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type StatementStructures,
} from "ts-morph";
import { describe, expect, it } from "vitest";
import { SourcePrinter } from "../src/source-printer.js";
import { StructurePrinter } from "../src/structure-printer.js";

const statements: StatementStructures[] = [
  {
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    namedImports: ["B"],
    moduleSpecifier: "./B.js",
  },
  {
    kind: StructureKind.Interface,
    isExported: true,
    name: "A",
    docs: ["An interface.\n\n@example\nconst a: A = { b };"],
    properties: [
      { name: "b", type: "B", docs: ["A member."] },
      { name: "c", type: "string[]", hasQuestionToken: true },
    ],
  },
  {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name: "X",
        initializer: (w) => w.inlineBlock(() => w.writeLine('A: "a",')).write(" as const"),
      },
    ],
  },
  {
    kind: StructureKind.Function,
    isExported: true,
    name: "f",
    parameters: [{ name: "v", type: "unknown" }],
    returnType: "void",
    statements: ["if (v) {\nreturn;\n}"],
  },
];

describe("StructurePrinter", () => {
  it("prints what SourcePrinter prints, up to prettier's layout", async () => {
    const format = (text: string) =>
      prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" });
    const fast = new StructurePrinter().print(statements);
    const slow = new SourcePrinter(new Project({ useInMemoryFileSystem: true })).print(statements);
    expect(fast.startsWith("import type { B }")).toBe(true);
    expect(await format(fast)).toBe(await format(slow));
    // The source printer's project keeps no file between prints.
    expect(
      new SourcePrinter(new Project({ useInMemoryFileSystem: true })).print(["const a = 1;"]),
    ).toBe("const a = 1;\n");
  });
});
