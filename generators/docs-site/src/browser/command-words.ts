// A command line as a POSIX shell would split it into words (shell-quote's parser: quotes,
// backslashes, comments), and words back into a line a shell splits into the same words. The
// playground takes exactly one command: pipes, redirections and `;` are refused, variables are
// kept as written (nothing is expanded in a page), and an unquoted glob stays literal, as a shell
// leaves a pattern that matches no file.

import { parse } from "shell-quote";

/** The words of a command line, or why it is not one command. */
export type CommandWords =
  | { readonly ok: true; readonly words: string[] }
  | { readonly ok: false; readonly message: string };

export function splitCommandLine(text: string): CommandWords {
  let entries: ReturnType<typeof parse>;
  try {
    entries = parse(text, (name) => `$${name}`);
  } catch (e) {
    return {
      ok: false,
      message: `The command line cannot be split into words: ${(e as Error).message}`,
    };
  }
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === "string") words.push(entry);
    else if ("comment" in entry) break;
    else if ("op" in entry && entry.op === "glob") words.push(entry.pattern);
    else if ("op" in entry)
      return {
        ok: false,
        message: `The playground runs one command: remove the shell operator '${entry.op}'.`,
      };
  }
  return { ok: true, words };
}

// Characters a POSIX shell gives no meaning to in an unquoted word.
const BARE_WORD = /^[A-Za-z0-9_\-.,:=/@%+]+$/;

/** One word, quoted only when a shell would otherwise split or expand it. */
export function quoteWord(word: string): string {
  if (BARE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Words joined into a line that `splitCommandLine` (and a shell) reads back as the same words. */
export function joinCommandLine(words: readonly string[]): string {
  return words.map(quoteWord).join(" ");
}
