// `generateCliSkeleton`: the three texts `--generate-cli-skeleton` prints.

import { shapeOf, type CliOperationDescription } from "./operation-description.js";
import { pythonJson } from "./python-json.js";
import { buildSkeleton, skeletonValue } from "./skeleton.js";
import { yamlSkeleton } from "./yaml-skeleton.js";

/** The values `--generate-cli-skeleton` accepts. */
export type SkeletonKind = "input" | "output" | "yaml-input";

export const SKELETON_KINDS: readonly SkeletonKind[] = ["input", "output", "yaml-input"];

/**
 * What `aws <service> <operation> --generate-cli-skeleton <kind>` prints, byte for byte:
 * - `input`: JSON for `--cli-input-json`, 4-space indent, placeholders (`""`, `0`, `0.0`, `true`,
 *   the first enum value, one list item), ending with a newline;
 * - `yaml-input`: the same as commented YAML for `--cli-input-yaml` (AWS CLI v2's layout);
 * - `output`: a sample response with member names as string values. Unlike the AWS CLI, no
 *   required option is needed to print it. An operation whose output has no members prints
 *   nothing, as the AWS CLI does.
 * Without a kind, `input` (as `--generate-cli-skeleton` alone); any other value is a RangeError.
 */
export function renderSkeleton(
  operation: CliOperationDescription,
  kind: SkeletonKind = "input",
): string {
  // The type says which; a JavaScript caller (or a value from a form) may pass anything else,
  // which would otherwise read as `yaml-input`.
  if (!SKELETON_KINDS.includes(kind))
    throw new RangeError(
      `unknown skeleton kind ${typeof kind === "string" ? JSON.stringify(kind) : `(${typeof kind})`}: choose from ${SKELETON_KINDS.join(", ")}`,
    );
  if (kind === "output") {
    const output = operation.output ? shapeOf(operation, operation.output) : undefined;
    if (!output || output.type !== "structure" || output.members.length === 0) return "";
    return `${pythonJson(skeletonValue(buildSkeleton(operation, operation.output!, "output")), { ensureAscii: false })}\n`;
  }
  if (!operation.input) return "{}\n";
  const skeleton = buildSkeleton(operation, operation.input, "input");
  return kind === "input" ? `${pythonJson(skeletonValue(skeleton))}\n` : yamlSkeleton(skeleton);
}
