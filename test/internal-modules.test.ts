// The scripts that exercise a runtime's internal modules (the shorthand fuzzer, the pattern
// survey) build them from the package's sources: dist/ holds the bundled entry points only,
// and an import of a dist/ path that the build no longer writes broke `npm run fuzz` once.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const helper = new URL("../scripts/internal-modules.mjs", import.meta.url).href;

/** Runs `body` (ESM, `importInternals` in scope) in a fresh Node.js; its stdout, parsed. */
function run(body: string): unknown {
  const script = `const { importInternals } = await import(${JSON.stringify(helper)});\n${body}`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as unknown;
}

describe("importInternals", () => {
  it("gives the shorthand fast path, which parses as the public parser and coercion do", () => {
    const result = run(`
      const { parseShorthand, coerce } = await import("@shapekit/shorthand");
      const { shapes } = await import("@shapekit/sagemaker-shorthand");
      const { shapeNode, parseShorthandTyped } = await importInternals("shorthand", {
        "shape-graph.js": ["shapeNode"],
        "typed-parser.js": ["parseShorthandTyped"],
      });
      const text = "VariantName=a,InitialInstanceCount=2,InitialVariantWeight=0.5";
      const fast = parseShorthandTyped(text, shapeNode(shapes, "ProductionVariant"));
      const reference = coerce(shapes, "ProductionVariant", parseShorthand(text));
      console.log(JSON.stringify({ fast, reference }));`) as { fast: unknown; reference: unknown };
    expect(result.fast).toEqual({
      VariantName: "a",
      InitialInstanceCount: 2,
      InitialVariantWeight: 0.5,
    });
    expect(result.fast).toEqual(result.reference);
  });

  it("gives the validation runtime's pattern parser", () => {
    const result = run(`
      const { parsePattern } = await importInternals("validation", {
        "pattern/parse-pattern.js": ["parsePattern"],
      });
      console.log(JSON.stringify(parsePattern("^[a-z]+$").dialect));`);
    expect(result).toBe("ecmascript");
  });
});
