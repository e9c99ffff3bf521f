// `npm run fuzz` (through scripts/fuzz.mjs), or `node scripts/fuzz-validators.mjs [runs] [seed]`:
// throws adversarial values at the generated SageMaker validators and checks that every call
// returns a well-formed result — no exception, no hang, no stack overflow, no polluted
// prototype. The values: arbitrary JSON, corpus inputs with one subtree replaced by something
// hostile, keys named like Object.prototype members, deep nesting, long strings, lone
// surrogates, and JavaScript values JSON cannot hold (undefined, NaN, -0, bigint, symbols,
// functions, Dates, sparse arrays — one of length 2**32 - 1 —, null-prototype objects, floods of
// bad items and unknown keys). Results stay within the default issue cap. The test suite runs a seeded sample
// (generators/validators/test/robustness.test.ts); the default run is 100,000 values.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";

const root = fileURLToPath(new URL("..", import.meta.url));
const CODES = new Set([
  "type",
  "required",
  "unknown",
  "length",
  "range",
  "pattern",
  "enum",
  "rule",
  "truncated",
]);
/** The validators' default `maxIssues`: a result lists at most this many, plus one `truncated` entry. */
const DEFAULT_MAX_ISSUES = 100;
const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "prototype",
  "",
  "VariantName",
  "variantName",
  "a.b",
  "[0]",
  "\u0000",
  "😀",
];

function corpusInputs() {
  return readFileSync(
    `${root}generators/validators/test/data/validate-create-endpoint-config.jsonl`,
    "utf8",
  )
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l).input);
}

function nest(depth, leaf, asObject) {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asObject ? { ProductionVariants: v } : [v];
  return v;
}

/** Values JSON cannot express, and JSON values chosen to hurt. */
function hostileLeaf() {
  const sparse = [];
  sparse.length = 2 ** 32 - 1;
  const flood = new Array(20_000).fill(0);
  const keys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
  return fc.oneof(
    fc.constantFrom(sparse, flood, keys),
    fc.constantFrom(
      undefined,
      null,
      NaN,
      -0,
      Infinity,
      -Infinity,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53,
      1e308,
      0.1,
      "",
      "\ud800",
      "\udc00x",
      "😀".repeat(70),
    ),
    fc.constantFrom(
      Symbol("s"),
      () => 1,
      10n,
      new Date(Number.NaN),
      new Date(0),
      new Uint8Array(3),
      Object.create(null),
      // eslint-disable-next-line no-sparse-arrays -- a holey array is one of the odd inputs
      [, , 1],
    ),
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.integer({ min: 1, max: 200_000 }).map((n) => "x".repeat(n)),
    fc.integer({ min: 100, max: 20_000 }).map((n) => nest(n, 1, false)),
    fc.integer({ min: 100, max: 20_000 }).map((n) => nest(n, {}, true)),
    fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
    fc.jsonValue({ maxDepth: 4 }),
  );
}

/** A corpus input with one subtree (chosen by a path of indexes) replaced by `leaf`. */
function replaceAt(value, steps, leaf) {
  if (steps.length === 0 || value === null || typeof value !== "object") return leaf;
  const keys = Object.keys(value);
  if (keys.length === 0) return leaf;
  const key = keys[steps[0] % keys.length];
  const copy = Array.isArray(value) ? [...value] : { ...value };
  Object.defineProperty(copy, key, {
    value: replaceAt(value[key], steps.slice(1), leaf),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** The adversarial values: a fast-check arbitrary. */
export function adversarialValues(inputs = corpusInputs()) {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...inputs), fc.array(fc.nat(), { maxLength: 6 }), hostileLeaf())
        .map(([input, steps, leaf]) => replaceAt(input, steps, leaf)),
    },
    { weight: 1, arbitrary: hostileLeaf() },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 6 }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...HOSTILE_KEYS)
        .map((k) =>
          JSON.parse(
            `{"EndpointConfigName":"a","ProductionVariants":[{"VariantName":"v",${JSON.stringify(k)}:{${JSON.stringify(k)}:1}}],${JSON.stringify(k)}:[]}`,
          ),
        ),
    },
  );
}

/** What a result must look like, whatever the input. Returns a problem, or undefined. */
export function resultProblem(result) {
  if (typeof result !== "object" || result === null) return "the result is not an object";
  if (typeof result.ok !== "boolean") return "result.ok is not a boolean";
  if (!Array.isArray(result.warnings)) return "result.warnings is not an array";
  const issues = result.ok ? [] : result.issues;
  if (!Array.isArray(issues)) return "result.issues is not an array";
  if (!result.ok && issues.length === 0) return "invalid without issues";
  for (const list of [issues, result.warnings]) {
    if (list.length > DEFAULT_MAX_ISSUES + 1)
      return `${list.length} entries, more than the cap allows`;
    for (const [n, i] of list.entries()) {
      if (
        typeof i.path !== "string" ||
        !CODES.has(i.code) ||
        typeof i.message !== "string" ||
        i.message === ""
      )
        return `malformed issue ${JSON.stringify(i)}`;
      if (i.code === "truncated" && n !== list.length - 1)
        return "a truncated entry before the end of the list";
    }
  }
  return undefined;
}

/** Runs `runs` values through `validate`; throws on the first problem. Returns the count. */
export async function fuzzValidators({
  runs = 100_000,
  seed = Date.now() % 2 ** 31,
  log = () => {},
} = {}) {
  const { validate } = await import("@shapekit/sagemaker-validators");
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();
  let count = 0;
  const started = performance.now();
  fc.assert(
    fc.property(adversarialValues(), fc.boolean(), (value, rules) => {
      const t = performance.now();
      const result = validate("CreateEndpointConfigInput", value, { rules });
      const problem = resultProblem(result);
      if (problem) throw new Error(problem);
      if (performance.now() - t > 2000) throw new Error("one validation took more than 2 s");
      if (
        Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys ||
        {}.polluted !== undefined
      )
        throw new Error("Object.prototype changed");
      if (++count % 20_000 === 0) log(`  ${count.toLocaleString("en-US")} values…`);
    }),
    { numRuns: runs, seed },
  );
  return { count, seed, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  const { count, seconds } = await fuzzValidators({ runs, seed, log: console.log });
  console.log(
    `fuzz-validators: ${count.toLocaleString("en-US")} adversarial values, no crash, no hang, no pollution (seed ${seed}, ${seconds.toFixed(1)} s)`,
  );
}
