// JSON-like data written as a TypeScript expression exactly as prettier prints it (print width
// 100, 2-space indent, double quotes unless a string holds more `"` than `'`, keys unquoted when
// they are identifiers, an object of scalars on one line when it fits and every other object
// expanded — prettier keeps an object expanded when its source has a newline after `{`, and
// leaves one written on one line there while it fits — arrays on one line when they fit).
// Emitters use it for large data modules so the orchestrator can skip prettier on them
// (`GeneratedFile.preformatted`): at the size of a whole service, formatting data is most of the
// generation time. Anything this printer cannot promise to print as prettier would (a number
// array too long for one line, nested arrays, non-finite numbers) throws
// `UnformattableDataError`; the caller then leaves the file to prettier.

import { IDENTIFIER } from "./plain-text.js";

export const PRINT_WIDTH = 100;

/**
 * Prettier's options for every generated file, the one source of ShapeKit's fixed style: the
 * printers here assume them, the orchestrator formats with them, tests compare against them.
 */
export const GENERATED_CODE_STYLE = { printWidth: PRINT_WIDTH } as const;

/** The data has a shape whose prettier layout this printer does not reproduce. */
export class UnformattableDataError extends Error {}

/** A string literal as prettier writes it. */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value);
  // Most strings hold no `"`: double quotes, as JSON has them (no need to count).
  if (!value.includes('"')) return json;
  let doubles = 0;
  let singles = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x22) doubles++;
    else if (unit === 0x27) singles++;
  }
  if (doubles <= singles) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function propertyKey(key: string): string {
  // `__proto__: …` (quoted or not) in an object literal sets the prototype; computed, it is a key.
  if (key === "__proto__") return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

/**
 * JSON data as an object-literal expression, for data modules left to prettier: JSON.stringify
 * with 2-space indent, except that a `"__proto__"` key is written computed (`["__proto__"]`),
 * which makes it a property rather than the object's prototype. (In indented JSON a key starts
 * its line, and a string value cannot contain a raw line break: only keys match.)
 */
export function jsonObjectLiteral(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/^(\s*)"__proto__":/gm, '$1["__proto__"]:');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value that prints on one line whatever the width (never breaks). */
function atom(value: unknown): string | undefined {
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    const text = JSON.stringify(value);
    // prettier rewrites exponents (`1e+21` → `1e21`); not worth reproducing.
    if (!Number.isFinite(value) || /e/i.test(text))
      throw new UnformattableDataError(`number ${text}`);
    return text;
  }
  if (typeof value === "string") return stringLiteral(value);
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (isPlainObject(value) && Object.keys(value).length === 0) return "{}";
  return undefined;
}

/** An object's printed properties (value not `undefined`): key as written, value, its atom. */
interface Property {
  readonly key: string;
  readonly value: unknown;
  readonly atom: string | undefined;
}

function properties(value: Record<string, unknown>): Property[] {
  const out: Property[] = [];
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const v = value[key];
    if (v !== undefined) out.push({ key: propertyKey(key), value: v, atom: atom(v) });
  }
  return out;
}

/** `{ key: value, … }` when every property is a one-line scalar; else undefined. */
function flatProperties(props: readonly Property[]): string | undefined {
  if (props.length === 0) return "{}";
  let out = "{ ";
  for (let i = 0; i < props.length; i++) {
    const { key, atom } = props[i]!;
    if (atom === undefined) return undefined;
    out += i === 0 ? `${key}: ${atom}` : `, ${key}: ${atom}`;
  }
  return `${out} }`;
}

/**
 * `value` printed starting at column `column` of a line indented by `indent` spaces, followed
 * on its last line by `suffix` characters (`,` or `;`). Properties whose value is `undefined`
 * are left out, as JSON.stringify does.
 */
export function typeScriptData(value: unknown, indent = 0, column = indent, suffix = 1): string {
  const simple = atom(value);
  if (simple !== undefined) return simple;
  const inner = " ".repeat(indent + 2);
  if (Array.isArray(value)) {
    const atoms = value.map(atom);
    if (atoms.every((a): a is string => a !== undefined)) {
      const oneLine = `[${atoms.join(", ")}]`;
      if (column + oneLine.length + suffix <= PRINT_WIDTH) return oneLine;
      // prettier fills number arrays several to a line; strings go one per line.
      if (value.some((v) => typeof v === "number"))
        throw new UnformattableDataError("long number array");
      return `[\n${atoms.map((a) => `${inner}${a},\n`).join("")}${" ".repeat(indent)}]`;
    }
    if (value.some((v) => Array.isArray(v) || !isPlainObject(v)))
      throw new UnformattableDataError("mixed or nested array");
    // Prettier puts an array of objects on one line when it fits, its objects flat, unless it
    // holds more than one object and each has more than one property: that one always breaks.
    const objects = (value as Array<Record<string, unknown>>).map(properties);
    const alwaysBreaks = objects.length > 1 && objects.every((props) => props.length > 1);
    if (!alwaysBreaks) {
      const flat = objects.map(flatProperties);
      if (flat.every((f): f is string => f !== undefined)) {
        const oneLine = `[${flat.join(", ")}]`;
        if (column + oneLine.length + suffix <= PRINT_WIDTH) return oneLine;
      }
    }
    let out = "[\n";
    for (const props of objects)
      out += `${inner}${printObject(props, indent + 2, indent + 2, 1)},\n`;
    return `${out}${" ".repeat(indent)}]`;
  }
  if (isPlainObject(value)) return printObject(properties(value), indent, column, suffix);
  throw new UnformattableDataError(`value of type ${typeof value}`);
}

/** An object (its properties) printed as `typeScriptData` prints it. */
function printObject(
  props: readonly Property[],
  indent: number,
  column: number,
  suffix: number,
): string {
  // An object of scalars goes on one line when it fits (written so, with no line break after
  // `{`, prettier keeps it there); any other object is expanded, and prettier keeps that too.
  const flat = flatProperties(props);
  if (flat !== undefined && column + flat.length + suffix <= PRINT_WIDTH) return flat;
  const inner = " ".repeat(indent + 2);
  let out = "{\n";
  for (const { key, value, atom: simple } of props) {
    const head = `${inner}${key}: `;
    if (simple !== undefined && head.length + simple.length + 1 > PRINT_WIDTH) {
      // A string too long for the line moves under its key, unless the key is shorter than
      // 5 characters (prettier's "short key" rule); other atoms are not worth reproducing.
      if (typeof value !== "string")
        throw new UnformattableDataError(`long ${typeof value} property`);
      out += key.length < 5 ? `${head}${simple},\n` : `${inner}${key}:\n${inner}  ${simple},\n`;
      continue;
    }
    if (simple === undefined && head.length + 1 > PRINT_WIDTH)
      throw new UnformattableDataError("long key");
    out +=
      simple !== undefined
        ? `${head}${simple},\n`
        : `${head}${typeScriptData(value, indent + 2, head.length, 1)},\n`;
  }
  return `${out}${" ".repeat(indent)}}`;
}
