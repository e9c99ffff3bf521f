// Python's `repr()` of a string, which Python's own messages quote values with (`invalid literal
// for int() with base 10: 'x'`) and the AWS CLI's text and table outputs print nested values
// with: one definition for the runtimes' messages and the response formatters.

/** What Python does not print as it is: its "Other" and "Separator" categories, but the space. */
const NOT_PRINTABLE = /^[\p{C}\p{Z}]$/u;

/**
 * Python's `repr()` of a string: in single quotes, or double quotes when it holds a single
 * quote and no double one; backslash escapes for the quote, `\`, tab, line feed, carriage return
 * and what Python does not print (`\x7f`, `\u200b`, `\U000e0001`).
 */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f || !NOT_PRINTABLE.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, "0");
}
