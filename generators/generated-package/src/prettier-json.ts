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
    // An empty object prints flat (`{}`); any other object breaks the array it is in.
    if (!value.some((v) => v !== null && typeof v === "object" && Object.keys(v).length > 0)) {
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

/**
 * A generated `.json` file's text as prettier prints it, without prettier, or `undefined` when
 * that cannot be promised. Only plain JSON in its canonical spelling qualifies: the text without
 * its whitespace must be `JSON.stringify` of its value (no duplicate or reordered keys, no
 * escapes or numbers spelled another way). `package.json` is printed as prettier's
 * `json-stringify` parser prints it (every object and array expanded); any other file as its
 * `json` parser does, which keeps an object expanded only when its source breaks after `{`, so
 * every non-empty object of the text must.
 */
export function laidOutJsonText(fileName: string, text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const scan = scanJson(text);
  if (scan === undefined || scan.compact !== JSON.stringify(value)) return undefined;
  if (JSON_STRINGIFY_FILES.has(fileName)) return `${JSON.stringify(value, null, 2)}\n`;
  return scan.objectsExpanded ? prettierJson(value) : undefined;
}

/** The files prettier formats with its `json-stringify` parser. */
const JSON_STRINGIFY_FILES: ReadonlySet<string> = new Set([
  "package.json",
  "package-lock.json",
  "composer.json",
]);

/**
 * JSON text without its whitespace outside strings, and whether every non-empty object breaks
 * the line after its `{`. One pass; `undefined` for a string left open.
 */
function scanJson(text: string): { compact: string; objectsExpanded: boolean } | undefined {
  let compact = "";
  let objectsExpanded = true;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (j >= text.length) return undefined;
      compact += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "{") {
      let j = i + 1;
      while (text[j] === " " || text[j] === "\t") j++;
      if (text[j] !== "\n" && text[j] !== "\r" && text[j] !== "}") objectsExpanded = false;
    }
    if (c !== " " && c !== "\n" && c !== "\r" && c !== "\t") compact += c;
    i++;
  }
  return { compact, objectsExpanded };
}
