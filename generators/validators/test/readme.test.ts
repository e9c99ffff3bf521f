// The README of a validators package: small models list every schema file and shape by name; a
// whole service (hundreds of operations, thousands of shapes) gets the pattern and one example,
// so the page stays readable and its size does not grow with the model.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emitValidators } from "../src/index.js";
import { emitContextFor, fixtureModel } from "./fixture-model.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A service of `count` operations, each with an input of one string member of its own. */
function model(count: number): string {
  const names = Array.from({ length: count }, (_, i) => `Op${i}`);
  return `$version: "2.0"
namespace example.many

service Many {
    operations: [${names.join(", ")}]
}
${names
  .map(
    (name) => `
operation ${name} {
    input := {
        Value: ${name}Value
    }
}

@length(max: 8)
string ${name}Value
`,
  )
  .join("")}`;
}

function readmeOf(count: number): string {
  const folder = mkdtempSync(path.join(dir, "model-"));
  writeFileSync(path.join(folder, "model.smithy"), model(count));
  const files = emitValidators(emitContextFor(fixtureModel(folder)));
  return files.find((f) => f.path === "README.md")!.contents;
}

describe("the validators README", () => {
  it("lists each schema file and shape of a small model", () => {
    const text = readmeOf(3);
    for (const i of [0, 1, 2]) {
      expect(text).toContain(`/schemas/Op${i}Input.schema.json\`: \`import schema from`);
      expect(text).toContain(`\`Op${i}Value\``);
    }
  });

  it("shows the pattern and one example instead of hundreds of lines for a large one", () => {
    const text = readmeOf(120);
    expect(text).toContain("120 schemas in all, one per operation input");
    expect(text).toContain("/schemas/<Input>.schema.json");
    // One example import, not one line per schema.
    expect(text.split("import schema from").length - 1).toBe(1);
    expect(text).not.toContain("`Op119Value`");
    expect(text).toMatch(/240 validators, one per shape the operations reach/);
  });
});
