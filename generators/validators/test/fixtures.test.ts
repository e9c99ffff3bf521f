// Fixture models pin the emitter on edge cases. For each `fixtures/<case>/`:
//  - the emitted files, formatted with prettier as the orchestrator would, equal the files under
//    `expected/` (`UPDATE_FIXTURES=1 npx vitest run generators/validators` rewrites them);
//  - the emitted TypeScript runs: it is written to a scratch folder and imported, and every
//    case of `cases.json` (shape, value, options → expected [path, code] issues and warnings)
//    is checked against it;
//  - every file marked `preformatted` (shape modules laid out by layout.ts) is prettier's output;
//  - emitting twice gives the same bytes.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emitValidators } from "@shapekit/emit-validators";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import * as prettier from "prettier";
import { afterAll, describe, expect, it } from "vitest";
import { expectGoldenFiles } from "../../../test/support/golden-files.js";
import { emitContextFor, fixtureModel } from "./fixture-model.js";
import { layoutShapeModule } from "../src/layout.js";

const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const scratchRoot = fileURLToPath(new URL("./.shapekit-tmp-fixtures/", import.meta.url));
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface BehaviourCase {
  readonly shape: string;
  readonly value: unknown;
  readonly options?: { rules?: boolean; maxIssues?: number };
  readonly issues: ReadonlyArray<[string, string]>;
  readonly warnings?: ReadonlyArray<[string, string]>;
}

/** A chain of `depth` recursive values: `wrap` puts one level around the next. */
function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let i = 1; i < depth; i++) value = wrap(value);
  return value;
}

/**
 * Values beyond cases.json on which guards and validators must agree: recursive shapes nested
 * up to and past the depth validators stop at (MAX_RECURSION_DEPTH, 500), each with whether
 * it is valid. A node's `children` list is on the cycle too: each level of it counts two.
 */
const DEEP_VALUES: ReadonlyArray<readonly [value: unknown, valid: boolean]> = [
  [{ root: nested(500, { label: "a" }, (next) => ({ label: "a", next })) }, true],
  [{ root: nested(501, { label: "a" }, (next) => ({ label: "a", next })) }, false],
  [
    { root: nested(250, { label: "a", children: [] }, (n) => ({ label: "a", children: [n] })) },
    true,
  ],
  [{ root: nested(251, { label: "a" }, (n) => ({ label: "a", children: [n] })) }, false],
  [{ expression: nested(500, { literal: 1 }, (negate) => ({ negate })) }, true],
  [{ expression: nested(501, { literal: 1 }, (negate) => ({ negate })) }, false],
];
const GUARD_VALUES: Record<string, unknown[]> = { recursion: DEEP_VALUES.map(([value]) => value) };

afterAll(() => rmSync(scratchRoot, { recursive: true, force: true }));

describe.each(cases)("fixture %s", (name) => {
  const dir = join(fixturesDir, name);
  const expectedDir = join(dir, "expected");
  const files = emitValidators(emitContextFor(fixtureModel(dir)));

  it("matches the expected files", async () => {
    await expectGoldenFiles(files, expectedDir, name);
  });

  it("writes its preformatted files exactly as prettier prints them", async () => {
    for (const f of files.filter((file) => file.preformatted)) {
      expect(
        await prettier.format(f.contents, { ...GENERATED_CODE_STYLE, filepath: f.path }),
        `${name}: ${f.path}`,
      ).toBe(f.contents);
    }
  });

  it("lays out each module's validate/is/assert definitions itself, never leaving them to prettier", async () => {
    const shapes = files.filter((file) => file.path.startsWith("src/shapes/"));
    expect(shapes.length).toBeGreaterThan(0);
    for (const f of shapes) {
      // The definitions close every shape module; a module that falls back to prettier (the slow
      // path) must do so for a construct of its check, not for these lines.
      const definitions = f.contents.slice(f.contents.indexOf("/** Validates a"));
      const laidOut = layoutShapeModule(definitions);
      expect(laidOut, `${name}: ${f.path}`).toBeDefined();
      expect(laidOut).toBe(
        await prettier.format(definitions, { ...GENERATED_CODE_STYLE, filepath: f.path }),
      );
    }
  });

  it("is deterministic byte for byte", () => {
    expect(emitValidators(emitContextFor(fixtureModel(dir)))).toEqual(files);
  });

  it("behaves as cases.json says", async () => {
    const scratch = join(scratchRoot, name);
    // Sources only: the package's tsconfig.json extends a file that exists only in packages/.
    for (const f of files.filter((file) => file.path.startsWith("src/"))) {
      mkdirSync(dirname(join(scratch, f.path)), { recursive: true });
      writeFileSync(join(scratch, f.path), f.contents);
    }
    const pkg = (await import(join(scratch, "src/index.ts"))) as {
      validate: (
        shape: string,
        value: unknown,
        options?: object,
      ) => {
        ok: boolean;
        issues?: { path: string; code: string }[];
        warnings: { path: string; code: string }[];
      };
    };
    const behaviour = JSON.parse(readFileSync(join(dir, "cases.json"), "utf8")) as BehaviourCase[];
    for (const c of behaviour) {
      const result = pkg.validate(c.shape, c.value, c.options);
      const where = `${name}: ${c.shape} ${JSON.stringify(c.value)}`;
      expect(result.ok, where).toBe(c.issues.length === 0);
      expect(
        (result.issues ?? []).map((i) => [i.path, i.code]),
        where,
      ).toEqual(c.issues);
      expect(
        result.warnings.map((i) => [i.path, i.code]),
        where,
      ).toEqual(c.warnings ?? []);
    }
    // Every guard gives the verdict of its validator (default options) on every value here.
    const exports = pkg as unknown as Record<string, (value: unknown) => unknown>;
    const guards = Object.keys(exports).filter((key) => /^is[A-Z]/.test(key));
    expect(guards.length, name).toBeGreaterThan(0);
    for (const value of [...behaviour.map((c) => c.value), ...(GUARD_VALUES[name] ?? [])]) {
      for (const guard of guards) {
        const validator = exports[`validate${guard.slice(2)}`]!;
        const verdict = (validator(value) as { ok: boolean }).ok;
        expect(exports[guard]!(value), `${name}: ${guard} ${JSON.stringify(value)}`).toBe(verdict);
      }
    }
    if (name === "recursion") {
      // The limit itself: 500 levels pass, 501 do not, for guards as for validators.
      const verdicts = DEEP_VALUES.map(([value]) => exports.isPutTreeInput!(value));
      expect(verdicts).toEqual(DEEP_VALUES.map(([, valid]) => valid));
    }
  });
});
