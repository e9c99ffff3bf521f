// isPrettierShaped accepts only modules prettier leaves unchanged: each accepted text is compared
// with prettier, each rejected one is a layout prettier would change (or one the grammar does not know).
import { GENERATED_CODE_STYLE } from "../src/index.js";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { isPrettierShaped } from "../src/prettier-shape.js";

const format = (text: string) =>
  prettier.format(text, { ...GENERATED_CODE_STYLE, parser: "typescript" });

const ACCEPTED = [
  `// banner\nimport type { B, C } from "./B.js";\n\n/**\n * Doc.\n */\nexport interface A {\n  /**\n   * Member.\n   *\n   * @required\n   */\n  b: B;\n  c?: C[];\n  d?: Record<string, B>;\n}\n`,
  `// banner\n/** One line. */\nexport type A = string;\n`,
];
const REJECTED = [
  `// banner\nexport interface A {\n}\n`, // prettier: {}
  `// banner\nexport interface A {\n    b: string;\n}\n`, // four spaces
  `// banner\nexport const A = {\n    X: "x",\n  } as const;\n`, // object initializers are not in the grammar
  `// banner\nexport type A = "a" | "b";\n`, // string literals are not in the grammar
  `// banner\nexport interface A {\n  aVeryLongMemberName?: Record<string, AnotherVeryLongTypeName | YetAnotherVeryLongTypeName | AndOneMore | null>;\n}\n`,
  `// banner\n\n\nexport type A = string;\n`, // two blank lines
];

describe("isPrettierShaped", () => {
  it("accepts modules that prettier leaves unchanged", async () => {
    for (const text of ACCEPTED) {
      expect(isPrettierShaped(text), text).toBe(true);
      expect(await format(text)).toBe(text);
    }
  });

  it("rejects layouts prettier changes and forms it does not know", () => {
    for (const text of REJECTED) expect(isPrettierShaped(text), text).toBe(false);
  });
});
