// Lint for hand-written code: ESLint's recommended rules everywhere, and typescript-eslint's
// type-checked recommended rules over TypeScript (sources through each package's tsconfig, tests
// through tsconfig.tests.json). Generated output and recorded data are ignored: they are kept
// byte for byte and checked by their own golden tests.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "packages/sagemaker-*/",
      "site/",
      "test-results/",
      "**/test/fixtures/",
      "**/test/data/",
      "**/test/sdk-fixtures/",
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: { globals: { ...globals.node } },
  },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: [
          "./tsconfig.tests.json",
          "./generators/*/tsconfig.json",
          "./packages/cli/tsconfig.json",
          "./packages/shorthand/tsconfig.json",
          "./packages/validation/tsconfig.json",
          "./examples/*/tsconfig.json",
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Doc comments put a zero-width space in `*/` where model text has one, so it cannot end them.
      "no-irregular-whitespace": ["error", { skipComments: true }],
      // A leading underscore names a parameter or binding kept for its position or its type.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The IDL lexer compares char codes (numbers) with its const enum of character codes.
    files: ["generators/model/src/idl/lexer.ts"],
    rules: { "@typescript-eslint/no-unsafe-enum-comparison": "off" },
  },
  {
    // vitest's asymmetric matchers (expect.stringContaining() and the like) are typed `any`.
    files: ["**/test/**/*.ts", "test/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
);
