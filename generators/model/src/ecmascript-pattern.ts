// A `@pattern` as a regular expression that compiles with the `u` flag. Smithy patterns are
// meant to be ECMA-262, but real models (SageMaker's among them) were checked with Java's
// engine and carry constructs that Java accepts and Unicode-mode ECMAScript rejects:
// - identity escapes of ordinary characters (`\ `, `\_`, `\:`, `\-` outside a class): the
//   character itself;
// - Java's POSIX classes (`\p{Alnum}`, `\p{Digit}`, …): their ASCII ranges, as in Java;
// - a quantified end anchor (`${1,128}`): the anchor, which repeating does not change.
// Each rewrite keeps the meaning Java gives the pattern.

const SYNTAX_CHARACTERS = new Set("^$\\.*+?()[]{}|/");

/** Java's POSIX character classes (US-ASCII only, Java's default), as class ranges. */
const POSIX_CLASSES: Record<string, string> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "A-Za-z",
  Digit: "0-9",
  Alnum: "A-Za-z0-9",
  Punct: "!-\\/:-@\\[-`{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: " \\t\\n\\x0B\\f\\r",
};

/**
 * `pattern` unchanged when it compiles with the `u` flag; otherwise the same pattern with the
 * Java-only constructs above rewritten. Returns `undefined` when even that does not compile
 * (a model error for the caller to report).
 */
export function ecmascriptPattern(pattern: string): string | undefined {
  if (compiles(pattern)) return pattern;
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\" && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      const posix = /^p\{([A-Za-z]+)\}/.exec(pattern.slice(i + 1));
      if (posix && Object.hasOwn(POSIX_CLASSES, posix[1]!)) {
        const ranges = POSIX_CLASSES[posix[1]!]!;
        out += inClass ? ranges : `[${ranges}]`;
        i += posix[0].length;
        continue;
      }
      // `\-` is valid in Unicode mode inside a class only.
      const kept = /[A-Za-z0-9]/.test(next) || SYNTAX_CHARACTERS.has(next) || (inClass && next === "-");
      out += kept ? ch + next : next;
      i++;
    } else if (ch === "$" && !inClass) {
      out += ch;
      const quantifier = /^(?:\{[1-9]\d*(?:,\d*)?\}|\+)/.exec(pattern.slice(i + 1));
      if (quantifier) i += quantifier[0].length;
    } else {
      if (ch === "[") inClass = true;
      else if (ch === "]") inClass = false;
      out += ch;
    }
  }
  return compiles(out) ? out : undefined;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
