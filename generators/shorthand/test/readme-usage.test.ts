// The README's usage example is written as prettier formats it inside markdown: marked laid
// out, the code block must be prettier's output byte for byte, whatever the length of the
// command, option and words (each decides how a statement breaks).
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { usageCode } from "../src/readme-usage.js";

const format = (code: string) =>
  prettier.format(`# t\n\n\`\`\`ts\n${code}\`\`\`\n`, { parser: "markdown", printWidth: 100 });

const cliName = fc.oneof(
  fc.stringMatching(/^[a-z]{3,8}(-[a-z]{3,10}){0,2}$/),
  fc.stringMatching(/^[a-z]{8}(-[a-z]{8,14}){3,6}$/),
);
const word = fc.oneof(
  fc.stringMatching(/^[A-Z][a-z]{1,20}=[ab]$/),
  fc.constantFrom('Say="hi"', "Key=a, b", "Name=ünï"),
);

describe("README usage layout", () => {
  it("a usage example marked laid out is prettier's layout", async () => {
    await fc.assert(
      fc.asyncProperty(
        cliName,
        cliName.map((n) => `--${n}`),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.stringMatching(/^@[a-z]{3,8}\/[a-z]{3,40}-shorthand$/),
        fc.constantFrom('[{"Key":"a"}]', "", "x ", "…"),
        fc.constantFrom("Key=string,Value=string …", "", "a\u2028b"),
        async (command, option, words, packageName, valueJson, shorthand) => {
          const wordsList = words.map((w) => JSON.stringify(w)).join(", ");
          const example = { command, option, wordsList, valueJson, shorthand };
          const usage = usageCode(example, packageName);
          const markdown = `# t\n\n\`\`\`ts\n${usage.text}\`\`\`\n`;
          if (usage.laidOut) expect(markdown).toBe(await format(usage.text));
        },
      ),
      { numRuns: 200, seed: 5150 },
    );
  });

  it("marks a real service's example laid out, a long call broken", async () => {
    const usage = usageCode(
      {
        command: "create-notebook-instance-lifecycle-config",
        option: "--on-create",
        wordsList: '"Content=a", "Content=b"',
        valueJson: '[{"Content":"a"},{"Content":"b"}]',
        shorthand: "Content=string ...",
      },
      "@shapekit/sagemaker-shorthand",
    );
    expect(usage.laidOut).toBe(true);
    expect(usage.text).toContain('"--on-create", [\n  "Content=a",\n');
    expect(`# t\n\n\`\`\`ts\n${usage.text}\`\`\`\n`).toBe(await format(usage.text));
  });
});
