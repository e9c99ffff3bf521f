// The tsconfig.json of a generated package. Generated packages live at `packages/<name>`, beside
// the repository's tsconfig.base.json two levels up, and build `src/` into `dist/`.

/**
 * @param references folders of the packages this one imports from the same repository
 *   (`../validation`), so `tsc -b` builds them first
 */
export function packageTsconfig(references: readonly string[] = []): string {
  const tsconfig = {
    extends: "../../tsconfig.base.json",
    // The build info lives in dist/: deleting dist/ (or a cache restoring only dist/) can never
    // leave tsc believing an absent build is up to date.
    compilerOptions: { rootDir: "src", outDir: "dist", tsBuildInfoFile: "dist/.tsbuildinfo" },
    include: ["src"],
    ...(references.length > 0 ? { references: references.map((path) => ({ path })) } : {}),
  };
  return `${JSON.stringify(tsconfig, null, 2)}\n`;
}
