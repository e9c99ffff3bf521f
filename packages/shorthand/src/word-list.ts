// The command-line words a caller passes (`argv`, an option's words) read before anything else
// looks at them: a JavaScript caller, or one that builds them from untrusted input, may pass a
// string, a number, `null` or a proxy, and without this the parser would fail inside (a
// TypeError about `charCodeAt`) or, worse, read a string as a list of one-character words. The
// words are copied into a fresh array, each read once, so what was checked is what is parsed.

import { thrownReason, valueKind } from "./value-kind.js";

/** `words` as a fresh list of strings, or why it is not one. */
export type WordList =
  | { readonly ok: true; readonly words: string[] }
  | { readonly ok: false; readonly problem: string };

/**
 * `words` copied into a fresh array of strings, naming it `name` (`argv`, `words`) in the
 * problem when it is not a list of strings or cannot be read (a proxy trap that throws).
 */
export function readWordList(words: unknown, name: string): WordList {
  try {
    if (!Array.isArray(words))
      return {
        ok: false,
        problem: `${name} must be a list (an array) of strings, not ${valueKind(words)}`,
      };
    const length = words.length;
    const copy = new Array<string>(length);
    for (let i = 0; i < length; i++) {
      const word: unknown = words[i];
      if (typeof word !== "string")
        return {
          ok: false,
          problem: `${name}[${i}] is ${valueKind(word)}: ${name} must hold strings only`,
        };
      copy[i] = word;
    }
    return { ok: true, words: copy };
  } catch (e) {
    return { ok: false, problem: `${name} could not be read (${thrownReason(e)})` };
  }
}

/** Why `words` is not a list of strings (see `readWordList`), or `undefined` when it is one. */
export function wordListProblem(words: unknown, name: string): string | undefined {
  const read = readWordList(words, name);
  return read.ok ? undefined : read.problem;
}
