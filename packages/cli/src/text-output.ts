// `--output text`: the AWS CLI's tab-separated lines. An object prints its scalar members on one
// line (sorted by name, led by the name it is under, in capitals), then each list or object
// member under its own name; a list of objects prints one line per object, every object with the
// scalar members any of them has (an empty field where it has none); a list of scalars one line
// per item under the list's name. Values are written as Python's `str()` writes them.

import { OutputFormatError } from "./output-format-error.js";
import {
  isContainer,
  isObject,
  pythonStr,
  sortedKeys,
  type JsonObject,
  type JsonValue,
} from "./python-text.js";

/** `value` as `--output text` prints it (every line ends with a line feed; nothing for `{}`). */
export function textOutput(value: JsonValue): string {
  const lines: string[] = [];
  writeValue(value, undefined, undefined, lines);
  return lines.map((line) => `${line}\n`).join("");
}

/**
 * One value under `name` (`undefined` at the top and for the items of a list of lists);
 * `columns`: the scalar members every object of the list being printed has a field for.
 */
function writeValue(
  value: JsonValue,
  name: string | undefined,
  columns: readonly string[] | undefined,
  lines: string[],
): void {
  if (Array.isArray(value)) writeList(value, name, lines);
  else if (isObject(value)) writeObject(value, name, columns, lines);
  else lines.push(pythonStr(value));
}

function writeList(list: JsonValue[], name: string | undefined, lines: string[]): void {
  if (list.length === 0) return;
  if (list.some(isObject)) {
    if (!list.every(isObject))
      throw new OutputFormatError(
        `${name === undefined ? "the response" : name} is a list of objects and other values, which the AWS CLI cannot print as text`,
      );
    const columns = new Set<string>();
    for (const item of list)
      for (const key of Object.keys(item)) if (!isContainer(item[key])) columns.add(key);
    const sorted = sortedKeys(columns);
    for (const item of list) writeValue(item, name, sorted, lines);
    return;
  }
  if (list.some(Array.isArray)) {
    const scalars = list.filter((item) => !isContainer(item));
    if (scalars.length > 0) writeScalars(scalars, name, lines);
    for (const item of list) if (isContainer(item)) writeValue(item, name, undefined, lines);
    return;
  }
  writeScalars(list, name, lines);
}

/** Scalars of a list: one line each under the list's name, or one line for a list without one. */
function writeScalars(items: readonly JsonValue[], name: string | undefined, lines: string[]) {
  if (name === undefined) lines.push(items.map(pythonStr).join("\t"));
  else for (const item of items) lines.push(`${name.toUpperCase()}\t${pythonStr(item)}`);
}

function writeObject(
  object: JsonObject,
  name: string | undefined,
  columns: readonly string[] | undefined,
  lines: string[],
): void {
  const fields: string[] = [];
  const nested: string[] = [];
  if (columns === undefined) {
    for (const key of sortedKeys(Object.keys(object))) {
      if (isContainer(object[key])) nested.push(key);
      else fields.push(pythonStr(object[key]!));
    }
  } else {
    for (const key of columns)
      fields.push(Object.hasOwn(object, key) ? pythonStr(object[key]!) : "");
    const known = new Set(columns);
    for (const key of sortedKeys(Object.keys(object))) if (!known.has(key)) nested.push(key);
  }
  if (fields.length > 0) {
    if (name !== undefined) fields.unshift(name.toUpperCase());
    lines.push(fields.join("\t"));
  }
  for (const key of nested) writeValue(object[key]!, key, undefined, lines);
}
