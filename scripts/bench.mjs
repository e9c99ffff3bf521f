// `npm run bench`: every benchmark of the repository, one after the other, figures on stdout,
// then issue 14's table ("lean at scale"): each goal with the figure the issue started from and
// the one measured in this run, peers (JSON.parse, ajv, typia, the AWS CLI) measured alongside.
// Builds the generators first so the figures are of the current code.
//   npm run bench                 everything, the fleet row last: all 424 botocore services with one
//                                 `shapekit generate --service '*'` (bench/fleet.mjs, minutes)
//   npm run bench -- --no-fleet   everything but the fleet row
import { bin, run } from "./run.mjs";
import { fleetFigures } from "../bench/fleet.mjs";
import { printLeanTable } from "../bench/lean-table.mjs";

const fleet = !process.argv.includes("--no-fleet");
const code = await run(bin("tsc"), ["-b", "generators/cli"]);
if (code !== 0) process.exit(code);
const { benchLoadModel } = await import("../bench/load-model.mjs");
const { benchGenerate } = await import("../bench/generate.mjs");
// The whole-service generation first: the benchmarks before it used to delete their temporary
// folders just before it, and writes right after a large deletion measure this VM's disk
// (see bench/generate-service.mjs).
const service = await (await import("../bench/generate-service.mjs")).benchGenerateService();
await benchLoadModel();
await (await import("../bench/convert-service2.mjs")).benchConvertService2();
await benchGenerate();
const validators = await (await import("../bench/validators.mjs")).benchValidators();
const shorthand = await (await import("../bench/shorthand.mjs")).benchShorthand();
await (await import("../bench/untrusted-input.mjs")).benchUntrustedInput();
await (await import("../bench/browser-bundles.mjs")).benchBrowserBundles();
printLeanTable({ service, validators, shorthand, fleet: fleet ? fleetFigures() : undefined });
