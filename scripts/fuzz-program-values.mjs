// `npm run fuzz` (part of scripts/fuzz.mjs): the library calls under anything a program might
// pass instead of the strings and plain data they take — numbers, null, Dates, Maps, Sets,
// bigints, symbols, functions, typed and sparse arrays, null-prototype objects, getters and proxy
// traps that throw, cycles. Checks that no call throws (but parseShorthand's and toShorthand's
// documented TypeError and ShorthandEncodeError), that every refusal is an error result that says
// what was wrong, and that whatever toArgument writes reads back as the same plain data.
//   node scripts/fuzz-program-values.mjs [<count, 20000>] [<seed, 1>]
// Uses the built packages (npm run generate builds them).
import fc from "fast-check";
import { parseShorthand, toShorthand, ShorthandEncodeError } from "@shapekit/shorthand";
import { commands, parseArgument, toArgument } from "@shapekit/sagemaker-shorthand";
import { parseCommandLine, run, generateCliSkeleton } from "@shapekit/sagemaker-cli-skeleton";
import { PROGRAM_VALUES, samePlainData } from "./program-values.mjs";

const [countArg, seedArg] = process.argv.slice(2).map(Number);
const count = countArg > 0 ? countArg : 20_000;
const seed = Number.isFinite(seedArg) ? seedArg : 1;

const COMMAND = "create-endpoint-config";
const options = commands.find((c) => c.name === COMMAND).options.map((o) => o.name);

/**
 * Values that run the caller's code when read: a throwing getter, a throwing proxy, a cycle, a
 * revoked proxy. Made in the loop (fast-check itself would read them), from a marker.
 */
const HOSTILE = {
  getter: () => {
    const o = { VariantName: "a" };
    Object.defineProperty(o, "ModelName", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    });
    return [o];
  },
  proxy: () =>
    new Proxy([], {
      get() {
        throw new Error("trap");
      },
      ownKeys() {
        throw new Error("trap");
      },
    }),
  cycle: () => {
    const o = { Key: "a" };
    o.Self = o;
    return [o];
  },
  revoked: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
};
const MARK = "\u0000hostile:";
const hostile = fc.constantFrom(...Object.keys(HOSTILE)).map((name) => `${MARK}${name}`);
/** The value a sample stands for (a hostile marker becomes its value). */
const materialize = (v) =>
  typeof v === "string" && v.startsWith(MARK) ? HOSTILE[v.slice(MARK.length)]() : v;
const anything = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.anything(PROGRAM_VALUES),
  },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom(Symbol("s"), () => 1, undefined, NaN, -0, Infinity) },
);
const words = fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), anything);

const failures = [];
const fail = (what, detail) => {
  if (failures.length < 10) failures.push(`${what}: ${detail}`);
};
const io = { stdout: () => undefined, stderr: () => undefined };
const start = performance.now();

const samples = fc.sample(
  fc.record({ option: fc.constantFrom(...options), value: anything, words, argv: words }),
  { numRuns: count, seed },
);
for (const sample of samples) {
  const { option } = sample;
  const value = materialize(sample.value);
  const w = materialize(sample.words);
  const argv = materialize(sample.argv);
  try {
    const written = toArgument(COMMAND, option, value);
    if (written.ok) {
      const back = parseArgument(COMMAND, option, written.value);
      if (!back.ok || !samePlainData(back.value, value))
        fail(
          "toArgument wrote words that read back differently",
          `${option} ${JSON.stringify(written.value)}`,
        );
    } else if (!/^Error parsing parameter '.+': /.test(written.error.message)) {
      fail("toArgument refused without saying which option", written.error.message);
    }
  } catch (e) {
    fail("toArgument threw", `${option}: ${e?.stack ?? e}`);
  }
  try {
    const parsed = parseArgument(COMMAND, option, w);
    if (!parsed.ok && /is not a function|Cannot read prop/.test(parsed.error.message))
      fail("parseArgument leaked an internal error", parsed.error.message);
  } catch (e) {
    fail("parseArgument threw", `${option}: ${e?.stack ?? e}`);
  }
  try {
    const line = parseCommandLine(COMMAND, argv);
    if (
      !line.ok &&
      line.errors.some((err) => /is not a function|Cannot read prop/.test(err.message))
    )
      fail("parseCommandLine leaked an internal error", JSON.stringify(line.errors));
    const code = await run(argv, { io });
    if (code === 255) fail("run ended in an internal error (exit 255)", String(argv).slice(0, 80));
  } catch (e) {
    fail("parseCommandLine or run threw", e?.stack ?? e);
  }
  try {
    toShorthand(value);
  } catch (e) {
    if (!(e instanceof ShorthandEncodeError))
      fail("toShorthand threw something else", e?.stack ?? e);
  }
  try {
    parseShorthand(value);
  } catch (e) {
    if (typeof value === "string" ? !(e instanceof Error) : !(e instanceof TypeError))
      fail("parseShorthand threw something else", e?.stack ?? e);
  }
  try {
    generateCliSkeleton(COMMAND, value);
  } catch (e) {
    if (!(e instanceof RangeError)) fail("generateCliSkeleton threw something else", e?.stack ?? e);
  }
}

const seconds = ((performance.now() - start) / 1000).toFixed(1);
console.log(
  `fuzz-program-values: ${count} values (seed ${seed}) through toArgument, parseArgument, parseCommandLine, run, toShorthand, parseShorthand, generateCliSkeleton: ${failures.length === 0 ? "no failures" : `${failures.length}+ failures`} (${seconds} s)`,
);
for (const f of failures) console.log(`  ${f}`);
process.exit(failures.length === 0 ? 0 : 1);
