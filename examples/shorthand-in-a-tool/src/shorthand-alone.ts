// @shapekit/shorthand on its own, with no model: for a chat bot asked "what does
// `Key=team,Value=[a,b]` mean?" without knowing which option it belongs to. The parser gives the
// untyped structure (every scalar a string: only a model knows what is a number), `toShorthand`
// the same value written the shortest way, and a syntax error its offset and caret display.

import {
  ShorthandSyntaxError,
  parseShorthand,
  toShorthand,
  type ShorthandObject,
} from "@shapekit/shorthand";

/** A shorthand text read with no model. */
export type ShorthandReading =
  | { ok: true; value: ShorthandObject; canonical: string }
  | { ok: false; offset: number; message: string };

/** Parses `text` and writes it back in its shortest form. */
export function readShorthand(text: string): ShorthandReading {
  try {
    const value = parseShorthand(text);
    return { ok: true, value, canonical: toShorthand(value) };
  } catch (e) {
    if (e instanceof ShorthandSyntaxError)
      return { ok: false, offset: e.offset, message: e.message };
    throw e;
  }
}
