// typia 12 as a benchmark peer: `typia generate` turns `typia.createValidate<T>()` and
// `typia.createIs<T>()` over the generated types package (whose TSDoc carries typia's tags:
// @minLength, @maxLength, @pattern, @minimum, @maximum, @minItems, @maxItems) into plain
// TypeScript, which esbuild makes into a module to import. typia 14 needs Node 22; 12.2.1 runs
// on Node 20 with TypeScript 5. Built into node_modules/.cache/shapekit/typia/ (never committed);
// returns undefined with a reason when typia is not installed or its generation fails.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * `{ validate, is, version }` for the type `typeName` of the package `typesPackage`
 * (default: the committed SageMaker types), or `{ skipped: reason }`.
 */
export async function typiaPeer({
  typesPackage = "@shapekit/sagemaker-types",
  typeName = "CreateEndpointConfigInput",
} = {}) {
  let version;
  try {
    version = JSON.parse(
      execFileSync(
        process.execPath,
        ["-p", "JSON.stringify(require('typia/package.json').version)"],
        {
          cwd: root,
          encoding: "utf8",
        },
      ),
    );
  } catch {
    return { skipped: "typia is not installed (npm ci installs it as a devDependency)" };
  }
  const work = path.join(root, "node_modules/.cache/shapekit/typia");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, "src"), { recursive: true });
  // The generated file imports typia's runtime helpers: resolve them from the repository.
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"), "dir");
  writeFileSync(
    path.join(work, "src/peer.ts"),
    [
      `import typia from "typia";`,
      `import type { ${typeName} } from "${typesPackage}";`,
      `export const validate = typia.createValidate<${typeName}>();`,
      `export const is = typia.createIs<${typeName}>();`,
      "",
    ].join("\n"),
  );
  // typia's command looks for the project's package.json.
  writeFileSync(
    path.join(work, "package.json"),
    JSON.stringify({ name: "shapekit-typia-peer", private: true }),
  );
  writeFileSync(
    path.join(work, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        skipLibCheck: true,
      },
      include: ["src"],
    }),
  );
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/typia/lib/executable/typia.js"),
        "generate",
        "--input",
        "src",
        "--output",
        "gen",
        "--project",
        "tsconfig.json",
      ],
      { cwd: work, stdio: ["ignore", "ignore", "pipe"] },
    );
    const { build } = await import("esbuild");
    await build({
      entryPoints: [path.join(work, "gen/peer.ts")],
      outfile: path.join(work, "peer.mjs"),
      bundle: true,
      format: "esm",
      platform: "node",
      logLevel: "silent",
    });
  } catch (e) {
    return { skipped: `typia generate failed: ${String(e.stderr ?? e.message).split("\n")[0]}` };
  }
  if (!existsSync(path.join(work, "peer.mjs"))) return { skipped: "typia generate wrote nothing" };
  const peer = await import(pathToFileURL(path.join(work, "peer.mjs")).href);
  return { validate: peer.validate, is: peer.is, version };
}
