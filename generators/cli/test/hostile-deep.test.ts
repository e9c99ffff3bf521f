// The deepest hostile model of fixtures/hostile-names: 2,000 nested structures. The generator
// must walk it without recursion per level (it overflowed the stack in the JSON Schema emitter
// and the CLI shape table). Its own file because four thousand modules take seconds to generate
// and type-check; the checks look at the files every level of nesting produces (`S0`, the last
// levels), while the whole program is built, leaves first (TypeScript itself loads imports by
// recursion: `tsc` over this package needs `node --stack-size=…`).

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runShapekit } from "./run-shapekit.js";
import { typeCheckPackages } from "./type-check-packages.js";

const model = fileURLToPath(
  new URL("./fixtures/hostile-names/deep/deep-nesting.smithy", import.meta.url),
);
const scratch = mkdtempSync(join(tmpdir(), "shapekit-hostile-deep-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DEPTH = 2_000;

describe("2,000 nested structures", () => {
  it("generates the four packages (exit 0) that type-check", { timeout: 120_000 }, async () => {
    const out = join(scratch, "deep");
    const { code, stderr } = await runShapekit(["generate", "--model", model, "--out", out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });

    const schema = JSON.parse(
      readFileSync(join(out, "deepnesting-validators/schemas/PutDeepInput.schema.json"), "utf8"),
    ) as {
      $defs: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(Object.keys(schema.$defs)).toHaveLength(DEPTH + 2);
    expect(schema.$defs[`S${DEPTH - 1}`]!.properties["Next"]).toEqual({
      $ref: `#/$defs/S${DEPTH}`,
    });
    const structures = readFileSync(join(out, "deepnesting-types/src/structures.ts"), "utf8");
    expect(structures.match(/^export interface /gm)).toHaveLength(DEPTH + 2);

    const sampled = new RegExp(
      `/(?:src/(?:index|validate|structures|operations/PutDeep|shapes/(?:PutDeepInput|S0|S1|S${DEPTH - 1}|S${DEPTH})))\\.ts$`,
    );
    expect(
      typeCheckPackages([out], {
        only: (path) =>
          sampled.test(path) || path.includes("-cli-skeleton/") || path.includes("-shorthand/"),
      }),
    ).toEqual([]);
  });
});
