// Whether a printed shape module is already exactly what prettier would print, so that the
// orchestrator can skip prettier for it (most interface and type alias modules are: ts-morph
// prints them with prettier's indentation and quotes). The test is a small line grammar, not a
// guess: every line must be one of the forms below, which prettier prints unchanged when they
// fit in the print width, and anything else (object initializers, long lines, quoted keys that
// need no quotes, string literals whose quotes prettier would change) sends the module to
// prettier as before. `SHAPEKIT_VERIFY_PREFORMATTED=1` and the tests compare with prettier.

import { PRINT_WIDTH } from "./typescript-data.js";

const NAME = String.raw`[A-Za-z_$][\w$]*`;
/** A type without string literals: names, `[]`, `<…>`, `( | null)`, `typeof`, `keyof`. */
const TYPE = String.raw`[\w$<>\[\](), |.]+`;
const CODE_LINES = [
  new RegExp(String.raw`^import type \{ ${NAME}(?:, ${NAME})* \} from "[\w@/.-]+";$`),
  new RegExp(String.raw`^export interface ${NAME} \{$`),
  new RegExp(String.raw`^export interface ${NAME} \{\}$`),
  new RegExp(String.raw`^  ${NAME}\??: ${TYPE};$`),
  new RegExp(String.raw`^export type ${NAME} = ${TYPE};$`),
  /^\}$/,
];
const COMMENT_LINES = [
  /^\/\*\*$/,
  /^ \*( .*)?$/,
  /^ \*\/$/,
  /^ {2}\/\*\*$/,
  /^ {3}\*( .*)?$/,
  /^ {3}\*\/$/,
  /^( {2})?\/\*\* .* \*\/$/,
];

export function isPrettierShaped(text: string): boolean {
  if (!text.endsWith("\n") || text.endsWith("\n\n")) return false;
  const lines = text.slice(0, -1).split("\n");
  if (!lines[0]!.startsWith("// ")) return false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") {
      // One blank line between statements or members, never at a block's start or end.
      const before = lines[i - 1]!;
      const after = lines[i + 1] ?? "";
      if (before === "" || before.endsWith("{") || after === "" || after === "}") return false;
      continue;
    }
    if (/\s$/.test(line) || line.includes("\t")) return false;
    if (COMMENT_LINES.some((re) => re.test(line))) {
      if (line.includes("*/") && !line.endsWith("*/")) return false;
      continue;
    }
    if (line.length > PRINT_WIDTH || !CODE_LINES.some((re) => re.test(line))) return false;
    // An empty body is `{}` in prettier's layout.
    if (line.endsWith("{") && lines[i + 1] === "}") return false;
  }
  return true;
}
