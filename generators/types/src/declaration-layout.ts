// The types package's declarations (interfaces, tagged unions, the operation map) written as
// text in prettier's layout, so that `src/structures.ts` and `src/operations.ts` skip prettier:
// for a whole service they are the largest modules generated. The layout rules are few, as
// these declarations are made of few forms:
//   - a doc comment is `/**`, ` * line` per line (trailing whitespace dropped: prettier trims
//     it), ` */`, at the indentation of what it documents; a lone tag is `/** @tag */`;
//   - a member is `key?: type;` on one line when it fits; a longer one stays on one line unless
//     its type is generic (`Record<…>`, `Partial<…>`), which prettier breaks one type argument
//     per line between `Name<` and `>`, or a sparse list of a keyword type (`(string | null)[]`),
//     broken inside its parentheses;
//   - an interface without members is `{}`; a union of one object type is that object type;
//     of several, one `| {` per variant on the lines after `=`, its members six spaces in (of
//     more than MAX_SPELLED_OUT_UNION members, the members once and a mapped type after them);
//   - an enum's const object has one `KEY: "value",` per line, the value on the next line when
//     too long (unless the key is short), and its type is broken after `=` when too long.
// A declaration with something these rules do not cover (a type argument still too long once
// broken, a quoted key prettier might requote, a line separator in a comment) is still written,
// but marked not laid out: the formatter sends that declaration alone through prettier.

import { PLAIN_STRING_LITERAL, PRINT_WIDTH, type LaidOutText } from "@shapekit/generated-package";
import type { Doc } from "./tsdoc.js";
import { appendAll } from "@shapekit/model";

/** One property of an object type: its key as written (`propertyKey`), its type as written. */
export interface MemberText {
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
  readonly docs: readonly Doc[];
}

/** Lines being written, and whether all of them so far are prettier's layout. */
export class LayoutLines {
  readonly lines: string[] = [];
  laidOut = true;

  push(...lines: string[]): void {
    appendAll(this.lines, lines);
  }

  /** Marks the declaration as one prettier must format. */
  unsure(): void {
    this.laidOut = false;
  }

  result(): LaidOutText {
    return { text: `${this.lines.join("\n")}\n`, laidOut: this.laidOut };
  }
}

/** New lines of a declaration, starting with its doc comments. */
function documentedLines(docs: readonly Doc[]): LayoutLines {
  const out = new LayoutLines();
  writeDocLines(out, docs, "");
  return out;
}

/** Prettier splits a comment at `\n` only; these other line breaks it may treat otherwise. */
const OTHER_LINE_BREAK = /[\r\u2028\u2029]/;

/** Doc comments at `indent` (see tsdoc.ts for their two forms), trailing spaces trimmed. */
export function writeDocLines(out: LayoutLines, docs: readonly Doc[], indent: string): void {
  for (const doc of docs) {
    if (OTHER_LINE_BREAK.test(doc)) out.unsure();
    const multiLine = doc.startsWith("\n");
    const lines = (multiLine ? doc.slice(1) : doc).split("\n");
    // A comment on one line is left as written (trailing spaces included).
    if (!multiLine && lines.length === 1) {
      out.push(`${indent}/** ${lines[0]} */`);
      continue;
    }
    out.push(`${indent}/**`);
    for (const line of lines) out.push(`${indent} *${line.length > 0 ? ` ${line}` : ""}`.trimEnd());
    out.push(`${indent} */`);
  }
}

/** `(string | null)[]`: a sparse list of a keyword type. */
const SPARSE_KEYWORD_LIST = /^\((string|number|boolean|bigint) \| null\)((?:\[\])+)$/;

/** `Name<args>[]…`: the generic form prettier breaks at its type arguments. */
const GENERIC = /^([\w$.]+)<(.*)>((?:\[\])*)$/;

/** The type arguments of a generic type's text, split at the commas outside nested `<…>`. */
function typeArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "<" || c === "(") depth++;
    else if (c === ">" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args;
}

/** `key?: type;` at `indent`, with its docs, in prettier's layout. */
function writeMember(out: LayoutLines, member: MemberText, indent: string): void {
  writeDocLines(out, member.docs, indent);
  if (member.key.startsWith('"') && !PLAIN_STRING_LITERAL.test(member.key)) out.unsure();
  const head = `${indent}${member.key}${member.optional ? "?" : ""}: `;
  const oneLine = `${head}${member.type};`;
  if (oneLine.length <= PRINT_WIDTH) {
    out.push(oneLine);
    return;
  }
  // A sparse list of a keyword type: prettier breaks inside the parentheses (with a named
  // element type it keeps `(Name | null)[]` whole, as below).
  const sparseKeyword = SPARSE_KEYWORD_LIST.exec(member.type);
  if (sparseKeyword !== null) {
    out.push(`${head}(`, `${indent}  ${sparseKeyword[1]} | null`, `${indent})${sparseKeyword[2]};`);
    return;
  }
  // A type without type arguments (a name, `T[]`, `(Name | null)[]`) is never broken.
  if (!member.type.includes("<")) {
    out.push(oneLine);
    return;
  }
  const generic = GENERIC.exec(member.type);
  if (generic === null) {
    out.unsure();
    out.push(oneLine);
    return;
  }
  const [, name, argText, suffix] = generic;
  const args = typeArguments(argText!);
  out.push(`${head}${name}<`);
  args.forEach((arg, i) => {
    const line = `${indent}  ${arg}${i < args.length - 1 ? "," : ""}`;
    // A type argument that is itself generic and still too long would be broken in turn.
    if (line.length > PRINT_WIDTH && arg.includes("<")) out.unsure();
    out.push(line);
  });
  out.push(`${indent}>${suffix};`);
}

/** `export interface Name { … }` with its docs; `{}` when it has no members. */
export function interfaceText(
  name: string,
  docs: readonly Doc[],
  members: readonly MemberText[],
): LaidOutText {
  const out = documentedLines(docs);
  if (members.length === 0) {
    out.push(`export interface ${name} {}`);
    return out.result();
  }
  out.push(`export interface ${name} {`);
  for (const member of members) writeMember(out, member, "  ");
  out.push("}");
  return out.result();
}

/**
 * `export type Name = …` of object types, one per variant: `never` when there are none, the
 * object type itself when there is one, else each on its own `| {` line after the `=`.
 */
export function unionText(
  name: string,
  docs: readonly Doc[],
  variants: ReadonlyArray<readonly MemberText[]>,
): LaidOutText {
  const out = documentedLines(docs);
  if (variants.length === 0) {
    const oneLine = `export type ${name} = never;`;
    // Too long for one line: prettier moves the type to the next.
    if (oneLine.length <= PRINT_WIDTH) out.push(oneLine);
    else out.push(`export type ${name} =`, "  never;");
    return out.result();
  }
  if (variants.length === 1) {
    const head = `export type ${name} = {`;
    // Prettier would move the object type to the next line, indented: not laid out here.
    if (head.length > PRINT_WIDTH) out.unsure();
    out.push(head);
    for (const member of variants[0]!) writeMember(out, member, "  ");
    out.push("};");
    return out.result();
  }
  out.push(`export type ${name} =`);
  variants.forEach((variant, i) => {
    out.push("  | {");
    for (const member of variant) writeMember(out, member, "      ");
    out.push(i < variants.length - 1 ? "    }" : "    };");
  });
  return out.result();
}

/**
 * A union of many members, written once each: `export type Name = { …members } extends infer
 * Members ? { [K in keyof Members]: … }[keyof Members] : never`, which TypeScript reads as the
 * same one-member-set object types `unionText` spells out, in text that grows with the members
 * rather than with their square (unionText writes every member in every variant).
 */
export function manyMemberUnionText(
  name: string,
  docs: readonly Doc[],
  members: readonly MemberText[],
): LaidOutText {
  const out = documentedLines(docs);
  const head = `export type ${name} = {`;
  if (head.length > PRINT_WIDTH) out.unsure();
  out.push(head);
  for (const member of members) writeMember(out, member, "  ");
  out.push(
    "} extends infer Members",
    "  ? {",
    "      [K in keyof Members]: Pick<Members, K> & {",
    "        [P in Exclude<keyof Members, K>]?: never;",
    "      };",
    "    }[keyof Members]",
    "  : never;",
  );
  return out.result();
}

/** An operation of the operation map: its input and output types, with its docs. */
export interface OperationText {
  readonly name: string;
  readonly input: string;
  readonly output: string;
  readonly docs: readonly Doc[];
}

/** `export interface Name { Op: { input: I; output: O; }; … }`: the operation map. */
export function operationMapText(
  name: string,
  docs: readonly Doc[],
  operations: readonly OperationText[],
): LaidOutText {
  const out = documentedLines(docs);
  if (operations.length === 0) {
    out.push(`export interface ${name} {}`);
    return out.result();
  }
  out.push(`export interface ${name} {`);
  for (const operation of operations) {
    writeDocLines(out, operation.docs, "  ");
    out.push(`  ${operation.name}: {`);
    writeMember(out, { key: "input", optional: false, type: operation.input, docs: [] }, "    ");
    writeMember(out, { key: "output", optional: false, type: operation.output, docs: [] }, "    ");
    out.push("  };");
  }
  out.push("}");
  return out.result();
}

/** A value of an enum's const object: its key as written (`objectLiteralKey`), its value. */
export interface EnumEntryText {
  readonly key: string;
  readonly value: string | number;
  readonly docs: readonly Doc[];
}

/** `export const Name = { KEY: "value", … } as const;` and `export type Name = …;`. */
export function enumObjectText(
  name: string,
  docs: readonly Doc[],
  entries: readonly EnumEntryText[],
): LaidOutText {
  const out = documentedLines(docs);
  if (entries.length === 0) {
    const empty = `export const ${name} = {} as const;`;
    // Prettier would break it after `=`: rare enough to leave to prettier.
    if (empty.length > PRINT_WIDTH) out.unsure();
    out.push(empty);
  } else {
    const head = `export const ${name} = {`;
    // Prettier would move the object to the next line, indented: left to prettier.
    if (head.length > PRINT_WIDTH) out.unsure();
    out.push(head);
    for (const entry of entries) {
      writeDocLines(out, entry.docs, "  ");
      writeEntry(out, entry);
    }
    out.push("} as const;");
  }
  writeDocLines(out, docs, "");
  // Too long for one line: prettier breaks it after `=`, the rest whole however long.
  const head = `export type ${name} =`;
  const type = `(typeof ${name})[keyof typeof ${name}];`;
  if (`${head} ${type}`.length <= PRINT_WIDTH) out.push(`${head} ${type}`);
  else out.push(head, `  ${type}`);
  return out.result();
}

/** Prettier keeps a value after a key this short on its line however long the line. */
const SHORT_KEY = 4;

/** An integer as prettier writes it (it would normalize an exponent or a long fraction). */
const PLAIN_INTEGER = /^-?\d{1,15}$/;

/**
 * `  KEY: "value",`; when too long, the string on the next line (prettier keeps a number, or a
 * value after a short key, on the key's line). Keys and values prettier might write otherwise
 * (requoted, a number it would normalize, a width it counts otherwise) are marked unsure.
 */
function writeEntry(out: LayoutLines, entry: EnumEntryText): void {
  const { key, value } = entry;
  const literal = JSON.stringify(value);
  if (key.startsWith('"') && !PLAIN_STRING_LITERAL.test(key)) out.unsure();
  if (!(typeof value === "number" ? PLAIN_INTEGER : PLAIN_STRING_LITERAL).test(literal))
    out.unsure();
  const oneLine = `  ${key}: ${literal},`;
  if (oneLine.length <= PRINT_WIDTH || typeof value === "number" || key.length <= SHORT_KEY)
    out.push(oneLine);
  else out.push(`  ${key}:`, `    ${literal},`);
}
