// Internal modules of a runtime package, for the scripts that exercise them directly (fuzzers,
// surveys). A runtime's dist/ holds its entry points only (shapekit-build bundles the rest into
// them), so the modules are built here from the package's sources, with esbuild, into one
// module imported from memory: nothing is written.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/**
 * The named exports of modules of `packages/<pkg>/src/`: `{ "shape-graph.js": ["shapeNode"] }`
 * gives `{ shapeNode }`.
 */
export async function importInternals(pkg, modules) {
  const contents = Object.entries(modules)
    .map(([file, names]) => `export { ${names.join(", ")} } from "./${file}";`)
    .join("\n");
  const result = await build({
    stdin: {
      contents,
      resolveDir: fileURLToPath(new URL(`../packages/${pkg}/src/`, import.meta.url)),
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(text).toString("base64")}`);
}
