// `npm run bench`: every benchmark of the repository, one after the other, figures on stdout.
// Builds the generators first so the figures are of the current code.
import { bin, run } from "./run.mjs";

const code = await run(bin("tsc"), ["-b", "generators/cli"]);
if (code !== 0) process.exit(code);
const { benchLoadModel } = await import("../bench/load-model.mjs");
const { benchGenerate } = await import("../bench/generate.mjs");
await benchLoadModel();
await (await import("../bench/convert-service2.mjs")).benchConvertService2();
await benchGenerate();
await (await import("../bench/generate-service.mjs")).benchGenerateService();
await (await import("../bench/validators.mjs")).benchValidators();
await (await import("../bench/shorthand.mjs")).benchShorthand();
await (await import("../bench/untrusted-input.mjs")).benchUntrustedInput();
await (await import("../bench/browser-bundles.mjs")).benchBrowserBundles();
