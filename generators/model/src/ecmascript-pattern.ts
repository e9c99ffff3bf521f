// A `@pattern` as a regular expression that compiles with the `u` flag, for ECMAScript consumers
// such as JSON Schema. Smithy patterns are meant to be ECMA-262, but real models (SageMaker's
// among them) were checked with Java's engine and carry constructs that Java accepts and
// Unicode-mode ECMAScript rejects (`\_`, `\p{Alnum}`, `(?s)`, `${1,128}`, …). The translation is
// `@shapekit/validation`'s, the same the validators run (see its pattern/parse-pattern.ts).

import { PatternError, patternToEcmaScript } from "@shapekit/validation";

/**
 * `pattern` unchanged when it compiles with the `u` flag; otherwise the same pattern with the
 * Java-only constructs rewritten. Returns `undefined` when there is no such form (a model error
 * for the caller to report, or Java syntax with no ECMAScript equivalent).
 */
export function ecmascriptPattern(pattern: string): string | undefined {
  try {
    return patternToEcmaScript(pattern);
  } catch (e) {
    if (e instanceof PatternError) return undefined;
    throw e;
  }
}
