// What the scripts that hold `@shapekit/cli` to the installed AWS CLI on random cases share
// (conformance-awscli-output.mjs, conformance-awscli-paging.mjs, conformance-awscli-waiters.mjs):
// their options, the built runtime they test, the Python recorder that answers each batch of
// cases, and the comparison of every case in each of its aspects (json, text and table).

import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseScriptArgs } from "../script-args.mjs";
import { seededRandom } from "../seeded-random.mjs";

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

/** The built `@shapekit/cli` with its `/output`, `/paging` and `/waiting` entry points, as one object. */
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
    ...(await import(`${dist}wait-for.js`)),
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

/** The output formats each case is printed in, by both sides. */
const FORMATS = ["json", "text", "table"];

/**
 * Draws `count` cases with `randomCases(n, random)` in batches of 5,000 (one Python process
 * each: a long run stays within bounded memory), has the recorder `script` answer them, and
 * compares each of `aspects` (by default the output formats) with `ours(case, aspect)`
 * (`{ same, ours }`, given the AWS CLI's answer: its text, or `{ error }` when it refused).
 * Prints the counts and the first differences (`describe(case)` for each), writes the
 * recording to `record` if given, and exits: 0 when every case agrees (or, with a message, when
 * there is no Python with awscli), 1 otherwise.
 */
export async function compareWithAwsCli({
  script,
  label,
  count,
  seed,
  record,
  randomCases,
  ours,
  describe,
  aspects = FORMATS,
}) {
  const agree = Object.fromEntries(aspects.map((f) => [f, 0]));
  const refused = Object.fromEntries(aspects.map((f) => [f, 0]));
  const differences = [];
  const recording = [];
  const random = seededRandom(seed);
  const BATCH = 5000;
  for (let done = 0; done < count; done += BATCH) {
    const recorded = recordedByAwsCli(
      script,
      randomCases(Math.min(BATCH, count - done), random),
      label,
    );
    if (recorded === undefined) process.exit(0);
    if (record) recording.push(...recorded);
    for (const c of recorded) {
      for (const output of aspects) {
        const theirs = c[output];
        if (typeof theirs !== "string") refused[output]++;
        const answer = await ours(c, output, theirs);
        if (answer.same) agree[output]++;
        else if (differences.length < 5)
          differences.push({ output, case: c, ours: answer.ours, theirs });
      }
    }
  }
  if (record) writeFileSync(record, recording.map((r) => `${JSON.stringify(r)}\n`).join(""));
  console.log(
    `${label} (${count} cases, seed ${seed}): ${aspects.map((f) => `${f} ${agree[f]}/${count} (${refused[f]} refused)`).join(", ")}`,
  );
  const text = (value) => (typeof value === "string" ? value : JSON.stringify(value));
  for (const d of differences) {
    console.log(`--- ${d.output}: ${describe(d.case)}`);
    console.log(`AWS CLI:\n${text(d.theirs)}`);
    console.log(`ours:\n${text(d.ours)}`);
  }
  process.exit(aspects.every((f) => agree[f] === count) ? 0 : 1);
}
