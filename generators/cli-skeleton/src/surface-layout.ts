// The statements of the cli-skeleton's two roots (src/index.ts, src/lazy-root.ts) written in
// prettier's layout, so that both skip prettier: for a whole service they are a large module
// each (SageMaker's index.ts is ~120 KiB). They are few forms, each with a simple layout:
//   - a description constant, `const x: T = callee($n);`, moved after the `=` when too long
//     (prettier keeps a call of one short argument whole rather than break its parentheses);
//   - `OperationName`, a union of string literals (typescript-text.ts's `unionTypeAlias`);
//   - `OperationInputs`, one `key: type;` per line, the key unquoted when it is an identifier;
//   - `surface`, whose object argument and `operations` array are always broken (the object
//     literals in them are written broken, which prettier keeps), an arrow function property
//     broken after `=>` when too long, and its call's arguments one per line when still so;
//   - the functions over the surface: fixed text, through typescript-text.ts's helpers.
// Text these rules do not cover (a string prettier might requote, a name long enough to need
// another break) is still written, marked not laid out: the formatter sends it to prettier.

import {
  docComment,
  functionDeclaration,
  functionOverload,
  IDENTIFIER,
  PLAIN_STRING_LITERAL,
  PRINT_WIDTH,
  unionTypeAlias,
  type LaidOutText,
} from "@shapekit/generated-package";
import { appendAll } from "@shapekit/model";

/** Whether every string literal is one prettier writes as it is. */
function plain(literals: readonly string[]): boolean {
  return literals.every((literal) => PLAIN_STRING_LITERAL.test(literal));
}

/**
 * `const name: type = callee(argument);` (one short argument): on one line when it fits, else
 * the call on the next line, indented.
 */
export function descriptionConstant(head: string, callee: string, argument: string): LaidOutText {
  const call = `${callee}(${argument});`;
  if (head.length + 3 + call.length <= PRINT_WIDTH) return laidOut(`${head} = ${call}\n`);
  // A call too long even for a line of its own would be broken in turn: left to prettier.
  return { text: `${head} =\n  ${call}\n`, laidOut: 2 + call.length <= PRINT_WIDTH };
}

/** `/** doc *\/ export type OperationName = "a" | "b";` of the operations' CLI names. */
export function operationNameType(doc: string, cliNames: readonly string[]): LaidOutText {
  const literals = cliNames.map((name) => JSON.stringify(name));
  const text = unionTypeAlias("export type OperationName", literals);
  return { text: `\n${docComment(doc)}${text}`, laidOut: plain(literals) };
}

/** `/** doc *\/ export interface OperationInputs { "cli-name": Type; … }`. */
export function operationInputsInterface(
  doc: string,
  entries: ReadonlyArray<{ readonly cliName: string; readonly type: string }>,
): LaidOutText {
  const head = `\n${docComment(doc)}export interface OperationInputs`;
  if (entries.length === 0) return laidOut(`${head} {}\n`);
  let sure = true;
  const lines = entries.map(({ cliName, type }) => {
    const key = IDENTIFIER.test(cliName) ? cliName : JSON.stringify(cliName);
    const line = `  ${key}: ${type};`;
    // A quoted number, a requoted key, or a generic type too long for the line: prettier's.
    if (/^\d/.test(cliName) || !plain([JSON.stringify(cliName)])) sure = false;
    if (line.length > PRINT_WIDTH && type.includes("<")) sure = false;
    return `${line}\n`;
  });
  return { text: `${head} {\n${lines.join("")}}\n`, laidOut: sure };
}

/** One operation's entry in the eager root's `operations` array. */
export interface OperationBinding {
  readonly description: string;
  /** The CLI name the shorthand parser is called with, when the shorthand package is generated. */
  readonly parseArgument?: string;
  /** The input shape the validator is called with, when the validators package is generated. */
  readonly validate?: string;
}

/** Lines of an object literal, and whether all of them are prettier's layout. */
class Lines {
  readonly lines: string[] = [];
  sure = true;
}

/**
 * `key: (params) => callee(args),` at `indent`: on one line when it fits, else broken after
 * `=>`, and the call's arguments one per line when the call is still too long.
 */
function arrowProperty(
  out: Lines,
  indent: string,
  key: string,
  params: string,
  callee: string,
  args: readonly string[],
): void {
  const call = `${callee}(${args.join(", ")})`;
  const oneLine = `${indent}${key}: ${params} => ${call},`;
  if (oneLine.length <= PRINT_WIDTH) {
    out.lines.push(oneLine);
    return;
  }
  out.lines.push(`${indent}${key}: ${params} =>`);
  const next = `${indent}  ${call},`;
  if (next.length <= PRINT_WIDTH) {
    out.lines.push(next);
    return;
  }
  out.lines.push(
    `${indent}  ${callee}(`,
    ...args.map((a) => `${indent}    ${a},`),
    `${indent}  ),`,
  );
}

/**
 * `key: value,` at `indent` (a name or a string: nowhere to break inside), the value on the next
 * line when too long (the keys here are all long enough for prettier to do so).
 */
function valueProperty(out: Lines, indent: string, key: string, value: string): void {
  const oneLine = `${indent}${key}: ${value},`;
  if (oneLine.length <= PRINT_WIDTH) out.lines.push(oneLine);
  else out.lines.push(`${indent}${key}:`, `${indent}  ${value},`);
}

/** What a root's surface has besides its command and operations. */
export interface SurfaceExtras {
  /** The waiters module's `waiters` (the `wait` commands). */
  readonly waiters: boolean;
  /** Hidden extra command names: alias → the operation's CLI name. */
  readonly commandAliases?: Readonly<Record<string, string>>;
}

/** The surface's declaration: `export const surface: T = create({ command, operations });`. */
function surfaceStatement(
  doc: string,
  head: string,
  command: string,
  operations: Lines,
  extras: SurfaceExtras,
): LaidOutText {
  const commandLiteral = JSON.stringify(command);
  const out = new Lines();
  valueProperty(out, "  ", "command", commandLiteral);
  appendAll(out.lines, operations.lines);
  // The waiters module's `waiters`, shorthand property: the surface's `wait` commands.
  if (extras.waiters) out.lines.push("  waiters,");
  // One alias a line: command names need quotes, and an expanded object stays expanded.
  const aliases = Object.entries(extras.commandAliases ?? {});
  let aliasesSure = true;
  if (aliases.length > 0) {
    out.lines.push("  commandAliases: {");
    for (const [alias, target] of aliases) {
      const literals = [JSON.stringify(alias), JSON.stringify(target)];
      const line = `    ${literals[0]}: ${literals[1]},`;
      // Prettier unquotes keys when none needs its quotes: a command name with a dash needs them.
      if (!plain(literals) || !/[^\w$]/.test(alias) || line.length > PRINT_WIDTH)
        aliasesSure = false;
      out.lines.push(line);
    }
    out.lines.push("  },");
  }
  return {
    text: `\n${docComment(doc)}${head}({\n${out.lines.map((line) => `${line}\n`).join("")}});\n`,
    laidOut: operations.sure && aliasesSure && plain([commandLiteral]),
  };
}

/** The eager root's surface: every operation's description and sibling functions, bound. */
export function eagerSurface(
  doc: string,
  head: string,
  command: string,
  bindings: readonly OperationBinding[],
  extras: SurfaceExtras,
): LaidOutText {
  const out = new Lines();
  if (bindings.length === 0) out.lines.push("  operations: [],");
  else {
    out.lines.push("  operations: [");
    for (const binding of bindings) {
      out.lines.push("    {");
      valueProperty(out, "      ", "description", binding.description);
      if (binding.parseArgument !== undefined) {
        const name = JSON.stringify(binding.parseArgument);
        if (!plain([name])) out.sure = false;
        arrowProperty(out, "      ", "parseArgument", "(option, words, options)", "parseArgument", [
          name,
          "option",
          "words",
          "options",
        ]);
      }
      if (binding.validate !== undefined) {
        const shape = JSON.stringify(binding.validate);
        if (!plain([shape])) out.sure = false;
        arrowProperty(out, "      ", "validate", "(request)", "validate", [shape, "request"]);
      }
      out.lines.push("    },");
    }
    out.lines.push("  ],");
  }
  return surfaceStatement(doc, head, command, out, extras);
}

/**
 * The lazy root's surface: `operations: lazy(load, ["a", "b"]),`, the list hugged one name per
 * line when the line is too long.
 */
export function lazySurface(
  doc: string,
  head: string,
  command: string,
  lazyCall: string,
  cliNames: readonly string[],
  extras: SurfaceExtras,
): LaidOutText {
  const out = new Lines();
  const literals = cliNames.map((name) => JSON.stringify(name));
  out.sure = plain(literals);
  const oneLine = `  operations: ${lazyCall}[${literals.join(", ")}]),`;
  if (literals.length === 0 || oneLine.length <= PRINT_WIDTH) out.lines.push(oneLine);
  else out.lines.push(`  operations: ${lazyCall}[`, ...literals.map((l) => `    ${l},`), "  ]),");
  return surfaceStatement(doc, head, command, out, extras);
}

/** A function of the roots: its doc, then its declaration set off by a blank line. */
export function documentedFunction(
  doc: string,
  head: string,
  parameters: readonly string[],
  returnType: string,
  body: readonly string[],
): string {
  return `\n${docComment(doc)}${functionDeclaration(head, parameters, returnType, body)}`;
}

/** An overload signature with its doc (no blank line: it belongs to the function after it). */
export function documentedOverload(
  doc: string,
  head: string,
  parameters: readonly string[],
  returnType: string,
): string {
  return `${docComment(doc)}${functionOverload(head, parameters, returnType)}`;
}

function laidOut(text: string): LaidOutText {
  return { text, laidOut: true };
}
