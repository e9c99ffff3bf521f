// `npm run fuzz` (part of scripts/fuzz.mjs): random and mutated shorthand strings, parsed by
// ShapeKit's `parseShorthand` and by the AWS CLI's own `ShorthandParser` (in one Python process,
// bench/shorthand-awscli.py), which must agree: the same value, or both refuse. Neither reads a
// file here: ours has no `files` source, and a text that makes the CLI read one is an error on
// both sides (ours refuses, the file is absent for the CLI). Skips, saying so, when Python with
// the `awscli` package is not installed.
//   node scripts/fuzz-shorthand-awscli.mjs [<count, 1000000>] [<seed, 1>]
// Uses the built runtime (npm run generate builds it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseShorthand, ShorthandError } from "@shapekit/shorthand";
import { seededRandom } from "./seeded-random.mjs";

const [countArg, seedArg] = process.argv.slice(2).map(Number);
const count = countArg > 0 ? countArg : 1_000_000;
const { random, pick } = seededRandom(seedArg);
const awscliParser = fileURLToPath(new URL("../bench/shorthand-awscli.py", import.meta.url));

// Pieces of the grammar and of the text around it: separators, quotes and escapes, the file
// marker, whitespace the CLI strips (and some it does not), non-ASCII.
const ATOMS = [
  ...["a", "Key", "Value", "b c", "1", "x.y", "-", ":", "/", "é", "😀"],
  ...["=", "=", ",", ",", ", ", " ,", "[", "]", "{", "}", "[]", "{}", "=[", "={"],
  ...["'", '"', "\\", "\\,", "\\'", '\\"', "\\\\", "\\=", "\\]", "\\}", "\\n"],
  ...[" ", " ", "\t", "\n", "\r", "\u00a0", "\u0085"],
  ...["@", "@=", "file://x", "fileb://y", "a=b", ",c=d", "k=", "=v", "'x,y'", '"a\\"b"'],
];
const SEEDS = [
  "Key=a,Value=b",
  "A=1,B=[x,y],C={D=e}",
  "a=[{b=c},{d=e}]",
  "Key='a,b', Value=\"c\"",
  "x=a,b,c,y=d",
  "m={k1=v1,k2=[1,2]}",
  "a= b ,c = d",
  "a=\"x\\\"y\",b='it''s'",
  "a@=x,b=y",
];

function randomText() {
  if (random() < 0.3) {
    let text = "";
    const n = Math.floor(random() * 16);
    for (let i = 0; i < n; i++) text += pick(ATOMS);
    return text;
  }
  let text = pick(SEEDS);
  const edits = 1 + Math.floor(random() * 3);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (text.length + 1));
    if (random() < 0.5) text = text.slice(0, at) + pick(ATOMS) + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 2));
  }
  return text;
}

/** The CLI's answers for `texts`, in order; undefined when Python or awscli is missing. */
function awscliAnswers(texts, cwd) {
  const input = texts.map((text) => JSON.stringify({ text })).join("\n") + "\n";
  const run = spawnSync("python3", [awscliParser], {
    input,
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.error || run.status !== 0) return undefined;
  return run.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** `{ ok, value }` as the CLI's answers are written (JSON values, objects in key order). */
function ours(text) {
  try {
    return { ok: true, value: JSON.stringify(parseShorthand(text)) };
  } catch (e) {
    if (e instanceof ShorthandError) return { ok: false };
    return { ok: false, crash: e instanceof Error ? e.stack : String(e) };
  }
}

// In an empty folder, so that no `file://` word of a text names a file the CLI could read.
const cwd = mkdtempSync(join(tmpdir(), "shapekit-fuzz-awscli-"));
const BATCH = 50_000;
let compared = 0;
let failures = 0;
try {
  for (let done = 0; done < count; done += BATCH) {
    const texts = Array.from({ length: Math.min(BATCH, count - done) }, randomText);
    const answers = awscliAnswers(texts, cwd);
    if (answers === undefined) {
      console.log("shorthand vs AWS CLI: skipped (python3 with the awscli package not found)");
      process.exit(0);
    }
    texts.forEach((text, i) => {
      const reference = answers[i];
      const mine = ours(text);
      compared++;
      const same =
        !mine.crash &&
        reference.ok === mine.ok &&
        (!reference.ok || JSON.stringify(reference.value) === mine.value);
      if (same) return;
      failures++;
      if (failures <= 10)
        console.log(
          `DISAGREE ${JSON.stringify(text)}\n  AWS CLI: ${JSON.stringify(reference)}\n  ours:    ${mine.crash ?? (mine.ok ? mine.value : "refused")}`,
        );
    });
  }
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
console.log(
  `shorthand vs AWS CLI: ${compared} strings, ${compared - failures} agree, ${failures} disagree`,
);
process.exit(failures === 0 ? 0 : 1);
