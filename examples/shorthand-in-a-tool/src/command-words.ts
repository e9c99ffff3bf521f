// Splits a shell command line into words as a POSIX shell would, with shell-quote: quotes,
// escapes and comments. A linter must not run anything, so variables are kept as written
// (`$TEAM` stays `$TEAM`) and reported, globs are taken literally, and control operators
// (`|`, `;`, `&&`, …) are refused: one command at a time.

import { parse } from "shell-quote";

/** The words of one command, or why the line is not one. */
export type CommandWords =
  { ok: true; words: string[]; variables: string[] } | { ok: false; error: string };

/** Splits `line` into words. Backslash-newline continuations join lines, as in a shell script. */
export function commandWords(line: string): CommandWords {
  const variables: string[] = [];
  // shell-quote turns `\` + newline into an empty word; a shell removes the pair.
  const joined = line.replace(/\\\r?\n/g, "");
  const entries = parse(joined, (name) => {
    variables.push(name);
    return `$${name}`;
  });
  const words: string[] = [];
  for (const entry of entries) {
    if (typeof entry === "string") words.push(entry);
    else if ("comment" in entry) break;
    else if (entry.op === "glob") words.push(entry.pattern);
    else
      return {
        ok: false,
        error: `the line holds the shell operator \`${entry.op}\`: give one command at a time`,
      };
  }
  return { ok: true, words, variables };
}
