// The safe code-building layer every emitter puts model text into code with (the idea of ajv's
// `_` template): a tagged template where only `Code` is pasted as is. Every other value becomes a literal —
// strings through JSON.stringify, numbers checked finite — so text from the model (patterns,
// member names, enum values, documentation) can never turn into code, whatever it contains.

import { escapeComment } from "./comment-text.js";
import { IDENTIFIER } from "./plain-text.js";

/** A fragment of generated source, trusted by construction. */
export class Code {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What a `code` template accepts: code, or plain data that becomes a literal. */
export type Interpolation = Code | string | number | boolean | null | readonly Code[];

function literal(value: Exclude<Interpolation, Code | readonly Code[]>): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a literal`);
    // A negative literal in parentheses cannot merge with a preceding operator (`a - -1`).
    return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
  }
  return String(value);
}

/** Builds code: `code\`if (${value} > ${10}) ${stmt}\``. */
export function code(strings: TemplateStringsArray, ...values: Interpolation[]): Code {
  let text = strings[0]!;
  values.forEach((value, i) => {
    if (value instanceof Code) text += value.text;
    else if (Array.isArray(value)) text += (value as readonly Code[]).map((c) => c.text).join("\n");
    else text += literal(value as Exclude<Interpolation, Code | readonly Code[]>);
    text += strings[i + 1]!;
  });
  return new Code(text);
}

/** An identifier the generator chose; anything that is not an identifier is a generator bug. */
export function name(identifier: string): Code {
  if (!IDENTIFIER.test(identifier))
    throw new Error(`Not an identifier: ${JSON.stringify(identifier)}`);
  return new Code(identifier);
}

/** Statements one per line. */
export function lines(parts: readonly Code[]): Code {
  return new Code(parts.map((p) => p.text).join("\n"));
}

const SIMPLE_OPERAND = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\([A-Za-z_$][\w$]*\))*$/;

/** `a + b + c` of string expressions, for messages that include run-time values. */
export function concat(parts: readonly Interpolation[]): Code {
  // Operands that are a name, a member or a call need no parentheses (nor does prettier write them).
  return new Code(
    parts
      .map((p) =>
        p instanceof Code
          ? SIMPLE_OPERAND.test(p.text)
            ? p.text
            : `(${p.text})`
          : code`${p}`.text,
      )
      .join(" + "),
  );
}

/** `"a", "b", 3`: literals separated by commas, for array literals. */
export function literalList(values: readonly (string | number)[]): Code {
  return new Code(values.map((v) => code`${v}`.text).join(", "));
}

/** Text for inside a block comment: `*\/` cannot end the comment early, newlines stay inside. */
export function commentText(text: string): Code {
  return new Code(escapeComment(text, { oneLine: true }));
}

/** `undefined`, or the number as a literal: for optional bounds passed to the runtime. */
export function optionalNumber(value: number | undefined): Code {
  return value === undefined ? new Code("undefined") : code`${value}`;
}

/** Fragments joined by a fixed operator (`" || "`); the separator is the generator's, never data. */
export function joinCode(parts: readonly Code[], separator: " || " | " && " | ", "): Code {
  return new Code(parts.map((p) => p.text).join(separator));
}
