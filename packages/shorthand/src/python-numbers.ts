// Python's `int(text)` and `float(text)`, which is what the AWS CLI applies to shorthand values
// of integer and float members: surrounding whitespace is ignored, `_` may group digits
// (`1_000`), any Unicode decimal digit counts (`١٢`), and floats take `inf` and `nan`. Anything
// else is refused, as `1.5` is for an integer.

import { pythonStrip } from "./character-classes.js";
import { pythonStringRepr } from "./python-repr.js";

const DIGITS = String.raw`\p{Nd}(?:_?\p{Nd})*`;
const INTEGER = new RegExp(String.raw`^[+-]?${DIGITS}$`, "u");
const FLOAT = new RegExp(
  String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`,
  "u",
);
/** The common case, which JavaScript's `Number` reads exactly as Python does. */
const ASCII_DECIMAL = /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/;
const SPECIAL_FLOAT = /^([+-]?)(inf|infinity|nan)$/i;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** CPython refuses to convert longer digit strings (sys.int_info.default_max_str_digits). */
const MAX_INT_DIGITS = 4300;

/** ASCII digits for any Unicode decimal digits (each script's digits are 10 consecutive code points). */
function asciiDigits(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.replaceAll("_", "");
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "_") continue;
    if (cp < 0x80) {
      out += ch;
      continue;
    }
    let start = cp;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    out += String((cp - start) % 10);
  }
  return out;
}

/** Why a text is not a number, in Python's words (`invalid literal for int() with base 10: 'x'`). */
export class NumberSyntaxError extends Error {
  override name = "NumberSyntaxError";
}

/** The value of 1 to 9 ASCII digits without a leading zero (or "0"), else -1. */
function smallAsciiInteger(text: string): number {
  const n = text.length;
  if (n === 0 || n > 9) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 0 && n > 1)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Python's `int(text)`, as a JavaScript number (precision beyond 2^53 is lost, as in JSON). */
export function pythonInt(text: string): number {
  const fast = smallAsciiInteger(text);
  if (fast !== -1) return fast;
  const s = pythonStrip(text);
  if (!INTEGER.test(s))
    throw new NumberSyntaxError(
      `invalid literal for int() with base 10: ${pythonStringRepr(text)}`,
    );
  const digits = asciiDigits(s);
  if (digits.replace(/^[+-]/, "").length > MAX_INT_DIGITS) {
    throw new NumberSyntaxError(
      `Exceeds the limit (${MAX_INT_DIGITS} digits) for integer string conversion`,
    );
  }
  const n = Number(digits);
  return n === 0 ? 0 : n;
}

/** Python's `float(text)`. */
export function pythonFloat(text: string): number {
  if (ASCII_DECIMAL.test(text)) return Number(text);
  const s = pythonStrip(text);
  const special = SPECIAL_FLOAT.exec(s);
  if (special) {
    if (special[2]!.toLowerCase() === "nan") return Number.NaN;
    return special[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!FLOAT.test(s))
    throw new NumberSyntaxError(`could not convert string to float: ${pythonStringRepr(text)}`);
  return Number(asciiDigits(s));
}
