// The errors of shorthand parsing: values with the input, the offset, and a message that shows
// the input with a caret under the offending position, so a user can fix the text at a glance.

/** Counts code points (what a terminal shows as characters), not UTF-16 code units. */
function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * The input with a caret line under `offset`: the line holding the offset, the caret, then
 * whatever followed that line.
 */
export function caretDisplay(input: string, offset: number): string {
  const lineStart = input.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = input.indexOf("\n", offset);
  const head = lineEnd === -1 ? input : input.slice(0, lineEnd);
  const tail = lineEnd === -1 ? "" : input.slice(lineEnd);
  const column = codePointLength(input.slice(lineStart, offset));
  return `${head}\n${" ".repeat(column)}^${tail}`;
}

/** Base class of everything `parseShorthand` throws: a position in the input and a message. */
export class ShorthandError extends Error {
  override name = "ShorthandError";
  /** The whole text that was being parsed. */
  readonly input: string;
  /** UTF-16 offset into `input` where the problem is. */
  readonly offset: number;

  constructor(message: string, input: string, offset: number) {
    super(message);
    this.input = input;
    this.offset = offset;
  }
}

/**
 * The text is not shorthand syntax: `expected` names what the grammar wanted at `offset`
 * (a character such as `,`, or a token such as `<double quoted>`), `received` what was there
 * (`EOF` at the end of the input).
 *
 * ```
 * Expected: ',', received: 'EOF' for input:
 * Key=a,Value=[1
 *               ^
 * ```
 */
export class ShorthandSyntaxError extends ShorthandError {
  override name = "ShorthandSyntaxError";
  readonly expected: string;
  readonly received: string;

  constructor(input: string, offset: number, expected: string, received: string, message?: string) {
    super(
      message ??
        `Expected: '${expected}', received: '${received}' for input:\n${caretDisplay(input, offset)}`,
      input,
      offset,
    );
    this.expected = expected;
    this.received = received;
  }

  /** A key given twice at the top level, which the AWS CLI rejects (`a=1,a=2`). */
  static duplicateKey(input: string, offset: number, key: string): ShorthandSyntaxError {
    return new ShorthandSyntaxError(
      input,
      offset,
      "a key not given before",
      key,
      `Second instance of key "${key}" encountered for input:\n${caretDisplay(input, offset)}\n` +
        `This is often because there is a preceding "," instead of a space.`,
    );
  }
}

/** A `key@=file://path` (or `fileb://`) value whose file could not be read. */
export class ShorthandFileError extends ShorthandError {
  override name = "ShorthandFileError";
  /** The reference as written (`file://config.json`). */
  readonly reference: string;

  constructor(input: string, offset: number, reference: string, reason: string) {
    super(
      `Unable to load paramfile ${reference}: ${reason}\n${caretDisplay(input, offset)}`,
      input,
      offset,
    );
    this.reference = reference;
  }
}
