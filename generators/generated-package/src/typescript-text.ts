// The few TypeScript statements that generated entry modules are made of (imports, re-exports,
// functions, union types), written as prettier prints them at print width 100, so that emitters
// can mark small modules `preformatted` and skip prettier, whose per-file cost dominates a
// whole-service generation. Each helper reproduces one prettier layout rule and nothing more;
// the golden packages and a test that runs prettier over preformatted output keep them honest.

import { escapeComment } from "./comment-text.js";
import { PRINT_WIDTH, stringLiteral } from "./typescript-data.js";

/**
 * `import { a, b } from "m";` / `export { a } from "m";` / `export type { … }`: one line when it
 * fits (a single name always stays on one line), otherwise one name per line.
 */
export function namedModuleStatement(
  keyword: string,
  names: readonly string[],
  from?: string,
): string {
  const tail = from === undefined ? ";" : ` from ${stringLiteral(from)};`;
  const oneLine = `${keyword} { ${names.join(", ")} }${tail}`;
  if (names.length <= 1 || oneLine.length <= PRINT_WIDTH) return `${oneLine}\n`;
  return `${keyword} {\n${names.map((n) => `  ${n},\n`).join("")}}${tail}\n`;
}

/** `export function f(a: A, b?: B): R {` + body + `}`; parameters one per line when too long. */
export function functionDeclaration(
  head: string,
  parameters: readonly string[],
  returnType: string,
  body: readonly string[],
): string {
  const oneLine = `${head}(${parameters.join(", ")}): ${returnType} {`;
  const signature =
    oneLine.length <= PRINT_WIDTH || parameters.length === 0
      ? oneLine
      : `${head}(\n${parameters.map((p) => `  ${p},\n`).join("")}): ${returnType} {`;
  return `${signature}\n${body.map((line) => `  ${line}\n`).join("")}}\n`;
}

/** An overload signature, `export function f<T>(a: A): R;`, laid out as `functionDeclaration`. */
export function functionOverload(
  head: string,
  parameters: readonly string[],
  returnType: string,
): string {
  const oneLine = `${head}(${parameters.join(", ")}): ${returnType};`;
  if (oneLine.length <= PRINT_WIDTH || parameters.length === 0) return `${oneLine}\n`;
  return `${head}(\n${parameters.map((p) => `  ${p},\n`).join("")}): ${returnType};\n`;
}

/** `export interface Name { "a": "b"; }`: one property per line, `{}` when empty (string-literal keys and types only). */
export function literalInterface(
  head: string,
  properties: ReadonlyArray<readonly [string, string]>,
): string {
  if (properties.length === 0) return `${head} {}\n`;
  return `${head} {\n${properties.map(([k, v]) => `  ${stringLiteral(k)}: ${stringLiteral(v)};\n`).join("")}}\n`;
}

/** `export type Name = "a" | "b";`, on the next line or one member per line when too long; `never` when empty. */
export function unionTypeAlias(head: string, members: readonly string[]): string {
  const only = members.length === 0 ? "never" : members.length === 1 ? members[0]! : undefined;
  // One member (or `never`) too long for the line: prettier moves it after the `=`, however long.
  if (only !== undefined)
    return `${head} = ${only};`.length <= PRINT_WIDTH
      ? `${head} = ${only};\n`
      : `${head} =\n  ${only};\n`;
  return unionAfter(`${head} =`, members, "");
}

/** `key: "a" | "b";` as an interface property (two-space indent), laid out as `unionTypeAlias`. */
export function unionProperty(key: string, members: readonly string[]): string {
  if (members.length === 0) return `  ${key}: never;\n`;
  return unionAfter(`${key}:`, members, "  ");
}

/**
 * `head` and a union at `indent`: one line when it fits (or is one member: a property keeps
 * it there), else broken.
 */
function unionAfter(head: string, members: readonly string[], indent: string): string {
  const oneLine = `${indent}${head} ${members.join(" | ")};`;
  if (oneLine.length <= PRINT_WIDTH || members.length === 1) return `${oneLine}\n`;
  // Prettier first moves the whole union to the next line, and splits it only when that is too long.
  const nextLine = `${indent}  ${members.join(" | ")};`;
  if (nextLine.length <= PRINT_WIDTH) return `${indent}${head}\n${nextLine}\n`;
  return `${indent}${head}\n${members.map((m) => `${indent}  | ${m}`).join("\n")};\n`;
}

/** A one-line `/** … *\/` comment (prettier leaves comments as written). */
export function docComment(text: string): string {
  return `/** ${escapeComment(text, { oneLine: true })} */\n`;
}

/** Text from a layout helper, and whether it is in prettier's layout (else prettier's job). */
export interface LaidOutText {
  readonly text: string;
  readonly laidOut: boolean;
}

/**
 * `head = callee(a, b);` as prettier lays out an assignment whose value is a call of two or more
 * short, plain arguments (names, numbers, strings), when `head` has no place prettier breaks (a
 * name and an annotation such as `typeof ns.name`): on one line when it fits; else the arguments
 * one per line when `head = callee(` fits; else the value on the next line, indented, with its
 * arguments broken there in turn when it is still too long. A single argument on a line too
 * long is not promised: prettier then decides by the argument's kind and length.
 */
export function plainCallAssignment(
  head: string,
  callee: string,
  args: readonly string[],
): LaidOutText {
  const call = `${callee}(${args.join(", ")});`;
  if (head.length + 3 + call.length <= PRINT_WIDTH)
    return { text: `${head} = ${call}\n`, laidOut: true };
  const broken = (indent: string) =>
    `${callee}(\n${args.map((a) => `${indent}  ${a},\n`).join("")}${indent});\n`;
  const laidOut = args.length >= 2;
  if (head.length + 3 + callee.length + 1 <= PRINT_WIDTH)
    return { text: `${head} = ${broken("")}`, laidOut };
  const text =
    2 + call.length <= PRINT_WIDTH ? `${head} =\n  ${call}\n` : `${head} =\n  ${broken("  ")}`;
  return { text, laidOut };
}

/**
 * `head = [a, b, …];` as prettier lays out an array of short items (strings, names): on one line
 * when it fits, else one item per line. Prettier fills lines only for arrays of numbers, which
 * this is not for.
 */
export function listAssignment(head: string, items: readonly string[]): LaidOutText {
  const oneLine = `${head} = [${items.join(", ")}];`;
  if (oneLine.length <= PRINT_WIDTH || items.length === 0)
    return { text: `${oneLine}\n`, laidOut: true };
  return {
    text: `${head} = [\n${items.map((item) => `  ${item},\n`).join("")}];\n`,
    laidOut: true,
  };
}

/**
 * A call whose last argument is a list of short items, `head` being everything before the list
 * (`const x = f(a, `): on one line when it fits, else the list hugged as prettier prints it,
 * one item per line between `[` and `]);`. An empty list on a line too long, or a `head[` that
 * is itself too long, is not promised: prettier then breaks the call's arguments, which `head`
 * holds as text.
 */
export function callEndingInList(head: string, items: readonly string[]): LaidOutText {
  const oneLine = `${head}[${items.join(", ")}]);`;
  if (oneLine.length <= PRINT_WIDTH) return { text: `${oneLine}\n`, laidOut: true };
  if (items.length === 0 || head.length + 1 > PRINT_WIDTH)
    return { text: `${oneLine}\n`, laidOut: false };
  return { text: `${head}[\n${items.map((item) => `  ${item},\n`).join("")}]);\n`, laidOut: true };
}
