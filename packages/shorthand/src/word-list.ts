// The command-line words a caller passes (`argv`, an option's words) read before anything else
// looks at them: a JavaScript caller, or one that builds them from untrusted input, may pass a
// string, a number, `null` or a proxy, and without this the parser would fail inside (a
// TypeError about `charCodeAt`) or, worse, read a string as a list of one-character words. The
// words are copied into a fresh array, each read once, so what was checked is what is parsed.

/** What the caller passed, in a few words (never the value itself). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

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
        problem: `${name} must be a list (an array) of strings, not ${kindOf(words)}`,
      };
    const length = words.length;
    const copy = new Array<string>(length);
    for (let i = 0; i < length; i++) {
      const word: unknown = words[i];
      if (typeof word !== "string")
        return {
          ok: false,
          problem: `${name}[${i}] is ${kindOf(word)}: ${name} must hold strings only`,
        };
      copy[i] = word;
    }
    return { ok: true, words: copy };
  } catch (e) {
    const reason = e instanceof Error ? e.message : `a value of type ${typeof e} was thrown`;
    return { ok: false, problem: `${name} could not be read (${reason})` };
  }
}

/** Why `words` is not a list of strings (see `readWordList`), or `undefined` when it is one. */
export function wordListProblem(words: unknown, name: string): string | undefined {
  const read = readWordList(words, name);
  return read.ok ? undefined : read.problem;
}
