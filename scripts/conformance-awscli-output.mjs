// `node scripts/conformance-awscli-output.mjs [--cases N] [--seed S] [--record FILE]`: prints
// random responses with `formatResponse` (@shapekit/cli/output) and with the installed AWS
// CLI's own formatters (scripts/conformance/record-awscli-output.py, one Python process) for
// `--output json`, `text` and `table`, and requires the same bytes, or an error from both where
// the AWS CLI stops with one. The responses are shaped like AWS responses (objects of
// PascalCase members, lists of objects, tags) with awkward values mixed in: wide, ambiguous and
// combining characters, control characters, quotes, floats Python writes in exponent form,
// empty lists and objects, lists mixing kinds, `ResponseMetadata`; a quarter are values a
// `--query` selected (any JSON), passed as a JMESPath literal. Tables are laid out for a random
// terminal width, coloured or not. Default 2,000 cases, seed 1. `--record FILE` also writes the
// cases with the AWS CLI's output as JSON lines (packages/cli/test/data/output-awscli.jsonl is
// such a recording). Skipped, with a message, without python3 and its awscli package. Exit 1 on
// any difference.
import {
  builtCli,
  compareWithAwsCli,
  comparisonOptions,
} from "./conformance/awscli-comparison.mjs";

const { count, seed, record } = comparisonOptions(import.meta.url, "conformance-awscli-output");
const { formatResponse, OutputFormatError } = await builtCli("conformance-awscli-output");
await compareWithAwsCli({
  script: "record-awscli-output.py",
  label: "output formats vs AWS CLI",
  count,
  seed,
  record,
  randomCases,
  ours: (c, output, theirs) => {
    const ours = ourOutput(c, output);
    const same = typeof theirs === "string" ? ours === theirs : typeof ours === "object";
    return { same, ours };
  },
  describe: (c) =>
    `${JSON.stringify("response" in c ? c.response : c.selected)} (width ${c.width}, color ${c.color})`,
});

/** What `formatResponse` prints for a recorded case, or the error it throws. */
function ourOutput(c, output) {
  const options = { command: c.command, output, terminalWidth: c.width, color: c.color === "on" };
  try {
    return "selected" in c
      ? formatResponse({}, { ...options, query: jmespathLiteral(c.selected) })
      : formatResponse(c.response, options);
  } catch (e) {
    if (e instanceof OutputFormatError) return { error: e.message };
    throw e;
  }
}

/** A JMESPath expression whose value is `value`: a JSON literal in backticks. */
function jmespathLiteral(value) {
  return `\`${JSON.stringify(value).replaceAll("`", "\\`")}\``;
}

function randomCases(n, { random, pick }) {
  const NAMES = [
    "Name",
    "Arn",
    "Items",
    "Tags",
    "Key",
    "Value",
    "Status",
    "Count",
    "Weight",
    "Config",
    "CreationTime",
    "NextToken",
    "Description",
    "Id",
    "Enabled",
    "Size",
    "a",
    "B",
    "ab",
    "Ab",
    "名前",
    "Nàme",
    "",
    "x y",
    "10",
    "2",
    "_z",
    "zz",
  ];
  const WORDS = [
    "",
    "a",
    "abc",
    "ml.m5.large",
    "arn:aws:sagemaker:us-east-1:123456789012:endpoint/e",
    "漢字",
    "漢字漢字漢字",
    "é",
    "ü",
    "😀",
    "e\u0301",
    "tab\there",
    "line\nbreak",
    "cr\rx",
    "quote'single",
    'quote"double',
    "both'\"",
    "back\\slash",
    "\u0007bell",
    "\u007f",
    "\u200b",
    "\u00a0nbsp",
    "\u2028",
    "x".repeat(50),
    "Ｆｕｌｌ",
    "ｶﾀｶﾅ",
    "\u{e0001}",
    "✓",
    "Ω",
  ];
  const NUMBERS = [
    0,
    1,
    -1,
    7,
    42,
    1000,
    123456789,
    2 ** 53,
    1e16,
    1e20,
    1e21,
    1.5,
    -2.25,
    0.1,
    1e-4,
    1e-5,
    1e-7,
    3.14159,
    1e22,
    123.456e10,
    -0,
  ];
  const scalar = () => {
    const r = random();
    if (r < 0.55) return pick(WORDS);
    if (r < 0.85) return pick(NUMBERS);
    if (r < 0.95) return random() < 0.5;
    return null;
  };
  const object = (depth, names = NAMES) => {
    const out = {};
    const size = Math.floor(random() * 5);
    for (let i = 0; i < size; i++) out[pick(names)] = value(depth + 1);
    return out;
  };
  // A list as AWS lists are (items of one kind), sometimes mixed.
  const list = (depth) => {
    const size = Math.floor(random() * (random() < 0.2 ? 8 : 4));
    const kind = random();
    const names = [pick(NAMES), pick(NAMES), pick(NAMES)];
    return Array.from({ length: size }, () => {
      if (random() < 0.1) return value(depth + 1);
      if (kind < 0.5) return object(depth + 1, names);
      if (kind < 0.8) return scalar();
      return depth < 3 ? list(depth + 1) : scalar();
    });
  };
  const value = (depth) => {
    const r = random();
    if (depth >= 4 || r < 0.5) return scalar();
    return r < 0.75 ? object(depth) : list(depth);
  };
  return Array.from({ length: n }, () => {
    const width = random() < 0.6 ? 80 : 1 + Math.floor(random() * 150);
    const common = {
      command: pick(["create-endpoint-config", "list-tags", "x"]),
      width,
      color: random() < 0.2 ? "on" : "off",
    };
    if (random() < 0.25) return { ...common, selected: value(0) };
    const response = object(0);
    if (random() < 0.1) response.ResponseMetadata = { RequestId: "r", HTTPStatusCode: 200 };
    return { ...common, response };
  });
}
