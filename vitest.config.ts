// One vitest run for the whole repository. Hand-written workspace packages resolve to their
// TypeScript sources so tests never depend on a stale build.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@shapekit\/generated-package$/,
        replacement: here("./generators/generated-package/src/index.ts"),
      },
      { find: /^@shapekit\/model$/, replacement: here("./generators/model/src/index.ts") },
      { find: /^@shapekit\/emit-types$/, replacement: here("./generators/types/src/index.ts") },
      { find: /^@shapekit\/docs-site$/, replacement: here("./generators/docs-site/src/index.ts") },
      { find: /^@shapekit\/codegen$/, replacement: here("./generators/cli/src/index.ts") },
      { find: /^@shapekit\/shorthand$/, replacement: here("./packages/shorthand/src/index.ts") },
      // The runtimes' own conditional imports (package.json "imports"), Node's side, from source.
      {
        find: /^#read-local-file$/,
        replacement: here("./packages/shorthand/src/read-local-file.ts"),
      },
      { find: /^#cli-yaml$/, replacement: here("./packages/cli/src/yaml.ts") },
      {
        find: /^@shapekit\/emit-shorthand$/,
        replacement: here("./generators/shorthand/src/index.ts"),
      },
      {
        find: /^@shapekit\/emit-validators$/,
        replacement: here("./generators/validators/src/index.ts"),
      },
      { find: /^@shapekit\/validation$/, replacement: here("./packages/validation/src/index.ts") },
      { find: /^@shapekit\/cli$/, replacement: here("./packages/cli/src/index.ts") },
      {
        find: /^@shapekit\/emit-cli-skeleton$/,
        replacement: here("./generators/cli-skeleton/src/index.ts"),
      },
      {
        find: /^@shapekit\/emit-shorthand\/cli-shapes$/,
        replacement: here("./generators/shorthand/src/cli-shapes.ts"),
      },
      {
        find: /^@shapekit\/emit-cli-skeleton\/operation-description$/,
        replacement: here("./generators/cli-skeleton/src/operation-description.ts"),
      },
      {
        find: /^@shapekit\/emit-validators\/check-program$/,
        replacement: here("./generators/validators/src/check-program.ts"),
      },
    ],
  },
  test: {
    include: [
      "generators/*/test/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "examples/*/test/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    setupFiles: [here("./test/setup/fast-check-seed.ts")],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
