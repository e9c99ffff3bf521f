// The compact text form of CLI shape tables and commands that generated packages embed: one
// short line per shape and per command instead of an expanded object literal (a whole service's
// table written out per operation was most of a generated package). A package writes the
// shapes and commands once, each as one text of `key line` lines (a template literal: a string
// costs next to nothing to load, where an object literal of a thousand properties costs
// milliseconds), and decodes at load time only what an entry point needs: the root all of it,
// an operation's module its command and the shapes its options reach.
//
// A shape line, after its key and a space (the shape's name is its key):
//   `structure Name Name:ShapeKey Name!`  members in order, `:ShapeKey` when it is not the
//                                         member's name, `!` when required (`union …` alike)
//   `list MemberKey`, `map KeyKey ValueKey`, `document`
//   `string`, `integer`, … (a scalar type), `string ["A","B"]` (an enum, its values as JSON)
// A command line, after the command's name and a space:
//   `Operation --option=Member:ShapeKey!+flag …`  `:ShapeKey` when it is not the member's name,
//   `!` when required, then `+negated`, `+hidden`, `+jsonValue`, `+idempotencyToken`,
//   `+lineOptional` (true) or `+noParamFile` (`paramFile: false`) in the object's key order.
// Anything else (a name unlike its key, a streaming blob, a word list option, a name that would
// not read back) is its JSON text, which starts with `{`. The encoders check that every line
// decodes to the same JSON text and fall back to JSON otherwise, so the form is exact.

import type { CliCommand, CliMember, CliOption, CliShape, CliShapeTable } from "./cli-shape.js";

/**
 * Compact lines, each `key line`: a key (a shape key or command name: no white space) and its
 * line, as a generated package embeds them (empty lines are ignored).
 */
export type CompactTable = string;

/** The lines of a compact text by key, in its order. */
export function compactLines(text: CompactTable): Map<string, string> {
  const lines = new Map<string, string>();
  for (const entry of text.split("\n")) {
    if (entry === "") continue;
    const space = entry.indexOf(" ");
    if (space <= 0)
      throw new Error(`compact CLI table: bad line ${JSON.stringify(entry.slice(0, 40))}`);
    lines.set(entry.slice(0, space), entry.slice(space + 1));
  }
  return lines;
}

/** `lines` as one compact text, one `key line` a line; keys must hold no white space. */
export function compactText(lines: Iterable<readonly [string, string]>): CompactTable {
  let text = "";
  for (const [key, line] of lines) {
    if (key === "" || /\s/.test(key) || /[\n\r]/.test(line))
      throw new Error(`compact CLI table: ${JSON.stringify(key)} cannot be written as a line`);
    text += `${key} ${line}\n`;
  }
  return text;
}

const SCALARS = new Set([
  "string",
  "integer",
  "long",
  "float",
  "double",
  "boolean",
  "blob",
  "timestamp",
]);
const FLAGS = new Set(["negated", "hidden", "jsonValue", "idempotencyToken", "lineOptional"]);

/** The shape `key` of a compact line. */
export function decodeCliShape(key: string, line: string): CliShape {
  if (line.startsWith("{")) return JSON.parse(line) as CliShape;
  const space = line.indexOf(" ");
  const type = space < 0 ? line : line.slice(0, space);
  const rest = space < 0 ? "" : line.slice(space + 1);
  if (type === "structure" || type === "union") {
    const members: CliMember[] = rest === "" ? [] : rest.split(" ").map(decodeMember);
    return type === "union"
      ? { type: "structure", name: key, members, union: true }
      : { type: "structure", name: key, members };
  }
  if (type === "list") return { type: "list", name: key, member: rest };
  if (type === "map") {
    const [k, v] = rest.split(" ");
    return { type: "map", name: key, key: k!, value: v! };
  }
  if (type === "document") return { type: "document", name: key };
  if (!SCALARS.has(type)) throw new Error(`CLI shape ${JSON.stringify(key)}: bad line`);
  if (rest === "") return { type: type as "string", name: key };
  return { type: type as "string", name: key, enum: JSON.parse(rest) as string[] };
}

function decodeMember(token: string): CliMember {
  const required = token.endsWith("!");
  const text = required ? token.slice(0, -1) : token;
  const colon = text.indexOf(":");
  const name = colon < 0 ? text : text.slice(0, colon);
  const shape = colon < 0 ? text : text.slice(colon + 1);
  return required ? { name, shape, required: true } : { name, shape };
}

/** A token that reads back as itself: no separator of the compact form in it, not empty. */
const PLAIN = /^[^\s:!+={["]+$/;

function shapeLine(key: string, shape: CliShape): string | undefined {
  if (shape.name !== key) return undefined;
  if (shape.type === "structure") {
    const members = shape.members.map(
      (m) => (m.name === m.shape ? m.name : `${m.name}:${m.shape}`) + (m.required ? "!" : ""),
    );
    return [shape.union ? "union" : "structure", ...members].join(" ");
  }
  if (shape.type === "list") return `list ${shape.member}`;
  if (shape.type === "map") return `map ${shape.key} ${shape.value}`;
  if (shape.type === "document") return "document";
  return shape.enum ? `${shape.type} ${JSON.stringify(shape.enum)}` : shape.type;
}

/** Names the compact form can hold as tokens. */
function plainNames(shape: CliShape): boolean {
  if (shape.type === "structure")
    return shape.members.every((m) => PLAIN.test(m.name) && PLAIN.test(m.shape));
  if (shape.type === "list") return PLAIN.test(shape.member);
  if (shape.type === "map") return PLAIN.test(shape.key) && PLAIN.test(shape.value);
  return true;
}

/** The compact line of shape `key`: its JSON text where the short form would not read back. */
export function encodeCliShape(key: string, shape: CliShape): string {
  const json = JSON.stringify(shape);
  const line = plainNames(shape) ? shapeLine(key, shape) : undefined;
  if (line !== undefined && JSON.stringify(decodeCliShape(key, line)) === json) return line;
  return json;
}

/** The command `name` of a compact line. */
export function decodeCliCommand(name: string, line: string): CliCommand {
  if (line.startsWith("{")) return JSON.parse(line) as CliCommand;
  const [operation, ...tokens] = line.split(" ");
  return { name, operation: operation!, options: tokens.map(decodeOption) };
}

function decodeOption(token: string): CliOption {
  const [head, ...flags] = token.split("+");
  const equals = head!.indexOf("=");
  const name = head!.slice(0, equals);
  let text = head!.slice(equals + 1);
  const required = text.endsWith("!");
  if (required) text = text.slice(0, -1);
  const colon = text.indexOf(":");
  const member = colon < 0 ? text : text.slice(0, colon);
  const shape = colon < 0 ? text : text.slice(colon + 1);
  const option: Record<string, unknown> = { name, member, shape, required };
  for (const flag of flags) {
    if (flag === "noParamFile") option["paramFile"] = false;
    else option[flag] = true;
  }
  return option as unknown as CliOption;
}

function optionToken(option: CliOption): string | undefined {
  const { name, member, shape, required, ...flags } = option;
  if (!/^[^\s=+]+$/.test(name) || !PLAIN.test(member) || !PLAIN.test(shape)) return undefined;
  let token = `${name}=${member === shape ? member : `${member}:${shape}`}${required ? "!" : ""}`;
  for (const [flag, value] of Object.entries(flags)) {
    if (flag === "paramFile" && value === false) token += "+noParamFile";
    else if (FLAGS.has(flag) && value === true) token += `+${flag}`;
    else return undefined;
  }
  return token;
}

/** The compact line of a command: its JSON text where the short form would not read back. */
export function encodeCliCommand(command: CliCommand): string {
  const json = JSON.stringify(command);
  const tokens = command.options.map(optionToken);
  if (PLAIN.test(command.operation) && tokens.every((t) => t !== undefined)) {
    const line = [command.operation, ...tokens].join(" ");
    if (JSON.stringify(decodeCliCommand(command.name, line)) === json) return line;
  }
  return json;
}

/** The commands of a compact text, in its order. */
export function cliCommands(data: CompactTable): CliCommand[] {
  return [...compactLines(data)].map(([name, line]) => decodeCliCommand(name, line));
}

/** Command `name` of a compact text; an exception only for a package inconsistent with itself. */
export function cliCommand(data: CompactTable, name: string): CliCommand {
  const line = compactLines(data).get(name);
  if (line === undefined) throw new Error(`no CLI command ${JSON.stringify(name)}`);
  return decodeCliCommand(name, line);
}

/**
 * The shape table of a compact text, in its order: every shape, or with `commands` only the
 * shapes their options reach (an operation's entry point decodes no more than it uses).
 */
export function cliShapeTable(data: CompactTable, commands?: readonly CliCommand[]): CliShapeTable {
  const lines = compactLines(data);
  const table: Record<string, CliShape> = Object.create(null) as Record<string, CliShape>;
  if (commands === undefined) {
    for (const [key, line] of lines) table[key] = decodeCliShape(key, line);
    return table;
  }
  const reached = new Map<string, CliShape>();
  const stack = commands.flatMap((c) => c.options.map((o) => o.shape));
  while (stack.length > 0) {
    const key = stack.pop()!;
    const line = lines.get(key);
    if (line === undefined || reached.has(key)) continue;
    const shape = decodeCliShape(key, line);
    reached.set(key, shape);
    if (shape.type === "structure") for (const m of shape.members) stack.push(m.shape);
    else if (shape.type === "list") stack.push(shape.member);
    else if (shape.type === "map") stack.push(shape.key, shape.value);
  }
  for (const key of lines.keys()) {
    const shape = reached.get(key);
    if (shape !== undefined) table[key] = shape;
  }
  return table;
}
