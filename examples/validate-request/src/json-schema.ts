// The package's JSON Schema (2020-12) for the operation input, compiled by ajv: what an editor
// uses for `--cli-input-json` files, or a service that already runs ajv. It states the Smithy
// constraints only; the model's rules (and the deprecation warning) are the validators' job.

import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import schema from "@shapekit/sagemaker-validators/schemas/CreateEndpointConfigInput.schema.json" with { type: "json" };

const ajv = new Ajv2020({ allErrors: true });
const validateSchema = ajv.compile(schema);

/** ajv's error location in the validators' path form: `/ProductionVariants/0/X` → `ProductionVariants[0].X`. */
function issuePath(error: ErrorObject): string {
  const segments = error.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  const member =
    error.keyword === "required"
      ? (error.params as { missingProperty: string }).missingProperty
      : error.keyword === "additionalProperties"
        ? (error.params as { additionalProperty: string }).additionalProperty
        : undefined;
  if (member !== undefined) segments.push(member);
  return segments.reduce(
    (path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s),
    "",
  );
}

/** Validates with ajv and the JSON Schema: every error, as `{ path, message }`. */
export function validateWithJsonSchema(value: unknown): {
  valid: boolean;
  errors: { path: string; message: string }[];
} {
  const valid = validateSchema(value);
  return {
    valid,
    errors: (validateSchema.errors ?? []).map((e) => ({
      path: issuePath(e),
      message: e.message ?? e.keyword,
    })),
  };
}
