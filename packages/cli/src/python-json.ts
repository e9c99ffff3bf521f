// JSON text exactly as Python's `json.dumps(value, indent=4)` writes it, which is what the AWS CLI
// prints for skeletons and responses. JavaScript's JSON.stringify differs in three ways that
// matter for byte-for-byte output: floats (`0.0`, not `0`), `ensure_ascii` escaping of non-ASCII
// text, and `{}` / `[]` for empty containers (Python prints no newline inside them either).

/** A number that Python holds as a float: printed with a fractional part (`0.0`, `2.5`). */
export class PythonFloat {
  constructor(readonly value: number) {}
}

/** What this writer prints. Objects are Maps so member names can never collide with `__proto__`. */
export type PythonJsonValue =
  | string
  | number
  | boolean
  | null
  | PythonFloat
  | readonly PythonJsonValue[]
  | ReadonlyMap<string, PythonJsonValue>;

export interface PythonJsonOptions {
  /** Escape every non-ASCII character as `\uXXXX` (Python's default; the AWS CLI's output formatter turns it off). */
  readonly ensureAscii?: boolean;
  readonly indent?: number;
}

/** `json.dumps(value, indent=4)` with Python's separators and float formatting. */
export function pythonJson(value: PythonJsonValue, options: PythonJsonOptions = {}): string {
  const ensureAscii = options.ensureAscii ?? true;
  const unit = " ".repeat(options.indent ?? 4);
  const write = (v: PythonJsonValue, indent: string): string => {
    if (v === null) return "null";
    if (typeof v === "string") return pythonString(v, ensureAscii);
    if (typeof v === "boolean") return v ? "true" : "false";
    if (typeof v === "number") return String(v);
    if (v instanceof PythonFloat) return pythonFloat(v.value);
    const inner = indent + unit;
    if (isList(v)) {
      if (v.length === 0) return "[]";
      return `[\n${v.map((item) => inner + write(item, inner)).join(",\n")}\n${indent}]`;
    }
    const map = v;
    if (map.size === 0) return "{}";
    const entries = [...map].map(
      ([k, item]) => `${inner}${pythonString(k, ensureAscii)}: ${write(item, inner)}`,
    );
    return `{\n${entries.join(",\n")}\n${indent}}`;
  };
  return write(value, "");
}

/**
 * A plain JSON-like value as Python's `json.dumps(value)` writes it with its defaults: on one
 * line, `", "` and `": "` between items, non-ASCII escaped, a number as Python holds the JSON
 * JavaScript writes for it (`1`, `1.5`, `1e+21`). What botocore writes its pagination tokens with.
 */
export function pythonCompactJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return pythonString(value, true);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number")
    return Number.isInteger(value) && Math.abs(value) < 1e21
      ? String(value === 0 ? 0 : value)
      : pythonFloat(value);
  if (Array.isArray(value)) return `[${value.map(pythonCompactJson).join(", ")}]`;
  const object = value as Record<string, unknown>;
  const entries = Object.keys(object).map(
    (key) => `${pythonString(key, true)}: ${pythonCompactJson(object[key])}`,
  );
  return `{${entries.join(", ")}}`;
}

/**
 * Python's `repr()` of a float: the shortest digits that read back as `n` (as JavaScript
 * chooses them), in exponent form below 1e-4 and from 1e16 up (`1e-07`, `1e+16`, a two-digit
 * exponent at least), with `.0` on a whole number written out.
 */
export function pythonFloatRepr(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const [mantissa, exponentText] = n.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const text = String(n);
  return text.includes(".") ? text : `${text}.0`;
}

/** A float as `json.dumps` writes it: its `repr()` (`0.0`, `1e-07`), `NaN` and `Infinity` aside. */
function pythonFloat(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  return pythonFloatRepr(n);
}

function pythonString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `Array.isArray` for a readonly list (the built-in guard narrows it to `any[]`). */
function isList(v: PythonJsonValue): v is readonly PythonJsonValue[] {
  return Array.isArray(v);
}
