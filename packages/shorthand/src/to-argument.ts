// Value → the words to type after an option so that the AWS CLI builds that value again. The
// candidates are shorthand (one word per list item for list options), plain words for scalars
// and lists of scalars, and JSON (a lone word that argparse would take for an option, such as
// `-1e5`, also with a space before it); each is checked by parsing it back the way
// `parseArgumentWords` does, and the shortest that reads back the same wins. JSON reads back any
// JSON value, so only values with no JSON form (bytes, a Date, undefined, a cycle)
// or no word form at all (a top-level string such as `-x` or `file://x`, a boolean flag's
// opposite) are refused, with the place in the value and the cause (unwritable-value.ts).

import { ArgumentError } from "./argument-error.js";
import { looksLikeOption, parseArgumentWords, type ArgumentResult } from "./argument.js";
import {
  isScalar,
  shapeOf,
  supportsShorthand,
  type CliOption,
  type CliShapeTable,
} from "./cli-shape.js";
import { valueKind } from "./value-kind.js";
import { toShorthand } from "./to-shorthand.js";
import { untypedText } from "./untyped-text.js";
import { misreadText, writableValue, type Unwritable } from "./unwritable-value.js";
import { sameValue, type ShorthandObject } from "./value.js";

const NO_FILES = {
  readText(): string {
    throw new Error("not read");
  },
  readBytes(): Uint8Array {
    throw new Error("not read");
  },
};

/** A scalar's word: its text (numbers and booleans as the AWS CLI converts them back). */
function wordOf(value: unknown): string {
  const text = untypedText(value);
  if (typeof text !== "string") throw new Error("no text form");
  return text;
}

function candidates(table: CliShapeTable, option: CliOption, value: unknown): string[][] {
  const shape = shapeOf(table, option.shape);
  const out: string[][] = [];
  const attempt = (make: () => string[]) => {
    let words: string[];
    try {
      words = make();
    } catch {
      return; // no such form for this value
    }
    out.push(words);
    // argparse takes a lone word that looks like an option (`-1e5`, `-5e-324`) for one, and a
    // word holding a space for a value: a number or JSON text reads the same after a space.
    if (words.length === 1 && looksLikeOption(words[0]!)) out.push([` ${words[0]!}`]);
  };
  if (isScalar(shape)) {
    attempt(() => [wordOf(value)]);
    return out;
  }
  if (supportsShorthand(table, shape)) {
    if (shape.type === "list")
      attempt(() =>
        (value as unknown[]).map((item) => toShorthand(untypedText(item) as ShorthandObject)),
      );
    else attempt(() => [toShorthand(untypedText(value) as ShorthandObject)]);
  } else if (shape.type === "list" && Array.isArray(value)) {
    attempt(() => value.map(wordOf));
  }
  attempt(() => {
    const json = JSON.stringify(value, (_k, v: unknown) => {
      if (v instanceof Uint8Array) throw new Error("bytes");
      return v;
    });
    if (json === undefined) throw new Error("no JSON");
    return [json];
  });
  return out;
}

/**
 * The shortest words that, typed after `option`, make the AWS CLI build `value` again:
 * `parseArgumentWords(table, option, words)` reads back a value deep-equal to `value`.
 *
 * ```ts
 * toArgumentWords(table, tagsOption, [{ Key: "a", Value: "b c" }]); // { ok: true, value: ["Key=a,Value=b c"] }
 * ```
 */
export function toArgumentWords(
  table: CliShapeTable,
  option: CliOption,
  value: unknown,
): ArgumentResult<string[]> {
  const shape = shapeOf(table, option.shape);
  if (shape.type === "boolean") {
    if (value === (option.negated !== true)) return { ok: true, value: [] };
    const sets = option.negated !== true;
    const other = option.negated
      ? option.name.replace(/^--no-/, "--")
      : option.name.replace(/^--/, "--no-");
    const message =
      typeof value === "boolean"
        ? `a flag: it sets ${sets}; use ${other} for ${!sets}`
        : `a flag: it sets ${sets} (${other} sets ${!sets}); no words build ${valueKind(value)}`;
    return { ok: false, error: new ArgumentError(message, { option: option.name }) };
  }
  // The value is the caller's, maybe a hostile one: it is read once, into plain data that the
  // forms are written from and compared with, and what no form can carry is named.
  const read = writableValue(table, option, value);
  if (!read.ok) return { ok: false, error: unwritableError(option, read.problem) };
  let best: string[] | undefined;
  for (const words of candidates(table, option, read.value)) {
    const back = parseArgumentWords(table, option, words, { files: NO_FILES });
    if (!back.ok || !sameValue(back.value, read.value)) continue;
    if (!best || words.join(" ").length < best.join(" ").length) best = words;
  }
  if (best) return { ok: true, value: best };
  const why = misreadText(table, option, read.value) ?? {
    path: "",
    reason: "the AWS CLI reads every form of it as another value",
  };
  return { ok: false, error: unwritableError(option, why) };
}

function unwritableError(option: CliOption, why: Unwritable): ArgumentError {
  const where = why.path === "" ? "" : `${why.path}: `;
  return new ArgumentError(`no words make the AWS CLI build this value: ${where}${why.reason}`, {
    option: option.name,
    path: why.path,
  });
}
