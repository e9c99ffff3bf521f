// Files every generated package has whatever its kind: its place in the turbo pipeline. The
// emitters own everything else (sources, package.json, README, tsconfig).

import type { GeneratedFile } from "@shapekit/model";

/**
 * `turbo.json` of a generated package: its build depends on the root `codegen` task, so
 * `turbo run build` regenerates (or restores from cache) before compiling: generate → build.
 */
export function packageScaffold(): GeneratedFile[] {
  const turbo = {
    $schema: "https://turborepo.com/schema.json",
    extends: ["//"],
    tasks: { build: { dependsOn: ["^build", "//#codegen"] } },
  };
  return [{ path: "turbo.json", contents: JSON.stringify(turbo, null, 2) + "\n" }];
}
