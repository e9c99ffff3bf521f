// The "Shorthand Syntax", "JSON Syntax" and "Syntax" blocks of an option's help, byte for byte
// as the AWS CLI prints them (checked against every option of a third of SageMaker's
// operations). Rules, from the CLI's behaviour:
//  - shorthand: a structure is `Name=value,...` (members holding only documents left out),
//    nested ones in `{...}`; a list is `value,value`, or `[value,value]` when its items are
//    structures, lists or maps or when it is nested deeper than a member; a map is
//    `KeyName1=value,KeyName2=value` (in `{...}` when nested; with its enum keys listed at the
//    top); a member whose shape is already being described is `( ... recursive ... )` (no `Name=`); deeper
//    than three levels there is no shorthand block; a list option ends in ` ...`;
//  - JSON: two-space indentation; strings `"string"` or their enum values `"a"|"b"`, booleans
//    `true|false`, other scalars their type name; lists of scalars on one line `["string", ...]`;
//    a shape already described twice up the stack is `{ ... recursive ... }`;
//  - a list of scalars has a "Syntax" block (`"string" "string" ...`, enum values listed)
//    instead of JSON; scalars have no block; a structure whose only member is a string called
//    `Value` has none at all.

import {
  isDocumentContainer,
  isScalar,
  shapeOf,
  supportsShorthand,
  type CliOption,
  type CliShape,
  type CliShapeTable,
} from "./cli-shape.js";
import { ExpansionBudget, MAX_WALKED_DEPTH, ShapesTooDeepError } from "./walk-limits.js";

/** The syntax blocks of one option; `undefined` where the AWS CLI prints no such block. */
export interface SyntaxHelp {
  /** The option's type as the help's heading shows it: `structure`, `list`, `tagged union structure`, … */
  readonly type: string;
  readonly shorthand: string | undefined;
  readonly json: string | undefined;
  readonly syntax: string | undefined;
}

const MAX_DEPTH = 3;

class TooComplex extends Error {}

class ShorthandDocs {
  readonly #table: CliShapeTable;
  readonly #budget: ExpansionBudget;
  constructor(table: CliShapeTable, budget: ExpansionBudget) {
    this.#table = table;
    this.#budget = budget;
  }

  docs(shape: CliShape, stack: string[]): string {
    if (stack.length > MAX_DEPTH) throw new TooComplex();
    this.#budget.spend();
    if (shape.type === "structure") return this.structure(shape, stack);
    if (shape.type === "list") return this.list(shape, stack);
    if (shape.type === "map") return this.map(shape, stack);
    return shape.type === "document"
      ? this.structure({ type: "structure", name: shape.name, members: [] }, stack)
      : shape.type;
  }

  list(shape: CliShape & { type: "list" }, stack: string[]): string {
    const member = shapeOf(this.#table, shape.member);
    stack.push(member.name);
    const element = this.docs(member, stack);
    stack.pop();
    const complex =
      member.type === "structure" ||
      member.type === "list" ||
      member.type === "map" ||
      member.type === "document";
    return complex || stack.length > 1 ? `[${element},${element}]` : `${element},${element}`;
  }

  map(shape: CliShape & { type: "map" }, stack: string[]): string {
    const key = shapeOf(this.#table, shape.key);
    const value = shapeOf(this.#table, shape.value);
    stack.push(value.name);
    const valueDocs = this.docs(value, stack);
    stack.pop();
    let text = `KeyName1=${valueDocs},KeyName2=${valueDocs}`;
    const keyEnum = key.type === "string" ? key.enum : undefined;
    if (keyEnum && keyEnum.length > 0 && stack.length === 0) {
      // The AWS CLI indents the syntax line like the key names under it (two spaces).
      text = `  ${text}\n\nWhere valid key names are:\n` + keyEnum.map((k) => `  ${k}\n`).join("");
    } else if (stack.length > 0) {
      text = `{${text}}`;
    }
    return text;
  }

  structure(shape: CliShape & { type: "structure" }, stack: string[]): string {
    const parts: string[] = [];
    for (const member of shape.members) {
      const memberShape = shapeOf(this.#table, member.shape);
      if (isDocumentContainer(this.#table, memberShape)) continue;
      if (stack.includes(memberShape.name)) {
        // The AWS CLI writes the marker in place of the whole `Name=value` pair.
        parts.push("( ... recursive ... )");
        continue;
      }
      stack.push(memberShape.name);
      const valueDocs = this.docs(memberShape, stack);
      stack.pop();
      parts.push(`${member.name}=${valueDocs}`);
    }
    const inner = parts.join(",");
    return stack.length === 0 ? inner : `{${inner}}`;
  }
}

function exampleValue(shape: CliShape, withEnum = true): string {
  if (shape.type === "string")
    return withEnum && shape.enum && shape.enum.length > 0
      ? shape.enum.map((v) => `"${v}"`).join("|")
      : '"string"';
  if (shape.type === "boolean") return "true|false";
  return shape.type === "document" ? "structure" : shape.type;
}

class JsonDocs {
  readonly #table: CliShapeTable;
  readonly #budget: ExpansionBudget;
  /** What a ShapesTooDeepError names: the option, or the shape. */
  readonly #subject: string;
  #indent = 0;
  #out = "";
  constructor(table: CliShapeTable, budget: ExpansionBudget, subject: string) {
    this.#table = table;
    this.#budget = budget;
    this.#subject = subject;
  }

  render(shape: CliShape): string {
    this.example(shape, []);
    return this.#out;
  }

  write(text: string): void {
    this.#out += text;
  }

  newLine(): void {
    this.#out += `\n${"  ".repeat(this.#indent)}`;
  }

  example(shape: CliShape, stack: string[]): void {
    this.#budget.spend();
    // Each level is a few frames of recursion: stop before the stack does.
    if (stack.length >= MAX_WALKED_DEPTH) throw new ShapesTooDeepError(this.#subject, undefined);
    if (stack.includes(shape.name)) {
      if (stack.filter((n) => n === shape.name).length > 1) {
        if (shape.type === "structure" || shape.type === "document")
          this.write("{ ... recursive ... }");
        return;
      }
    }
    stack.push(shape.name);
    this.body(shape, stack);
    stack.pop();
  }

  body(shape: CliShape, stack: string[]): void {
    if (shape.type === "list") {
      const member = shapeOf(this.#table, shape.member);
      this.write("[");
      if (isScalar(member)) {
        this.write(`${exampleValue(member)}, ...`);
      } else {
        this.#indent++;
        this.newLine();
        this.example(member, stack);
        this.newLine();
        this.write("...");
        this.#indent = Math.max(0, this.#indent - 1);
        this.newLine();
      }
      this.write("]");
    } else if (shape.type === "map") {
      const value = shapeOf(this.#table, shape.value);
      this.write("{");
      this.#indent++;
      this.write(`${exampleValue(shapeOf(this.#table, shape.key))}: `);
      if (isScalar(value)) {
        this.write(exampleValue(value));
      } else {
        this.#indent++;
        this.example(value, stack);
        this.#indent = Math.max(0, this.#indent - 1);
      }
      this.newLine();
      this.write("...");
      this.#indent = Math.max(0, this.#indent - 1);
      this.write("}");
    } else if (shape.type === "document") {
      this.write("{...}");
    } else if (shape.type === "structure") {
      this.write("{");
      this.#indent++;
      this.newLine();
      shape.members.forEach((member, i) => {
        const memberShape = shapeOf(this.#table, member.shape);
        if (isScalar(memberShape)) {
          this.write(`"${member.name}": ${exampleValue(memberShape)}`);
        } else {
          this.write(`"${member.name}": `);
          this.example(memberShape, stack);
        }
        if (i < shape.members.length - 1) {
          this.write(",");
          this.newLine();
        }
      });
      this.#indent = Math.max(0, this.#indent - 1);
      this.newLine();
      this.write("}");
    }
  }
}

/** A structure whose only member is a string named `Value`: the CLI documents no syntax for it. */
function isValueWrapper(table: CliShapeTable, shape: CliShape): boolean {
  if (shape.type !== "structure" || shape.members.length !== 1) return false;
  const only = shape.members[0]!;
  return only.name === "Value" && shapeOf(table, only.shape).type === "string";
}

/** The heading type of an option (`tagged union structure` for unions). */
export function typeLabel(shape: CliShape): string {
  return shape.type === "structure" && shape.union ? "tagged union structure" : shape.type;
}

/**
 * The syntax blocks the AWS CLI's help prints for an option whose value has the shape `key`,
 * as plain text (no code fences), e.g. for `--tags`: shorthand `Key=string,Value=string ...`
 * and the JSON skeleton. Throws `ShapesTooLargeError` when the blocks would write out more than
 * `MAX_EXPANDED_SHAPES` shapes (or what is left of `budget`, which a help page shares between
 * its blocks), and `ShapesTooDeepError` when the shapes nest deeper than `MAX_WALKED_DEPTH`.
 */
export function syntaxHelp(
  table: CliShapeTable,
  key: string,
  option?: CliOption,
  budget: ExpansionBudget = new ExpansionBudget(`the syntax of ${option?.name ?? key}`),
): SyntaxHelp {
  const help = shapeSyntaxHelp(table, key, budget, option?.name ?? key);
  const wordList = option?.singleMemberList;
  if (wordList === undefined || wordList.documented === false || help.shorthand === undefined)
    return help;
  const word = wordList.member;
  return {
    ...help,
    shorthand: wordList.exactlyOne
      ? `${option!.name} ${word}1`
      : `${option!.name} ${word}1 ${word}2 ${word}3`,
  };
}

function shapeSyntaxHelp(
  table: CliShapeTable,
  key: string,
  budget: ExpansionBudget,
  subject: string,
): SyntaxHelp {
  const shape = shapeOf(table, key);
  const type = typeLabel(shape);
  if (isValueWrapper(table, shape))
    return { type, shorthand: undefined, json: undefined, syntax: undefined };
  let shorthand: string | undefined;
  if (supportsShorthand(table, shape)) {
    try {
      const docs = new ShorthandDocs(table, budget);
      const text =
        shape.type === "list"
          ? `${docs.docs(shapeOf(table, shape.member), [])} ...`
          : docs.docs(shape, []);
      shorthand = text === "" ? undefined : literalBlock(text);
    } catch (e) {
      if (!(e instanceof TooComplex)) throw e;
    }
  }
  let json: string | undefined;
  let syntax: string | undefined;
  const member = shape.type === "list" ? shapeOf(table, shape.member) : undefined;
  if (member && isScalar(member)) {
    const example = exampleValue(member, false);
    syntax = `${example} ${example} ...`;
    if (member.type === "string" && member.enum && member.enum.length > 0) {
      syntax += `\n\nWhere valid values are:\n${member.enum.map((v) => `  ${v}`).join("\n")}`;
    }
  } else if (!isScalar(shape)) {
    json = new JsonDocs(table, budget, subject).render(shape);
  }
  return { type, shorthand, json, syntax };
}

/**
 * A text as the AWS CLI's help shows it in a literal block: the indentation its lines share is
 * taken off (reStructuredText does so), and trailing white space. A list of structures without
 * members is written ` ...`, and shown as `...`.
 */
function literalBlock(text: string): string {
  const lines = text.trimEnd().split("\n");
  let common = Infinity;
  for (const line of lines)
    if (line.trim() !== "") common = Math.min(common, line.length - line.trimStart().length);
  return common === 0 || common === Infinity
    ? lines.join("\n")
    : lines.map((line) => line.slice(common)).join("\n");
}
