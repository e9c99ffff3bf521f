// `--generate-cli-skeleton yaml-input` in AWS CLI v2's layout: block YAML, two-space indents,
// list items at their key's indent, and after each structure member a comment
// `# [REQUIRED] <first sentence of its documentation> Valid values are: a, b.`
//
// The AWS CLI prints this through ruamel.yaml, whose end-of-line comments are aligned to the
// previous commented key of the same mapping. A key with no commented predecessor gets one extra
// space before `#` (`Key: ''  # …`); the others one space. Which predecessor counts follows
// ruamel's own lookup (the key just before, else the last commented key that sorts before this
// one), so skeletons with undocumented members line up exactly as the AWS CLI's do.
//
// Model text (member names, enum values, documentation) must not change the document's shape:
// a comment stays on its line (line breaks and other unprintable characters become spaces), and
// a key or value that one-line single quotes cannot hold is written double-quoted on one line,
// with YAML's escapes. That is done here rather than by the `yaml` library, whose writer may
// break a long double-quoted text over lines, and so that printing a skeleton never loads it.

import { documentationOverview } from "./documentation-overview.js";
import type { SkeletonEntry, SkeletonNode } from "./skeleton.js";
import { PythonFloat, type PythonJsonValue } from "./python-json.js";

/** The YAML text of a skeleton, ending with a newline. */
export function yamlSkeleton(root: SkeletonNode): string {
  const lines: string[] = [];
  if (isInline(root)) return `${inlineText(root)}\n`;
  writeBlock(root, "", lines);
  return lines.join("\n") + "\n";
}

/** The comment of a structure member, or undefined when it would be blank. */
function entryComment(entry: SkeletonEntry): string | undefined {
  const parts: string[] = [];
  if (entry.required) parts.push("[REQUIRED]");
  parts.push(documentationOverview(entry.documentation));
  if (entry.enum && entry.enum.length > 0)
    parts.push(`Valid values are: ${entry.enum.join(", ")}.`);
  const comment = parts.join(" ").replace(UNPRINTABLE_OR_BREAK_ALL, " ");
  return comment.trim() === "" ? undefined : `# ${comment}`;
}

/** Whether a node prints on its key's line: scalars and empty containers. */
function isInline(node: SkeletonNode): boolean {
  switch (node.kind) {
    case "scalar":
    case "binary":
      return true;
    case "list":
      return node.items.length === 0;
    case "map":
      return node.entries.size === 0;
    case "structure":
      return node.entries.length === 0;
  }
}

function inlineText(node: SkeletonNode): string {
  switch (node.kind) {
    case "scalar":
      // ruamel prints the generator's datetime placeholder as a YAML timestamp.
      return node.shape.type === "timestamp" ? "1970-01-01 00:00:00" : yamlScalar(node.value);
    case "binary":
      return "!!binary ''";
    case "list":
      return "[]";
    default:
      return "{}";
  }
}

/** Writes a non-inline node whose first line starts at `indent` (a mapping's keys or a list's dashes). */
function writeBlock(
  node: SkeletonNode,
  indent: string,
  lines: string[],
  firstPrefix = indent,
): void {
  let prefix = firstPrefix;
  const next = () => {
    const p = prefix;
    prefix = indent;
    return p;
  };
  if (node.kind === "list") {
    for (const item of node.items) {
      if (isInline(item)) lines.push(`${next()}- ${inlineText(item)}`);
      else writeBlock(item, `${indent}  `, lines, `${next()}- `);
    }
    return;
  }
  const entries: Array<{ key: string; node: SkeletonNode; comment?: string }> =
    node.kind === "map"
      ? [...node.entries].map(([key, n]) => ({ key, node: n }))
      : node.kind === "structure"
        ? node.entries.map((e) => ({ key: e.name, node: e.node, comment: entryComment(e) }))
        : [];
  const commented: string[] = [];
  entries.forEach((entry, index) => {
    const key = yamlKey(entry.key);
    let comment = "";
    if (entry.comment !== undefined) {
      comment = (hasAlignedPredecessor(entries, index, commented) ? " " : "  ") + entry.comment;
      commented.push(entry.key);
    }
    if (isInline(entry.node)) {
      const text = inlineText(entry.node);
      lines.push(`${next()}${key}:${text ? ` ${text}` : ""}${comment}`);
    } else {
      lines.push(`${next()}${key}:${comment}`);
      // ruamel puts a list at its key's indent and a mapping two spaces in.
      writeBlock(entry.node, entry.node.kind === "list" ? indent : `${indent}  `, lines);
    }
  });
}

/** ruamel's column lookup: the previous key if commented, else the last commented key sorting before this one. */
function hasAlignedPredecessor(
  entries: ReadonlyArray<{ key: string }>,
  index: number,
  commented: readonly string[],
): boolean {
  const previous = entries[index - 1];
  if (previous && commented.includes(previous.key)) return true;
  const key = entries[index]!.key;
  for (let i = 0; i < index; i++) {
    const k = entries[i]!.key;
    if (k >= key) break;
    if (commented.includes(k)) return true;
  }
  return false;
}

const PLAIN = /^[A-Za-z_/][\w./-]*$/;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/**
 * Characters a one-line single-quoted scalar or a comment cannot hold: YAML line breaks (with
 * YAML 1.1's NEL, LS and PS), C0 and C1 controls but tab, DEL, the byte order mark, the two
 * non-characters YAML excludes, and unpaired surrogates.
 */
const UNPRINTABLE_OR_BREAK =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\p{Surrogate}/u;
const UNPRINTABLE_OR_BREAK_ALL = new RegExp(UNPRINTABLE_OR_BREAK.source, "gu");

function yamlKey(key: string): string {
  return PLAIN.test(key) && !YAML_WORDS.test(key) ? key : quoted(key);
}

/** A scalar as ruamel prints it: plain where unambiguous, single-quoted otherwise. */
function yamlScalar(value: PythonJsonValue): string {
  if (value === null) return "";
  if (value instanceof PythonFloat)
    return Number.isInteger(value.value) ? `${value.value}.0` : String(value.value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string")
    return PLAIN.test(value) && !YAML_WORDS.test(value) ? value : quoted(value);
  return "{}";
}

/** Single-quoted as ruamel writes it, or double-quoted with escapes when one line of single quotes cannot hold the text. */
function quoted(text: string): string {
  if (!UNPRINTABLE_OR_BREAK.test(text)) return `'${text.replace(/'/g, "''")}'`;
  return `"${text.replace(DOUBLE_QUOTED_ESCAPED, escape)}"`;
}

/** What a one-line double-quoted scalar escapes: its quote, backslash, tab and UNPRINTABLE_OR_BREAK. */
const DOUBLE_QUOTED_ESCAPED = new RegExp(`["\\\\\t]|${UNPRINTABLE_OR_BREAK.source}`, "gu");

/** YAML's short escapes (YAML 1.2, section 5.7), for the characters that have one. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\0": "\\0",
  "\x07": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  "\x1b": "\\e",
  "\x85": "\\N",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

function escape(char: string): string {
  if (Object.hasOwn(SHORT_ESCAPES, char)) return SHORT_ESCAPES[char]!;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}
