// The committed packages under packages/sagemaker-* are golden files: regenerating them in memory
// from spec/ must give exactly what is on disk.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generate, unifiedDiff } from "@shapekit/codegen";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("golden files: packages/ match spec/", () => {
  it("regenerating from spec/ changes no committed file", async () => {
    const result = await generate({
      configFile: path.join(root, "spec", "shapekit.json"),
      check: true,
    });
    if (!result.ok) expect.fail(`The spec does not load:\n${result.report}`);
    const drift = result.changes.filter((c) => c.kind !== "unchanged");
    if (drift.length > 0) {
      expect.fail(
        `${drift.length} generated file(s) differ from what spec/ produces. Run \`npm run generate\` and commit the result.\n\n` +
          unifiedDiff(drift, root),
      );
    }
    expect(result.packages.map((p) => p.name)).toContain("@shapekit/sagemaker-types");
  });

  it("every file an emitter marks preformatted is exactly what prettier prints (SHAPEKIT_VERIFY_PREFORMATTED)", async () => {
    const previous = process.env.SHAPEKIT_VERIFY_PREFORMATTED;
    process.env.SHAPEKIT_VERIFY_PREFORMATTED = "1";
    try {
      // Throws naming the file when a preformatted file differs from prettier's output.
      const result = await generate({
        configFile: path.join(root, "spec", "shapekit.json"),
        check: true,
      });
      if (!result.ok) expect.fail(`The spec does not load:\n${result.report}`);
      expect(result.changes.filter((c) => c.kind !== "unchanged")).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.SHAPEKIT_VERIFY_PREFORMATTED;
      else process.env.SHAPEKIT_VERIFY_PREFORMATTED = previous;
    }
  });
});
