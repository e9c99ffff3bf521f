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
  // An enum: its const object and its type.
  `// banner\n/** Modes. */\nexport const Mode = {\n  /** Reads. */\n  READ: "read",\n  WRITE_ONLY: "write-only",\n} as const;\nexport type Mode = (typeof Mode)[keyof typeof Mode];\nexport const Level = {\n  LOW: 1,\n  HIGH: -20,\n} as const;\n`,
  `// banner\nexport const AVeryLongEnumerationNameOfTheService = {\n  A: "a",\n} as const;\nexport type AVeryLongEnumerationNameOfTheService =\n  (typeof AVeryLongEnumerationNameOfTheService)[keyof typeof AVeryLongEnumerationNameOfTheService];\n`,
  // Broken after `=`, the rest too long for a line of its own: prettier has nowhere else to break.
  `// banner\nexport const HyperParameterTuningAllocationStrategyName = {\n  A: "a",\n} as const;\nexport type HyperParameterTuningAllocationStrategyName =\n  (typeof HyperParameterTuningAllocationStrategyName)[keyof typeof HyperParameterTuningAllocationStrategyName];\n`,
  // A named list too long for one line, one specifier per line; one specifier never breaks.
  `// banner\nimport type {\n  AVeryLongTypeName,\n  AnotherVeryLongTypeName,\n  YetAnotherVeryLongTypeName,\n  type Fourth,\n} from "@scope/some-types";\nimport { aVeryLongFunctionNameThatGoesOnAndOn as __aVeryLongFunctionNameThatGoesOnAndOn } from "./functions/a-very-long-module-name.js";\nexport { b, c as d } from "./b.js";\nimport type * as __aVeryLongNamespaceNameForTheTypesOfThePackage from "@scope/a-very-long-package-name-types";\n\nexport interface A {\n  DescribeModelExplainabilityJobDefinitionResponse: DescribeModelExplainabilityJobDefinitionResponse;\n  DescribeModelExplainabilityJobDefinitionResponseList?: DescribeModelExplainabilityJobDefinitionResponse[];\n}\n`,
];
const REJECTED = [
  `// banner\nexport interface A {\n}\n`, // prettier: {}
  `// banner\nexport interface A {\n    b: string;\n}\n`, // four spaces
  `// banner\nexport const A = {\n    X: "x",\n  } as const;\n`, // object initializers are not in the grammar
  `// banner\nexport type A = "a" | "b";\n`, // string literals are not in the grammar
  `// banner\nexport interface A {\n  aVeryLongMemberName?: Record<string, AnotherVeryLongTypeName | YetAnotherVeryLongTypeName | AndOneMore | null>;\n}\n`,
  `// banner\n\n\nexport type A = string;\n`, // two blank lines
  `// banner\nimport {\n  a,\n  b,\n} from "./a.js";\n`, // fits on one line
  `// banner\nexport interface A {\n  READ: "read",\n}\n`, // a comma in an interface is a semicolon
  `// banner\nexport const Mode = {\n  READ: 'read',\n} as const;\n`, // single quotes
  `// banner\nexport const Mode = {\n  SAY: "it's",\n} as const;\n`, // a quote inside
  `// banner\nexport const Mode = {\n  READ: "read",\n\n} as const;\n`, // a blank line before the end
  `// banner\nexport const Mode = {\n} as const;\n`, // empty: {}
  `// banner\nexport type Mode =\n  (typeof Mode)[keyof typeof Mode];\n`, // fits on one line
  `// banner\nexport const Mode = {\n  READ: "read",\n`, // not closed
  `// banner\nimport {\n  aVeryLongFunctionNameThatGoesOnAndOnAndOnAndOnAndOnAndOnAndOnAndOnAndOnAndOn,\n} from "./a.js";\n`, // one specifier stays on one line
  `// banner\nimport { AVeryLongTypeName, AnotherVeryLongTypeName, YetAnotherVeryLongTypeName } from "./some-types.js";\n`, // too long
  `// banner\nimport {\n  a,\n  b,\n} from "./a.js"\n`, // no semicolon
  `// banner\nexport interface A {\n  DescribeModelExplainabilityJobDefinitionResponse: Record<string, DescribeModelExplainabilityJobDefinitionResponse>;\n}\n`, // breaks
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
