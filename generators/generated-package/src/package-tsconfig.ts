// The tsconfig.json of a generated package, by layout (see `Packaging` in @shapekit/model).
// In this repository a package lives at `packages/<name>`, beside the repository's
// tsconfig.base.json two levels up; anywhere else it carries every option itself and refers
// to nothing outside its folder. Both build `src/` into `dist/`.

import type { Packaging } from "@shapekit/model";

/**
 * The compiler options of a standalone package: the same as the repository's
 * tsconfig.base.json (a test holds them equal) without `types`, which each package states.
 */
export const STANDALONE_COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2023"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  exactOptionalPropertyTypes: false,
  forceConsistentCasingInFileNames: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  declaration: true,
  declarationMap: true,
  sourceMap: true,
  composite: true,
  skipLibCheck: true,
  esModuleInterop: true,
  resolveJsonModule: true,
} as const;

export interface PackageTsconfigOptions {
  /** The package's code uses Node.js globals (`process`): standalone packages then load @types/node. */
  readonly node?: boolean;
}

/**
 * @param references folders of the runtimes this package imports from this repository
 *   (`../shorthand`), so `tsc -b` builds them first; used in the `repository` layout only
 *   (standalone packages get their runtimes built, from npm)
 * @param packaging the layout; absent: `repository`
 */
export function packageTsconfig(
  references: readonly string[] = [],
  packaging?: Pick<Packaging, "layout">,
  options: PackageTsconfigOptions = {},
): string {
  // The build info lives in dist/: deleting dist/ (or a cache restoring only dist/) can never
  // leave tsc believing an absent build is up to date.
  // isolatedDeclarations: every export states its type, so a package's declaration files can
  // be written from each module's text alone (what `shapekit-build` does, in milliseconds);
  // tsc holds the generated code to it.
  const own = {
    rootDir: "src",
    outDir: "dist",
    tsBuildInfoFile: "dist/.tsbuildinfo",
    isolatedDeclarations: true,
  };
  const tsconfig =
    (packaging?.layout ?? "repository") === "repository"
      ? {
          extends: "../../tsconfig.base.json",
          compilerOptions: own,
          include: ["src"],
          ...(references.length > 0 ? { references: references.map((path) => ({ path })) } : {}),
        }
      : {
          compilerOptions: {
            ...STANDALONE_COMPILER_OPTIONS,
            types: options.node ? ["node"] : [],
            ...own,
          },
          include: ["src"],
        };
  return `${JSON.stringify(tsconfig, null, 2)}\n`;
}
