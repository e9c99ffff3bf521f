// `export interface ShapeTypes { … }` of src/validate.ts (shape name → the type its validator
// narrows to) written in prettier's layout, so that a whole service's largest module skips
// prettier. A property that does not fit on its line breaks in its type's arguments, as
// observed from prettier: `Key: Partial<` / one argument per line, one level deeper, each laid
// out the same way in turn / `>;` (`>[];` for a list of such a type). A type this module cannot promise a layout for (a union or
// array of generics too long for its line, a quoted key) makes the whole interface `undefined`:
// the caller then prints it as before, for prettier.

import { IDENTIFIER } from "@shapekit/generated-package";
import { fits, pad } from "./layout-scan.js";
import { appendAll } from "@shapekit/model";

/** `Name<…>`: a type reference with arguments, or a list of them (`Name<…>[]`). */
const GENERIC = /^([A-Za-z_$][\w$]*)<(.*)>((?:\[\])*)$/;
/** Types without a break point: a name, or an array of one. */
const UNBREAKABLE = /^[A-Za-z_$][\w$]*(?:\[\])*$/;

export interface ShapeTypesProperty {
  /** The property key as written (an identifier, or a quoted string). */
  readonly key: string;
  /** The TypeScript type (type-expression.ts). */
  readonly type: string;
}

/**
 * The interface's text (a doc comment, `export interface ShapeTypes {`, the properties, `}`)
 * in prettier's layout, or `undefined` when a property is one this module does not lay out.
 */
export function shapeTypesInterface(
  doc: string,
  properties: readonly ShapeTypesProperty[],
): string | undefined {
  if (properties.length === 0) return undefined;
  const lines = [`/** ${doc} */`, "export interface ShapeTypes {"];
  for (const { key, type } of properties) {
    if (!IDENTIFIER.test(key)) return undefined;
    const property = typeLines(`${key}: `, type, ";", 1);
    if (property === undefined) return undefined;
    appendAll(lines, property);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** `prefix` + `type` + `suffix` at `indent`, broken in the type's arguments when too long. */
function typeLines(
  prefix: string,
  type: string,
  suffix: string,
  indent: number,
): string[] | undefined {
  const line = `${prefix}${type}${suffix}`;
  if (fits(indent, line) || UNBREAKABLE.test(type)) return [pad(indent) + line];
  const generic = GENERIC.exec(type);
  const args = generic && typeArguments(generic[2]!);
  if (!generic || !args) return undefined;
  const lines = [`${pad(indent)}${prefix}${generic[1]}<`];
  for (const [i, arg] of args.entries()) {
    const argLines = typeLines("", arg, i < args.length - 1 ? "," : "", indent + 1);
    if (argLines === undefined) return undefined;
    appendAll(lines, argLines);
  }
  lines.push(`${pad(indent)}>${generic[3]}${suffix}`);
  return lines;
}

/** The top-level arguments of a type argument list (`A, Record<B, C>`), or `undefined` when unbalanced. */
function typeArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "<" || ch === "(" || ch === "[") depth++;
    else if (ch === ">" || ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      if (text[i + 1] !== " ") return undefined;
      args.push(text.slice(start, i));
      start = i + 2;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  args.push(text.slice(start));
  return args;
}
