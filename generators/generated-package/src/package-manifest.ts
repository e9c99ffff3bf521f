// What every generated package.json says whatever the package's kind: the runtime versions it
// depends on, the Node.js versions it runs on, its license, the tools its build needs in the
// standalone layout, and the file CommonJS callers get on a Node.js without require(esm).

import { IN_REPOSITORY_PACKAGING, type Packaging } from "@shapekit/model";
import { stringLiteral } from "./typescript-data.js";

/**
 * The ranges generated packages depend on the hand-written runtimes by: the runtimes'
 * package.json versions (a test holds them in step), caret ranges as npm writes them.
 */
export const RUNTIME_RANGES = {
  "@shapekit/cli": "^0.1.0",
  "@shapekit/shorthand": "^0.1.0",
  "@shapekit/validation": "^0.1.0",
} as const;

/** Node.js versions every package (generated and runtime) supports: the repository's own. */
export const NODE_ENGINES = { node: ">=20" } as const;

/**
 * The range of @shapekit/build, which `npm run build` of every generated package runs
 * (`shapekit-build`): its package.json version, held in step by the same test as the runtimes'.
 */
export const BUILD_RANGE = "^0.1.0";

/** The compiler a standalone package type-checks with: the one the generated code is tested with. */
export const TYPESCRIPT_RANGE = "^5.9.3";
/** Node.js's type declarations, for packages whose code uses `process` (the cli-skeleton's bin). */
export const NODE_TYPES_RANGE = ">=20";

/** The file `require()` resolves to on Node.js versions without require(esm); see `esmOnlyStub`. */
export const ESM_ONLY_FILE = "esm-only.cjs";

export interface ManifestFields {
  readonly license: string;
  readonly engines: typeof NODE_ENGINES;
  /**
   * What `npm run build` and `npm run typecheck` need: @shapekit/build in every layout (in the
   * repository it also orders the build after it); standalone, the compiler too, which the
   * repository's root provides.
   */
  readonly devDependencies: Readonly<Record<string, string>>;
}

/**
 * The package.json fields decided by the layout, for a template.
 * @param options.node the package's code uses Node.js globals (needs @types/node to type-check)
 */
export function manifestFields(
  packaging: Packaging = IN_REPOSITORY_PACKAGING,
  options: { readonly node?: boolean } = {},
): ManifestFields {
  return {
    license: packaging.license,
    engines: NODE_ENGINES,
    devDependencies:
      packaging.layout === "standalone"
        ? {
            "@shapekit/build": BUILD_RANGE,
            ...(options.node ? { "@types/node": NODE_TYPES_RANGE } : {}),
            typescript: TYPESCRIPT_RANGE,
          }
        : { "@shapekit/build": BUILD_RANGE },
  };
}

/**
 * The CommonJS entry point of an ES-module-only package: Node.js versions that can `require()`
 * an ES module match the `module-sync` export condition first and never load it; older ones
 * (20.0–20.18, 22.0–22.11) get this error, which says what to do, instead of a bare
 * ERR_REQUIRE_ESM naming a file inside the package.
 */
export function esmOnlyStub(packageName: string, banner: string): string {
  const message =
    `${packageName} is an ES module, and this version of Node.js cannot load ES modules with require(). ` +
    `Use \`await import(${JSON.stringify(packageName)})\`, or Node.js 20.19, 22.12 or later.`;
  // In prettier's layout (the orchestrator then skips prettier for it): the message, always
  // longer than a line, on a line of its own in prettier's quotes (prettier never breaks a string).
  return [
    `// ${banner}`,
    "// What require() resolves to on Node.js versions without require(esm); newer ones load the ES module.",
    '"use strict";',
    `const error = new Error(\n  ${stringLiteral(message)},\n);`,
    'error.code = "ERR_REQUIRE_ESM";',
    "throw error;",
    "",
  ].join("\n");
}

/**
 * Where a generated README links a runtime: its folder beside the package in this repository
 * (`../shorthand`), its npm page anywhere else, where there is no such folder.
 */
export function runtimeLink(name: keyof typeof RUNTIME_RANGES, packaging?: Packaging): string {
  return (packaging?.layout ?? "repository") === "repository"
    ? `../${name.slice("@shapekit/".length)}`
    : `https://www.npmjs.com/package/${name}`;
}
