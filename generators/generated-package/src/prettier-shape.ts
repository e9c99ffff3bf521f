// Whether a printed shape module is already exactly what prettier would print, so that the
// orchestrator can skip prettier for it (most interface and type alias modules are: ts-morph
// prints them with prettier's indentation and quotes). The test is a small line grammar, not a
// guess: every line must be one of the forms below, which prettier prints unchanged when they
// fit in the print width (or never breaks: a single-specifier or namespace import, a member of a
// plain type), named import/export lists broken one specifier per line when, and only when, they
// do not fit on one, and anything else (object initializers, long lines, quoted keys that need
// no quotes, string literals whose quotes prettier would change) sends the module to prettier as
// before. `SHAPEKIT_VERIFY_PREFORMATTED=1` and the tests compare with prettier.

import { PRINT_WIDTH } from "./typescript-data.js";

const NAME = String.raw`[A-Za-z_$][\w$]*`;
/** A type without string literals: names, `[]`, `<…>`, `( | null)`, `typeof`, `keyof`. */
const TYPE = String.raw`[\w$<>\[\](), |.]+`;
/** An import or export specifier: `a`, `a as b`, `type a`, `type a as b`. */
const SPECIFIER = String.raw`(?:type )?${NAME}(?: as ${NAME})?`;
const MODULE_PATH = String.raw`"[\w@/.-]+"`;
/** `import { a, b } from "x";` (or `import type`, `export`, `export type`) on one line. */
const NAMED_ONE_LINE = new RegExp(
  String.raw`^(?:import|export)(?: type)? \{ ${SPECIFIER}(, ${SPECIFIER})* \} from ${MODULE_PATH};$`,
);
/** The first line of the same statement broken one specifier per line. */
const NAMED_OPEN = /^(?:import|export)(?: type)? \{$/;
const NAMED_ITEM = new RegExp(String.raw`^  ${SPECIFIER},$`);
const NAMED_CLOSE = new RegExp(String.raw`^\} from ${MODULE_PATH};$`);
/** Lines prettier never breaks, however long: a namespace import, a member of a plain type. */
const UNBREAKABLE_LINES = [
  new RegExp(String.raw`^import (?:type )?\* as ${NAME} from ${MODULE_PATH};$`),
  new RegExp(String.raw`^  ${NAME}\??: ${NAME}(?:\[\])?;$`),
];
/** An enum's const object: `export const X = {`, `  KEY: "value",` or `  KEY: 1,`, `} as const;`. */
const ENUM_OPEN = new RegExp(String.raw`^export const ${NAME} = \{$`);
/** A double-quoted string prettier keeps as written: no quote or backslash inside. */
const PLAIN_STRING = String.raw`"[^"'\\]*"`;
const ENUM_ENTRY = new RegExp(String.raw`^  ${NAME}: (?:${PLAIN_STRING}|-?(?:0|[1-9]\d{0,14})),$`);
const ENUM_CLOSE = /^\} as const;$/;
/** The enum's type: `export type X = (typeof X)[keyof typeof X];`. */
/** The same too long for one line: broken after `=` (the rest on one line, however long). */
const ENUM_TYPE_OPEN = new RegExp(String.raw`^export type ${NAME} =$`);
const ENUM_TYPE_CONTINUED = new RegExp(String.raw`^  \(typeof ${NAME}\)\[keyof typeof ${NAME}\];$`);
const ENUM_TYPE = new RegExp(
  String.raw`^export type ${NAME} = \(typeof ${NAME}\)\[keyof typeof ${NAME}\];$`,
);
const CODE_LINES = [
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
  // Inside an enum's const object: its entries are object properties (`,`), not members (`;`).
  let inEnum = false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (inEnum && line !== "" && !COMMENT_LINES.some((re) => re.test(line))) {
      if (ENUM_CLOSE.test(line)) inEnum = false;
      else if (!ENUM_ENTRY.test(line) || line.length > PRINT_WIDTH) return false;
      continue;
    }
    if (ENUM_OPEN.test(line)) {
      // `{}` would be prettier's layout of an empty object.
      if (lines[i + 1] !== undefined && ENUM_CLOSE.test(lines[i + 1]!)) return false;
      inEnum = true;
      continue;
    }
    if (ENUM_TYPE.test(line)) {
      if (line.length > PRINT_WIDTH) return false;
      continue;
    }
    if (ENUM_TYPE_OPEN.test(line)) {
      const next = lines[i + 1] ?? "";
      // The continued line has nowhere left to break: it stays whole however long it is.
      if (!ENUM_TYPE_CONTINUED.test(next) || `${line} ${next.trimStart()}`.length <= PRINT_WIDTH)
        return false;
      i++;
      continue;
    }
    if (line === "") {
      // One blank line between statements or members, never at a block's start or end.
      const before = lines[i - 1]!;
      const after = lines[i + 1] ?? "";
      if (before === "" || before.endsWith("{") || after === "" || after.startsWith("}"))
        return false;
      continue;
    }
    if (/\s$/.test(line) || line.includes("\t")) return false;
    if (COMMENT_LINES.some((re) => re.test(line))) {
      if (line.includes("*/") && !line.endsWith("*/")) return false;
      continue;
    }
    const named = NAMED_ONE_LINE.exec(line);
    if (named) {
      // One specifier stays on one line whatever its length; more are broken when too long.
      if (named[1] !== undefined && line.length > PRINT_WIDTH) return false;
      continue;
    }
    if (NAMED_OPEN.test(line)) {
      const end = brokenNamedList(lines, i);
      if (end === undefined) return false;
      i = end;
      continue;
    }
    if (UNBREAKABLE_LINES.some((re) => re.test(line))) continue;
    if (line.length > PRINT_WIDTH || !CODE_LINES.some((re) => re.test(line))) return false;
    // An empty body is `{}` in prettier's layout.
    if (line.endsWith("{") && lines[i + 1] === "}") return false;
  }
  return !inEnum;
}

/**
 * The index of the closing line of a named import/export list broken one specifier per line at
 * `open`, when that is prettier's layout: two or more specifiers that do not fit on one line.
 */
function brokenNamedList(lines: readonly string[], open: number): number | undefined {
  const specifiers: string[] = [];
  for (let i = open + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (NAMED_ITEM.test(line)) {
      specifiers.push(line.slice(2, -1));
      continue;
    }
    if (!NAMED_CLOSE.test(line) || specifiers.length < 2) return undefined;
    const oneLine = `${lines[open]} ${specifiers.join(", ")} ${line}`;
    return oneLine.length > PRINT_WIDTH ? i : undefined;
  }
  return undefined;
}
