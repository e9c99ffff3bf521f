// Message of a `pattern` issue: the string and the regular expression it fails.
import { quote } from "../describe-value.js";

/** `"a b" does not match the pattern ^[a-z]+$`. */
export function patternMessage(value: string, pattern: string): string {
  return `${quote(value)} does not match the pattern ${pattern}`;
}
