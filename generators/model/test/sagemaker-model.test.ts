// The real SageMaker model (JSON AST, 2,870 shapes) loads and resolves, fast. The model lives in
// the shared workspace, not in the repository: the test is skipped where it is absent.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadJsonAst } from "../src/json-ast-loader.js";
import { resolveModel } from "../src/resolve.js";
import { toCanonicalAst } from "../src/canonical-ast.js";

const path = process.env.SHAPEKIT_SAGEMAKER_MODEL ?? "/work/shared/models/sagemaker-2017-07-24.json";

describe.skipIf(!existsSync(path))("sagemaker-2017-07-24.json", () => {
  it("loads and resolves without errors in well under a second", () => {
    const text = readFileSync(path, "utf8");
    const start = performance.now();
    const loaded = loadJsonAst(text, path);
    const resolved = resolveModel(loaded.loaded ? [loaded.loaded] : []);
    const elapsed = performance.now() - start;
    const errors = [...loaded.diagnostics, ...resolved.diagnostics].filter((d) => d.severity === "error");
    expect(errors).toEqual([]);
    expect(resolved.model?.ownShapes().length).toBe(2870);
    console.log(`sagemaker: load + resolve ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
    // Resolution of an already-2.0 JSON AST without mixins is the identity on shapes.
    const original = JSON.parse(text) as { shapes: Record<string, unknown> };
    const canonical = toCanonicalAst(resolved.model!);
    expect(Object.keys(canonical.shapes).sort()).toEqual(Object.keys(original.shapes).sort());
  });
});
