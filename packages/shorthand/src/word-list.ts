// The command-line words a caller passes (`argv`, an option's words) checked before anything reads
// them: a JavaScript caller, or one that builds them from untrusted input, may pass a string, a
// number or `null`, and without this check the parser would fail inside (a TypeError about
// `charCodeAt`) or, worse, read a string as a list of one-character words.

/** What the caller passed, in a few words (never the value itself). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Why `words` is not a list of strings, naming it `name` (`argv`, `words`), or `undefined` when
 * it is one. Reads each item once, by index.
 */
export function wordListProblem(words: unknown, name: string): string | undefined {
  if (!Array.isArray(words))
    return `${name} must be a list (an array) of strings, not ${kindOf(words)}`;
  for (let i = 0; i < words.length; i++) {
    const word: unknown = words[i];
    if (typeof word !== "string")
      return `${name}[${i}] is ${kindOf(word)}: ${name} must hold strings only`;
  }
  return undefined;
}
