// `npm ci` / `npm install` (the root `prepare` script) and `npm run generate`: builds the
// generators, the tool itself, so `shapekit` runs. tsc writes their JavaScript, and only the
// declarations of the runtimes they import, whose JavaScript is their bundle (shapekit-build).
// Incremental: a no-op when up to date.
import { fileURLToPath } from "node:url";
import { bin, run } from "./run.mjs";

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
export const RUNTIMES = ["packages/validation", "packages/shorthand", "packages/cli"].map(root);

export async function buildTool() {
  const code = await run(bin("tsc"), ["-b", root("generators/cli"), root("packages/build")]);
  if (code !== 0) return code;
  const build = root("packages/build/bin/shapekit-build.js");
  return run(process.execPath, [build, "--js-only", ...RUNTIMES], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await buildTool());
