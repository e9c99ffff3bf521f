// `npm run bench`: every benchmark of the repository, one after the other, figures on stdout,
// then issue 14's table ("lean at scale"): each goal with the figure the issue started from and
// the one measured in this run, peers (JSON.parse, ajv, typia, the AWS CLI) measured alongside.
// Builds the generators first so the figures are of the current code.
//   npm run bench                 everything but the fleet row
//   npm run bench -- --fleet      also generate all 424 botocore services (scripts/sweep-models.mjs
//                                 --generate --jobs 2: tens of minutes on 2 cores)
import { bin, run } from "./run.mjs";
import { fleetFigures, printLeanTable } from "../bench/lean-table.mjs";

const fleet = process.argv.includes("--fleet");
const code = await run(bin("tsc"), ["-b", "generators/cli"]);
if (code !== 0) process.exit(code);
const { benchLoadModel } = await import("../bench/load-model.mjs");
const { benchGenerate } = await import("../bench/generate.mjs");
await benchLoadModel();
await (await import("../bench/convert-service2.mjs")).benchConvertService2();
await benchGenerate();
const service = await (await import("../bench/generate-service.mjs")).benchGenerateService();
const validators = await (await import("../bench/validators.mjs")).benchValidators();
const shorthand = await (await import("../bench/shorthand.mjs")).benchShorthand();
await (await import("../bench/untrusted-input.mjs")).benchUntrustedInput();
await (await import("../bench/browser-bundles.mjs")).benchBrowserBundles();
printLeanTable({ service, validators, shorthand, fleet: fleet ? await fleetFigures() : undefined });
