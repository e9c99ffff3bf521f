// The `else` of an emitted `if`: `else if (…) …` when the branch is one `if` statement (its own
// `else` chain included), `else { … }` otherwise. The same code either way; the first is the
// shorter text and one block less to indent, in thousands of modules.

import { code, type Code } from "@shapekit/generated-package";

/** `else` followed by `body`, which holds emitted statements, one per line as the emitters write them. */
export function elseBranch(body: Code): Code {
  return isOneIfStatement(body.text) ? code`else ${body}` : code`else {\n${body}\n}`;
}

/**
 * Whether `text` is a single `if` statement: it starts with `if (`, and every line that starts
 * outside all brackets (after the first) continues it with `else`. Brackets inside string
 * literals do not count; anything this does not recognise is answered "no", which is always safe.
 */
export function isOneIfStatement(text: string): boolean {
  if (!text.startsWith("if (")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      // A JSON string literal (the only quotes the emitters write): skip to its closing quote.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      if (i >= text.length) return false;
    } else if (ch === "'" || ch === "`" || ch === "/") {
      return false;
    } else if (ch === "(" || ch === "[" || ch === "{") {
      depth++;
    } else if (ch === ")" || ch === "]" || ch === "}") {
      if (--depth < 0) return false;
    } else if (ch === "\n" && depth === 0 && !text.startsWith("else", i + 1)) {
      return false;
    }
  }
  return depth === 0;
}
