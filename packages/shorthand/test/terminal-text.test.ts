// terminalText: a model's text made safe to print, one character for one, so a caret under it
// still lines up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terminalText } from "@shapekit/shorthand";

/** What a terminal acts on rather than shows. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const ACTED_ON = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("terminalText", () => {
  it("shows escape sequences, controls and bidirectional overrides as U+FFFD", () => {
    expect(terminalText("a\u001b[2Jb\u0007c\u009bd\u202ee\u2066f\u007f")).toBe(
      "a\ufffd[2Jb\ufffdc\ufffdd\ufffde\ufffdf\ufffd",
    );
  });

  it("keeps line breaks, tabs and every printable character", () => {
    const text = "Line one.\n\tIndented — «quoted», 😀, \u00a0non-breaking.";
    expect(terminalText(text)).toBe(text);
  });

  it("keeps the length and leaves no character a terminal acts on, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const shown = terminalText(text);
        expect(shown.length).toBe(text.length);
        expect(shown).not.toMatch(ACTED_ON);
      }),
    );
  });
});
