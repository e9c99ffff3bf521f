// Part of `npm run bench`, or `node bench/untrusted-input.mjs`: the attack inputs of the safety
// issue against the built packages, with their defaults. For each: what comes back (issue
// count, message bytes, error kind) and how long it takes, so that a regression to unbounded
// work shows as a figure, not a test flake.
//  - @pattern attacks (ReDoS): time per `compilePattern(p).test(s)` at 1×, 10×, 100× and
//    ~2,000× the 31-character input that took 32.8 s with a backtracking engine;
//  - issue floods: `Tags` of 5 M items, 1 M unknown keys, a sparse array of length 2^32 − 1;
//  - cli-input attacks: an 18 MB YAML document, billion laughs, 100,000-deep nesting;
//  - hostile documentation in a model: openers that never close (`<`, `<a href="`, `[`) and
//    long runs of blanks, through the generator's converter, the help page and the YAML
//    skeleton's one-line summaries, at 1,000 / 10,000 / 100,000 openers (linear: ×10 each).
import { performance } from "node:perf_hooks";
import { documentationOverview, helpPage } from "@shapekit/cli";
import { documentationText } from "@shapekit/model";
import { compilePattern } from "@shapekit/validation";
import { validate } from "@shapekit/sagemaker-validators";
import { parseCommandLine } from "@shapekit/sagemaker-cli-skeleton";

const PATTERN_ATTACKS = [
  ["TeamName", "^[a-z0-9]([-a-z0-9]*[a-z0-9]){0,39}?$", (n) => "a".repeat(n) + "!"],
  ["PipelineDefinition", "(?:[ \\r\\n\\t].*)*$", (n) => " \n".repeat(n / 2) + "\u2028"],
  ["MlflowVersion-style", "^[0-9]*.[0-9]*.[0-9]*$", (n) => "1".repeat(n) + "x"],
  ["S3Uri-style", "^(https|s3)://([^/]+)/?(.*)$", (n) => "s3://" + "a".repeat(n)],
];

/** Mean milliseconds per call of `f`, over at least 50 ms of calls. */
function perCall(f) {
  const start = performance.now();
  let calls = 0;
  do {
    f();
    calls++;
  } while (performance.now() - start < 50);
  return (performance.now() - start) / calls;
}

/** One run of `f`: its result and milliseconds. */
function once(f) {
  const start = performance.now();
  const result = f();
  return { result, ms: performance.now() - start };
}

export function benchUntrustedInput() {
  console.log(
    "untrusted input: @pattern attacks, ms per test() at 31 / 310 / 3,100 / 65,536 characters",
  );
  for (const [name, source, make] of PATTERN_ATTACKS) {
    const matcher = compilePattern(source);
    const row = [31, 310, 3_100, 65_536].map((n) => {
      const value = make(n);
      return perCall(() => matcher.test(value)).toFixed(4);
    });
    console.log(`  ${name.padEnd(20)} ${row.join(" / ")}`);
  }

  const input = {
    EndpointConfigName: "c",
    ProductionVariants: [{ VariantName: "v", ModelName: "m" }],
  };
  const floods = [
    ["Tags: 5 M zeros", { ...input, Tags: new Array(5_000_000).fill(0) }],
    [
      "ProductionVariants: 60,000 bad items",
      { ...input, ProductionVariants: new Array(60_000).fill(0) },
    ],
    [
      "1 M unknown keys",
      Object.fromEntries([
        ...Object.entries(input),
        ...Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i]),
      ]),
    ],
    ["Tags: sparse, length 2^32 − 1", { ...input, Tags: new Array(2 ** 32 - 1) }],
  ];
  console.log("untrusted input: issue floods (validate, default maxIssues)");
  for (const [name, value] of floods) {
    const { result, ms } = once(() => validate("CreateEndpointConfigInput", value));
    const bytes = result.ok ? 0 : result.issues.reduce((n, i) => n + i.message.length, 0);
    const issues = result.ok ? 0 : result.issues.length;
    console.log(
      `  ${name.padEnd(36)} ${issues} issues, ${bytes} characters of messages, ${ms.toFixed(1)} ms`,
    );
  }

  let laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) {
    const [prev, next] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    laughs += `${next}: &${next} [${Array(9).fill(`*${prev}`).join(",")}]\n`;
  }
  const documents = [
    ["18 MB YAML", `EndpointConfigName: c\nTags:\n${"  - {Key: k, Value: v}\n".repeat(800_000)}`],
    ["billion laughs", `${laughs}EndpointConfigName: *j\n`],
    ["100,000-deep YAML", "[".repeat(100_000) + "]".repeat(100_000)],
    ["scalar merge", "base: &b text\nEndpointConfigName:\n  <<: *b\n"],
  ];
  console.log("untrusted input: --cli-input-yaml documents (parseCommandLine, default caps)");
  for (const [name, text] of documents) {
    const { result, ms } = once(() =>
      parseCommandLine("create-endpoint-config", ["--cli-input-yaml", text]),
    );
    const outcome = result.ok
      ? "accepted"
      : `refused: ${result.errors[0].message.split("\n")[0].slice(0, 90)}`;
    console.log(
      `  ${name.padEnd(20)} ${(text.length / 1e6).toFixed(2)} MB, ${ms.toFixed(1)} ms, ${outcome}`,
    );
  }

  const HOSTILE_DOCUMENTATION = [
    ["<", (n) => `<p>${"<".repeat(n)}</p>`],
    ['<a href="', (n) => `<p>${'<a href="'.repeat(n)}</p>`],
    ['<a href="x">label', (n) => `<p>${'<a href="x">label '.repeat(n)}</p>`],
    ["[a](", (n) => "[a](".repeat(n)],
    ["blanks", (n) => `${" ".repeat(n)}x${" ".repeat(n)}\ny`],
  ];
  const helpOf = (documentation) =>
    helpPage({
      name: "op",
      operationName: "Op",
      options: [],
      shapes: {},
      documentation: { operation: documentation, shapes: {} },
    });
  const converters = [
    ["documentationText", documentationText],
    ["help page", helpOf],
    ["summary", documentationOverview],
  ];
  console.log(
    "untrusted input: model documentation, ms per call at 1,000 / 10,000 / 100,000 openers",
  );
  for (const [name, make] of HOSTILE_DOCUMENTATION)
    for (const [converter, convert] of converters) {
      const row = [1_000, 10_000, 100_000].map((n) => {
        const text = make(n);
        return perCall(() => convert(text)).toFixed(2);
      });
      console.log(`  ${`${name} (${converter})`.padEnd(40)} ${row.join(" / ")}`);
    }
}

if (import.meta.url === `file://${process.argv[1]}`) benchUntrustedInput();
