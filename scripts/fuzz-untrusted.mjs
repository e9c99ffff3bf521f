// `npm run fuzz` (part of scripts/fuzz.mjs): the library entry points under untrusted text, with
// their defaults (no `files` option). Random command lines and shorthand values full of file
// references (`file://`, `fileb://`, `@=`), `~`, `$VAR`, `http(s)://`, and hostile
// `--cli-input-yaml`/`--cli-input-json` documents (alias bombs, scalar merges, deep nesting,
// huge text). Checks that no call throws, that no file is read (a planted file and a planted
// environment variable hold a secret: it never appears in any result), and reports the slowest
// input. Then the same with reading turned on (`localFiles()`), where the secret may be read as
// a value but must never appear in an error.
//   node scripts/fuzz-untrusted.mjs [<count, 20000>] [<seed, 1>]
// Uses the built packages (npm run generate builds them).
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseShorthand, localFiles } from "@shapekit/shorthand";
import { parseArgument } from "@shapekit/sagemaker-shorthand";
import { parseCommandLine } from "@shapekit/sagemaker-cli-skeleton";
import { seededRandom } from "./seeded-random.mjs";

const [countArg, seedArg] = process.argv.slice(2).map(Number);
const count = countArg > 0 ? countArg : 20_000;
const { random, pick } = seededRandom(seedArg);

const SECRET = "SECRET-7f3a9c1d-do-not-leak";
const dir = mkdtempSync(path.join(tmpdir(), "shapekit-fuzz-"));
const secretFile = path.join(dir, "credentials");
writeFileSync(secretFile, `[default]\naws_secret_access_key = ${SECRET}\n{not json ${SECRET}`);
process.env.SHAPEKIT_FUZZ_TOKEN = SECRET;
process.env.HOME = dir;

const references = [
  `file://${secretFile}`,
  `fileb://${secretFile}`,
  "file://~/credentials",
  "file://$SHAPEKIT_FUZZ_TOKEN",
  "file://${SHAPEKIT_FUZZ_TOKEN}",
  "file:///dev/zero",
  "file:///dev/stdin",
  "file:///proc/self/environ",
  "file://",
  "http://169.254.169.254/latest/meta-data/",
  "https://example.com/x",
  "$SHAPEKIT_FUZZ_TOKEN",
  "~",
];
const shorthandAtoms = [
  "Key",
  "Value",
  "VariantName",
  "=",
  "@=",
  ",",
  "[",
  "]",
  "{",
  "}",
  "'",
  '"',
  "\\",
  " ",
  "a",
  ...references,
];
const options = [
  "--kms-key-id",
  "--tags",
  "--production-variants",
  "--data-capture-config",
  "--endpoint-config-name",
  "--vpc-config",
  "--async-inference-config",
];

function hostileYaml() {
  switch (Math.floor(random() * 6)) {
    case 0: {
      let y = "a: &a [x, x, x, x, x, x, x, x, x]\n";
      for (let i = 1; i < 12; i++)
        y += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]\n`;
      return y + `EndpointConfigName: *l\n`;
    }
    case 1:
      return "base: &b scalar\nEndpointConfigName:\n  <<: *b\n";
    case 2:
      return "[".repeat(1 + Math.floor(random() * 5000)) + "]".repeat(2);
    case 3:
      return `EndpointConfigName: ${"x".repeat(Math.floor(random() * 3_000_000))}\n`;
    case 4:
      return `EndpointConfigName: !!binary c2VjcmV0\nTags: ${pick(references)}\n`;
    default:
      return `{"EndpointConfigName": "c", "ProductionVariants": [{"VariantName": "${pick(references)}"}], ${'"k": 1, '.repeat(Math.floor(random() * 1000))}"z": ${pick(["1", "{", "[", '"'])}`;
  }
}

function shorthandText() {
  let s = "";
  const n = 1 + Math.floor(random() * 12);
  for (let i = 0; i < n; i++) s += pick(shorthandAtoms);
  return s;
}

function commandLine() {
  const argv = [];
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.15)
      argv.push(
        pick(["--cli-input-yaml", "--cli-input-json"]),
        random() < 0.5 ? hostileYaml() : pick(references),
      );
    else argv.push(pick(options), random() < 0.4 ? pick(references) : shorthandText());
  }
  return argv;
}

let failures = 0;
let slowest = { ms: 0, input: "" };
function check(label, input, call, errorsOnly) {
  const start = performance.now();
  let text;
  try {
    const result = call();
    text =
      JSON.stringify(errorsOnly && result && result.ok ? null : result, (_k, v) =>
        v instanceof Uint8Array ? Buffer.from(v).toString() : v,
      ) ?? "";
    if (result && result.error instanceof Error) text += result.error.message;
  } catch (error) {
    if (
      label === "parseShorthand" &&
      error &&
      error.name &&
      /Shorthand|FileAccess/.test(error.name)
    )
      text = String(error.message);
    else {
      failures++;
      if (failures <= 10)
        console.log(
          `${label} threw on ${JSON.stringify(input).slice(0, 200)}: ${error && error.stack}`,
        );
      return;
    }
  }
  const ms = performance.now() - start;
  if (ms > slowest.ms) slowest = { ms, input: `${label} ${JSON.stringify(input).slice(0, 120)}` };
  if (text.includes(SECRET)) {
    failures++;
    if (failures <= 10)
      console.log(`${label} leaked the secret on ${JSON.stringify(input).slice(0, 200)}`);
  }
}

const files = localFiles();
for (let i = 0; i < count; i++) {
  const text = shorthandText();
  check("parseShorthand", text, () => parseShorthand(text), false);
  const option = pick(options);
  const words = [random() < 0.5 ? pick(references) : text];
  check(
    "parseArgument",
    words,
    () => parseArgument("create-endpoint-config", option, words),
    false,
  );
  const argv = commandLine();
  check("parseCommandLine", argv, () => parseCommandLine("create-endpoint-config", argv), false);
  // Reading on: values may hold what was read, errors never.
  if (i % 10 === 0)
    check(
      "parseCommandLine+files",
      argv,
      () => parseCommandLine("create-endpoint-config", argv, { files }),
      true,
    );
}
rmSync(dir, { recursive: true, force: true });
console.log(
  `fuzz-untrusted: ${count} rounds (${count * 3 + Math.ceil(count / 10)} calls), ${failures} failures; slowest ${slowest.ms.toFixed(1)} ms: ${slowest.input}`,
);
process.exit(failures === 0 ? 0 : 1);
