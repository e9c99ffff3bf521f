// `npm run generate [-- --check]`.
//   npm run generate            build the generators, regenerate every package from spec/, build them all,
//                               and write the reference site to site/ (git-ignored; open site/index.html)
//   npm run generate -- --check shapekit generate --check alone: writes nothing, exit 1 on drift
import { buildTool } from "./prepare.mjs";
import { bin, run } from "./run.mjs";

const args = process.argv.slice(2);
const check = args.includes("--check");

// The generators are the tool itself: keep them current (incremental, a no-op when up to date).
let code = await buildTool();
if (code === 0) code = await run(process.execPath, [bin("shapekit"), "generate", ...args]);
if (code === 0 && !check)
  code = await run(bin("turbo"), ["run", "build", "--output-logs=errors-only"]);
if (code === 0 && !check)
  code = await run(process.execPath, [bin("shapekit"), "docs", "--out", "site"]);
process.exit(code);
