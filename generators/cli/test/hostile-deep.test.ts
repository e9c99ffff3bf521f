// The deepest hostile model of fixtures/hostile-names: 2,000 nested structures. The generator
// must walk it without recursion per level (it overflowed the stack in the JSON Schema emitter
// and the CLI shape table). Its own file because four thousand modules take seconds to generate
// and type-check; the checks look at the files every level of nesting produces (`S0`, the last
// levels), while the whole program is built, leaves first (TypeScript itself loads imports by
// recursion: `tsc` over this package needs `node --stack-size=…`).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MAX_INLINE_TYPE_NESTING } from "@shapekit/model";
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

describe("2,000 nested lists", () => {
  // Lists have no type names of their own: each validator and member writes its type out, and
  // a chain of 2,000 lists wrote 2,000 types of up to 2,000 levels (minutes, and `[][]` by the
  // megabyte). Past MAX_INLINE_TYPE_NESTING levels the rest of a type is `unknown`.
  it(
    "write types of at most MAX_INLINE_TYPE_NESTING levels, which type-check",
    { timeout: 120_000 },
    async () => {
      const lines = [
        `$version: "2.0"`,
        `namespace example.lists`,
        `service DeepLists { version: "2024-01-01", operations: [PutLists] }`,
        `operation PutLists { input := { @required Top: L0 } }`,
      ];
      for (let i = 0; i < DEPTH; i++) lines.push(`list L${i} { member: L${i + 1} }`);
      lines.push(`string L${DEPTH}`);
      const file = join(scratch, "lists.smithy");
      writeFileSync(file, `${lines.join("\n")}\n`);
      const out = join(scratch, "lists");
      const { code, stderr } = await runShapekit(["generate", "--model", file, "--out", out]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });

      const capped = `unknown${"[]".repeat(MAX_INLINE_TYPE_NESTING)}`;
      const structures = readFileSync(join(out, "deeplists-types/src/structures.ts"), "utf8");
      expect(structures).toContain(`Top: ${capped};`);
      for (const shape of ["L0", `L${DEPTH - 40}`]) {
        const module = readFileSync(
          join(out, `deeplists-validators/src/shapes/${shape}.ts`),
          "utf8",
        );
        expect(module).toContain(capped);
        expect(module).not.toContain(`${capped}[]`);
      }
      // The last levels are short enough to be written out to their strings.
      const last = readFileSync(
        join(out, `deeplists-validators/src/shapes/L${DEPTH - 2}.ts`),
        "utf8",
      );
      expect(last).toContain("ShapeValidator<string[][]>");

      const sampled = new RegExp(
        `/(?:src/(?:index|validate|structures|operations/PutLists|shapes/(?:PutListsInput|L0|L1|L${DEPTH - 40}|L${DEPTH - 1})))\\.ts$`,
      );
      expect(typeCheckPackages([out], { only: (path) => sampled.test(path) })).toEqual([]);
    },
  );
});
