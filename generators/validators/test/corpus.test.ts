// The generated SageMaker validators against the labelled corpus (test/data): with
// `{ rules: false }` every case agrees on `valid` and on the set of error paths; with rules on,
// rules only ever add issues; and ajv, compiled from the generated JSON Schema, agrees with the
// validators on every case.

import { Ajv2020 } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate, validateCreateEndpointConfigInput } from "@shapekit/sagemaker-validators";
import { corpus, errorPaths } from "./corpus.js";

const schemaFile = new URL(
  "../../../packages/sagemaker-validators/schemas/CreateEndpointConfigInput.schema.json",
  import.meta.url,
);

/** ajv's errors as our paths: the instance path, plus the member for required/additional properties. */
function ajvPaths(
  errors: readonly { instancePath: string; keyword: string; params: Record<string, unknown> }[],
): string[] {
  const paths = errors.map((e) => {
    const segments = e.instancePath
      .split("/")
      .slice(1)
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (e.keyword === "required") segments.push(String(e.params.missingProperty));
    if (e.keyword === "additionalProperties") segments.push(String(e.params.additionalProperty));
    return segments.reduce(
      (path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path === "" ? s : `${path}.${s}`),
      "",
    );
  });
  return [...new Set(paths)].sort();
}

describe("the labelled corpus (3,000 CreateEndpointConfig inputs)", () => {
  const cases = corpus();

  it("has 3,000 cases, valid and invalid", () => {
    expect(cases.length).toBe(3000);
    expect(cases.some((c) => c.expect.valid)).toBe(true);
    expect(cases.some((c) => !c.expect.valid)).toBe(true);
  });

  it("agrees on every case with { rules: false }: valid, and the set of error paths", () => {
    const disagreements: string[] = [];
    for (const c of cases) {
      const result = validate("CreateEndpointConfigInput", c.input, { rules: false });
      const paths = result.ok ? [] : errorPaths(result.issues);
      if (
        result.ok !== c.expect.valid ||
        JSON.stringify(paths) !== JSON.stringify([...c.expect.paths].sort())
      ) {
        disagreements.push(
          `line ${c.line}: expected ${JSON.stringify(c.expect)}, got ${JSON.stringify({ valid: result.ok, paths })}`,
        );
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it("with rules on, reports a superset of the plain Smithy issues", () => {
    // Uncapped: with the default cap, rule issues could take the place of plain ones.
    for (const c of cases) {
      const plain = validateCreateEndpointConfigInput(c.input, {
        rules: false,
        maxIssues: Infinity,
      });
      const ruled = validateCreateEndpointConfigInput(c.input, { maxIssues: Infinity });
      const plainIssues = plain.ok ? [] : plain.issues;
      const ruledIssues = ruled.ok ? [] : ruled.issues;
      expect(ruledIssues.filter((i) => i.code !== "rule")).toEqual(plainIssues);
      expect(plain.warnings).toEqual([]);
    }
  });

  it("ajv, compiled from the generated JSON Schema with allErrors, agrees on every case", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const check = ajv.compile(schema);
    const disagreements: string[] = [];
    for (const c of cases) {
      const ok = check(c.input);
      const theirs = ok ? [] : ajvPaths(check.errors ?? []);
      const result = validate("CreateEndpointConfigInput", c.input, { rules: false });
      const ours = result.ok ? [] : errorPaths(result.issues);
      if (ok !== result.ok || JSON.stringify(theirs) !== JSON.stringify(ours)) {
        disagreements.push(
          `line ${c.line}: ajv ${JSON.stringify(theirs)}, ours ${JSON.stringify(ours)}`,
        );
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
