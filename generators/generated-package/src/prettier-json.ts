// JSON text laid out as prettier prints a `.json` file at print width 100, for large generated
// JSON (the validators' JSON Schema documents, the model snapshot of every package: megabytes on
// a whole service), so that it can skip prettier. Prettier keeps an object expanded when its source has a newline after `{`
// (always, for JSON.stringify's indented output), and puts an array on one line when it fits and
// holds no object. Number-only arrays (prettier fills them) and nested arrays are not laid out
// here: `undefined`, and the document goes through prettier.

import { PRINT_WIDTH } from "./typescript-data.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function prettierJson(value: unknown): string | undefined {
  try {
    return `${print(value as Json, 0, 0, "")}\n`;
  } catch (e) {
    if (e instanceof NotLaidOut) return undefined;
    throw e;
  }
}

class NotLaidOut extends Error {}

/** `value` starting at `column` in a block indented `indent`, followed on its line by `after`. */
function print(value: Json, indent: number, column: number, after: string): string {
  if (value === null || typeof value !== "object") {
    const text = JSON.stringify(value);
    if (text === undefined) throw new NotLaidOut();
    return text;
  }
  const inner = "  ".repeat(indent + 1);
  const close = "  ".repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.some((v) => Array.isArray(v)) || value.every((v) => typeof v === "number"))
      throw new NotLaidOut();
    if (!value.some((v) => v !== null && typeof v === "object")) {
      const flat = `[${value.map((v) => print(v, indent, 0, "")).join(", ")}]`;
      if (column + flat.length + after.length <= PRINT_WIDTH) return flat;
    }
    const items = value.map(
      (v, i) => inner + print(v, indent + 1, inner.length, i < value.length - 1 ? "," : ""),
    );
    return `[\n${items.join(",\n")}\n${close}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return "{}";
  const members = keys.map((k, i) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + print(value[k]!, indent + 1, head.length, i < keys.length - 1 ? "," : "");
  });
  return `{\n${members.join(",\n")}\n${close}}`;
}
