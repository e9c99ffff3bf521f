// `npm run fuzz` (part of scripts/fuzz.mjs): mutated `CreateEndpointConfig` inputs, checked by
// the generated validators and by an oracle written here from the Smithy constraint semantics
// alone (the labelling rules of the conformance corpus: required members, unknown members and
// `null` are errors, `@length` counts code points or items, `@range`, `@pattern` searched with
// the `u` flag, closed enums, 32-bit integers), reading the constraint traits straight from
// the public Smithy JSON AST of SageMaker. Both must agree on validity and on the set of error
// paths. The oracle is checked first against the 3,000 labelled corpus cases.
// Reads ../shared/models/sagemaker-2017-07-24.json (outside the repository): skips, saying so,
// when it is absent.
//   node scripts/fuzz-validators-oracle.mjs [<count, 1000000>] [<seed, 1>]
// Uses the built packages (npm run generate builds them).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seeded-random.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const modelFile = `${root}../shared/models/sagemaker-2017-07-24.json`;
if (!existsSync(modelFile)) {
  console.log(`validators vs oracle: skipped (no ${modelFile})`);
  process.exit(0);
}
const { validate } = await import("@shapekit/sagemaker-validators");

const [countArg, seedArg] = process.argv.slice(2).map(Number);
const count = countArg > 0 ? countArg : 1_000_000;
const { random, pick } = seededRandom(seedArg);

const NS = "com.amazonaws.sagemaker#";
const shapes = JSON.parse(readFileSync(modelFile, "utf8")).shapes;
// The seed page lists one AMI version the public model does not (the corpus is labelled so).
shapes[`${NS}ProductionVariantInferenceAmiVersion`].members["SEED_PAGE_VALUE"] = {
  target: "smithy.api#Unit",
  traits: { "smithy.api#enumValue": "al2-ami-sagemaker-inference-neuron-2" },
};
const PRELUDE = {
  "smithy.api#String": "string",
  "smithy.api#Integer": "integer",
  "smithy.api#Boolean": "boolean",
  "smithy.api#Float": "float",
};
const regexps = new Map();

/** Adds to `errors` the path of every value under `path` that breaks a constraint. */
function checkShape(target, memberTraits, value, path, errors) {
  const shape = shapes[target];
  const type = shape ? shape.type : PRELUDE[target];
  if (type === undefined) throw new Error(`the oracle does not know ${target}`);
  const traits = { ...(shape?.traits ?? {}), ...memberTraits };
  const at = (p) => errors.add(p);
  switch (type) {
    case "structure": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return at(path);
      const join = (name) => (path === "" ? name : `${path}.${name}`);
      for (const key of Object.keys(value)) if (!Object.hasOwn(shape.members, key)) at(join(key));
      for (const [name, member] of Object.entries(shape.members)) {
        if (!Object.hasOwn(value, name)) {
          if (member.traits?.["smithy.api#required"]) at(join(name));
        } else if (value[name] === null) at(join(name));
        else checkShape(member.target, member.traits ?? {}, value[name], join(name), errors);
      }
      return;
    }
    case "list":
      if (!Array.isArray(value)) return at(path);
      if (outside(value.length, traits["smithy.api#length"])) at(path);
      value.forEach((item, i) => {
        if (item === null) at(`${path}[${i}]`);
        else
          checkShape(shape.member.target, shape.member.traits ?? {}, item, `${path}[${i}]`, errors);
      });
      return;
    case "enum": {
      const values = Object.entries(shape.members).map(
        ([name, m]) => m.traits?.["smithy.api#enumValue"] ?? name,
      );
      if (typeof value !== "string" || !values.includes(value)) at(path);
      return;
    }
    case "string": {
      if (typeof value !== "string") return at(path);
      if (outside([...value].length, traits["smithy.api#length"])) at(path);
      const pattern = traits["smithy.api#pattern"];
      if (pattern !== undefined) {
        let regexp = regexps.get(pattern);
        if (!regexp) regexps.set(pattern, (regexp = new RegExp(pattern, "u")));
        if (!regexp.test(value)) at(path);
      }
      return;
    }
    case "integer":
    case "float":
      if (typeof value !== "number") return at(path);
      if (
        type === "integer" &&
        (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31)
      )
        return at(path);
      if (outside(value, traits["smithy.api#range"])) at(path);
      return;
    case "boolean":
      if (typeof value !== "boolean") at(path);
      return;
    default:
      throw new Error(`the oracle does not know ${type} shapes (${target})`);
  }
}

function outside(n, bounds) {
  return bounds !== undefined && (n < (bounds.min ?? -Infinity) || n > (bounds.max ?? Infinity));
}

function oraclePaths(input) {
  const errors = new Set();
  checkShape(`${NS}CreateEndpointConfigInput`, {}, input, "", errors);
  return [...errors].sort();
}

function ourPaths(input) {
  const result = validate("CreateEndpointConfigInput", input, { rules: false });
  if (result.ok) return [];
  return [
    ...new Set(result.issues.filter((i) => i.severity !== "warning").map((i) => i.path)),
  ].sort();
}

const corpus = readFileSync(
  `${root}generators/validators/test/data/validate-create-endpoint-config.jsonl`,
  "utf8",
)
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
const oracleMisses = corpus.filter(
  (c) => JSON.stringify(oraclePaths(c.input)) !== JSON.stringify(c.expect.paths),
).length;
if (oracleMisses > 0) {
  console.log(`validators vs oracle: the oracle disagrees with ${oracleMisses} labelled cases`);
  process.exit(1);
}

// Values that sit on or just past the constraints of the operation's members.
const VALUES = [
  ...[null, true, false, 0, -1, 1, 1.5, -0, 1e300, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1],
  ...["", "a", "é", "😀".repeat(32), "x".repeat(63), "x".repeat(64), "x".repeat(65)],
  // Astral characters: within a limit in code points, past it in UTF-16 units.
  ...[33, 129, 513, 1025].map((n) => "😀".repeat(n)),
  ...["ml.m5.large", "AllTraffic", "a-b", "-a", "a\n", "s3://b/k", "0".repeat(2049)],
  ...["arn:aws:iam::123456789012:role/x", "al2-ami-sagemaker-inference-neuron-2"],
  ...[[], [{}], {}, { a: 1 }],
];
const SUFFIXES = ["😀", "é", "-", " ", "\u0000", "x".repeat(70)];

function leafPaths(value, prefix = [], out = []) {
  out.push(prefix);
  if (value && typeof value === "object")
    for (const key of Object.keys(value)) leafPaths(value[key], [...prefix, key], out);
  return out;
}

function mutate(input) {
  const copy = structuredClone(input);
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) {
    const paths = leafPaths(copy).filter((p) => p.length > 0);
    if (paths.length === 0) break;
    const p = pick(paths);
    let holder = copy;
    for (const key of p.slice(0, -1)) holder = holder[key];
    const last = p.at(-1);
    const r = random();
    if (r < 0.55) holder[last] = structuredClone(pick(VALUES));
    else if (r < 0.7 && !Array.isArray(holder)) delete holder[last];
    else if (r < 0.8 && !Array.isArray(holder)) holder[`Zz${Math.floor(random() * 9)}`] = 1;
    else if (Array.isArray(holder[last]))
      holder[last].push(structuredClone(holder[last][0] ?? "x"));
    else if (typeof holder[last] === "string") holder[last] += pick(SUFFIXES);
  }
  return copy;
}

let failures = 0;
for (let i = 0; i < count; i++) {
  const input = mutate(pick(corpus).input);
  const expected = JSON.stringify(oraclePaths(input));
  const found = JSON.stringify(ourPaths(input));
  if (expected === found) continue;
  failures++;
  if (failures <= 10)
    console.log(`DISAGREE ${JSON.stringify(input)}\n  oracle: ${expected}\n  ours:   ${found}`);
}
console.log(
  `validators vs oracle: ${count} mutated inputs, ${count - failures} agree, ${failures} disagree (the oracle matches all ${corpus.length} labelled cases)`,
);
process.exit(failures === 0 ? 0 : 1);
