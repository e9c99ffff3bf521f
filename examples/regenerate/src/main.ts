// Shows the spec → regenerate loop on a temporary copy of this repository's spec:
//   npm start -w @shapekit/example-regenerate
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { addMember, copyProject, regenerate } from "./spec-edit.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const workDir = mkdtempSync(path.join(os.tmpdir(), "shapekit-example-"));
const configFile = copyProject(repoRoot, workDir);
const edited = addMember(
  path.dirname(configFile),
  "CreateEndpointConfigInput",
  "CostCenter",
  "String",
  "The cost center billed for the endpoint.",
);
console.log(
  `Added CostCenter to CreateEndpointConfigInput in ${path.relative(workDir, edited)}; regenerating…`,
);
const { result, diff } = await regenerate(configFile);
console.log(diff);
process.exitCode = result.ok ? 0 : 1;
