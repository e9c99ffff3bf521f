// A model wider than one call's arguments: an enum of 140,000 values and a pattern of 140,000
// characters in a group. V8 throws "Maximum call stack size exceeded" when an array of more
// than about 120,000 items is spread into a call (`out.push(...lines)`), and the generator,
// the pattern compiler and the layouts did so with lines, values and pattern items.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";

const WIDTH = 140_000;
const scratch = mkdtempSync(join(tmpdir(), "shapekit-hostile-wide-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function wideModel(): string {
  const values = Array.from({ length: WIDTH }, (_, i) => `    V${i}`).join("\n");
  const file = join(scratch, "wide.smithy");
  writeFileSync(
    file,
    [
      `$version: "2.0"`,
      `namespace example.wide`,
      `service Wide { version: "2024-01-01", operations: [PutWide] }`,
      `operation PutWide { input := { E: Big, P: Pat } }`,
      `enum Big {\n${values}\n}`,
      `@pattern("^(?:${"a".repeat(WIDTH)})$")`,
      `string Pat`,
      "",
    ].join("\n"),
  );
  return file;
}

describe(`an enum of ${WIDTH.toLocaleString("en")} values and a pattern as long`, () => {
  it("generates the four packages", { timeout: 120_000 }, async () => {
    const out = join(scratch, "out");
    const run = await runShapekit(["generate", "--model", wideModel(), "--out", out]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const types = readFileSync(join(out, "wide-types/src/enums.ts"), "utf8");
    expect(types.match(/^\s+V\d+: "V\d+",$/gm)).toHaveLength(WIDTH);
    const validator = readFileSync(join(out, "wide-validators/src/shapes/Big.ts"), "utf8");
    expect(validator.match(/^\s+"V\d+",$/gm)).toHaveLength(WIDTH);
  });
});
