// The README's usage example (a TypeScript code block) written as prettier formats it inside
// markdown, so that the README can skip prettier: its lines hold the example's command, option
// and words, whose length decides how prettier breaks each statement:
//   - the import: one line, or one name per line when too long (`namedModuleStatement`);
//   - `parseArgument(…, [words])`: one line; else the list hugged, one word per line, when the
//     line up to `[` fits; else one argument per line, the list whole;
//   - `if (result.ok) console.log(…); // …` is always broken after the condition (a comment
//     before `else` keeps prettier from joining them);
//   - `toArgument(…)`: one line, else one argument per line; `syntaxHelp(…)` is one line.
// A trailing line comment does not count towards a line's width. What these rules do not cover
// (a `syntaxHelp` call too long, text prettier might change) is marked not laid out.

import {
  callEndingInList,
  handlebarsEscaped,
  namedModuleStatement,
  PLAIN_STRING_LITERAL,
  PRINT_WIDTH,
  type LaidOutText,
} from "@shapekit/generated-package";
import type { PackageFacts } from "./package-files.js";

/** Text a line comment ends with unchanged: one line, no trailing space. */
const COMMENT_TEXT = /^(?:[^\r\n\u2028\u2029]*[^\s])?$/;

/** `callee(args);` with `prefix` before it: one line, else one argument per line. */
function call(prefix: string, callee: string, args: readonly string[], comment: string): string {
  const oneLine = `${prefix}${callee}(${args.join(", ")});`;
  if (oneLine.length <= PRINT_WIDTH) return `${oneLine}${comment}\n`;
  return `${prefix}${callee}(\n${args.map((a) => `  ${a},\n`).join("")});${comment}\n`;
}

/** The usage code block of the README for `example` of package `packageName`. */
export function usageCode(example: PackageFacts["example"], packageName: string): LaidOutText {
  const command = `"${handlebarsEscaped(example.command)}"`;
  const option = `"${handlebarsEscaped(example.option)}"`;
  const words = `[${example.wordsList}]`;
  // The words as written in the list; a word with `, ` in it is split wrongly and not plain.
  const wordItems = example.wordsList.split(", ");
  // On one line, or the list hugged; where that cannot be promised, one argument per line.
  const hugged = callEndingInList(
    `const result = parseArgument(${command}, ${option}, `,
    wordItems,
  );
  let parse = hugged.text;
  let sure = true;
  if (!hugged.laidOut) {
    parse = call("const result = ", "parseArgument", [command, option, words], "");
    // The list itself too long for its line would be broken in turn.
    if (`  ${words},`.length > PRINT_WIDTH) sure = false;
  }
  const help = `syntaxHelp(${command}, ${option})?.shorthand;`;
  if (help.length > PRINT_WIDTH) sure = false;
  const text =
    namedModuleStatement("import", ["parseArgument", "toArgument", "syntaxHelp"], packageName) +
    "\n" +
    parse +
    "if (result.ok)\n" +
    `  console.log(result.value); // ${example.valueJson}\n` +
    "else console.error(result.error.message); // with a caret under the position of the problem\n" +
    "\n" +
    call(
      "",
      "toArgument",
      [command, option, "result.ok ? result.value : undefined"],
      " // the shortest words for it",
    ) +
    `${help} // "${example.shorthand}"\n`;
  const plain =
    [command, option, ...wordItems].every((s) => PLAIN_STRING_LITERAL.test(s)) &&
    example.valueJson !== "" &&
    COMMENT_TEXT.test(example.valueJson) &&
    COMMENT_TEXT.test(`"${example.shorthand}"`);
  return { text, laidOut: sure && plain };
}
