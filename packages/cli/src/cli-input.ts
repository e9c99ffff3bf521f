// `--cli-input-json` and `--cli-input-yaml`: the whole request (or part of it) as one document,
// inline or from `file://path` (`fileb://` too, read as UTF-8). Errors say where the document
// is broken — line and column, the line itself and a caret — because a skeleton file is long
// and "invalid JSON" alone sends the user hunting.

import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

/** A problem with a cli-input document. `line`/`column` are 1-based, columns in code points. */
export interface CliInputError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type CliInputResult =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly error: CliInputError };

/** Reads the files of `file://` values; injectable so tests and browsers need no disk. */
export type ReadTextFile = (path: string) => string;

export const readTextFileFromDisk: ReadTextFile = (path) => readFileSync(path, "utf8");

const FILE_PREFIXES = ["file://", "fileb://"] as const;

/**
 * The document a `--cli-input-json` / `--cli-input-yaml` value stands for, parsed. The value is
 * the document itself, or `file://path` (relative to the working directory).
 */
export function loadCliInput(
  option: "--cli-input-json" | "--cli-input-yaml",
  value: string,
  readTextFile: ReadTextFile = readTextFileFromDisk,
): CliInputResult {
  let text = value;
  let source = "the value";
  const prefix = FILE_PREFIXES.find((p) => value.startsWith(p));
  if (prefix) {
    const path = value.slice(prefix.length);
    source = value;
    try {
      text = readTextFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String((e as Error).message ?? e);
      return { ok: false, error: { message: `${option}: cannot read ${value}: ${why}` } };
    }
  }
  const parsed = option === "--cli-input-json" ? parseJson(text) : parseYaml(text);
  if (!parsed.ok) {
    const where = parsed.line !== undefined ? ` at line ${parsed.line}, column ${parsed.column}` : "";
    const excerpt = parsed.line !== undefined ? `\n${caretExcerpt(text, parsed.line, parsed.column!)}` : "";
    const kind = option === "--cli-input-json" ? "JSON" : "YAML";
    return {
      ok: false,
      error: {
        message: `${option}: invalid ${kind} in ${source}${where}: ${parsed.message}${excerpt}`,
        ...(parsed.line !== undefined ? { line: parsed.line, column: parsed.column! } : {}),
      },
    };
  }
  const doc = parsed.value;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    const found = doc === null ? "null" : Array.isArray(doc) ? "an array" : `a ${typeof doc}`;
    return { ok: false, error: { message: `${option}: ${source} must hold an object of request members, found ${found}` } };
  }
  return { ok: true, value: doc as Record<string, unknown> };
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string; line?: number; column?: number };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = String((e as Error).message);
    // V8 names the offset ("… in JSON at position 34 (line 1 column 35)"); recompute the line
    // and column ourselves so they count code points, and state the end of input explicitly.
    const position = /at position (\d+)/.exec(raw);
    const offset = position ? Number(position[1]) : raw.includes("end of JSON input") ? text.length : undefined;
    const message = raw.replace(/,? *(?:in JSON )?at position \d+.*$/, "").replace(/ in JSON$/, "").trim() || "not valid JSON";
    if (offset === undefined) return { ok: false, message };
    return { ok: false, message, ...lineColumn(text, offset) };
  }
}

function parseYaml(text: string): Parsed {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    return pos ? { ok: false, message, line: pos.line, column: pos.col } : { ok: false, message };
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}

/** The line of `text` at `line` with a caret under `column`. */
function caretExcerpt(text: string, line: number, column: number): string {
  const content = text.split(/\r\n|\r|\n/)[line - 1] ?? "";
  const shown = [...content];
  if (shown.length > 200) {
    // Keep the excerpt readable for a one-line file of megabytes: a window around the column.
    const start = Math.max(0, column - 100);
    return `  ${shown.slice(start, start + 200).join("")}\n  ${" ".repeat(column - 1 - start)}^`;
  }
  return `  ${content}\n  ${" ".repeat(Math.max(0, column - 1))}^`;
}
