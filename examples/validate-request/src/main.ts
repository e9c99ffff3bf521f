// Validates a CreateEndpointConfig request file before it reaches AWS:
//   node dist/main.js requests/invalid.json            every error and warning, with its path
//   node dist/main.js --no-rules file://request.json   plain Smithy semantics ({ rules: false })
// Then the same file through ajv and the package's JSON Schema, for comparison.
// Exit 0 when valid (warnings allowed), 1 when invalid, 2 when the file cannot be read.

import { validateCreateEndpointConfigInput } from "@shapekit/sagemaker-validators";
import { validateWithJsonSchema } from "./json-schema.js";
import { reportLines } from "./report.js";
import { readRequestFile } from "./request-file.js";
import { describeRequest } from "./type-guard.js";

function main(args: string[]): number {
  const rules = !args.includes("--no-rules");
  const files = args.filter((a) => a !== "--no-rules");
  if (files.length !== 1) {
    console.error("usage: validate-request [--no-rules] <request.json | file://request.json>");
    return 2;
  }
  const file = files[0]!;
  const read = readRequestFile(file);
  if (!read.ok) {
    console.error(read.error);
    return 2;
  }
  const result = validateCreateEndpointConfigInput(read.value, { rules });
  for (const line of reportLines(file, result)) console.log(line);
  const summary = describeRequest(read.value);
  if (summary !== undefined) console.log(`request: ${summary}`);
  const ajv = validateWithJsonSchema(read.value);
  console.log(
    `JSON Schema (ajv): ${ajv.valid ? "valid" : `invalid at ${ajv.errors.map((e) => e.path || "(request)").join(", ")}`}`,
  );
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
