// What the scripts that hold `@shapekit/cli` to the installed AWS CLI on random cases share
// (conformance-awscli-output.mjs, conformance-awscli-paging.mjs): their options, the built
// runtime they test, and the Python recorder that answers each batch of cases.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseScriptArgs } from "../script-args.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** `--cases N --seed S --record FILE` of the script at `scriptUrl`; exits 2 on bad values. */
export function comparisonOptions(scriptUrl, name) {
  const { values } = parseScriptArgs(scriptUrl, {
    options: {
      cases: { type: "string", default: "2000" },
      seed: { type: "string", default: "1" },
      record: { type: "string" },
    },
  });
  const count = Number(values.cases);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(`${name}: --cases takes a positive whole number, --seed a whole number`);
    process.exit(2);
  }
  return { count, seed, record: values.record };
}

/** The built `@shapekit/cli` with its `/output` and `/paging` entry points, as one object. */
export async function builtCli(name) {
  const dist = `${root}packages/cli/dist/`;
  if (!existsSync(`${dist}page-through.js`)) {
    console.error(`${name}: ${dist} is missing: build the runtimes (npm ci does)`);
    process.exit(1);
  }
  return {
    ...(await import(`${dist}index.js`)),
    ...(await import(`${dist}response-output.js`)),
    ...(await import(`${dist}page-through.js`)),
  };
}

/**
 * The cases with the AWS CLI's answers, from the recorder `script` (in scripts/conformance/), or
 * `undefined` after saying why when there is no Python with the awscli package.
 */
export function recordedByAwsCli(script, cases, label) {
  const recorder = spawnSync("python3", [`${root}scripts/conformance/${script}`], {
    input: cases.map((c) => JSON.stringify(c)).join("\n"),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (recorder.status !== 0 || recorder.error) {
    const why = (recorder.stderr || String(recorder.error)).trim().split("\n").at(-1);
    console.log(`${label}: skipped (python3 with the awscli package not found: ${why})`);
    return undefined;
  }
  return recorder.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}
