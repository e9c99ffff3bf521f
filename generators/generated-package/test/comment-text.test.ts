// The one comment escaper: whatever the model text holds, it cannot end the comment early, and
// each option does only what it says.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeComment } from "../src/comment-text.js";
import { code, commentText } from "../src/code.js";

describe("escapeComment", () => {
  it("never leaves a `*/` in the text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("*", "/", "@", "\n", "a", " ") }), (text) => {
        expect(escapeComment(text)).not.toContain("*/");
        expect(escapeComment(text, { oneLine: true })).not.toMatch(/[\r\n\u2028\u2029]|\*\//);
      }),
    );
  });

  it("escapes a tag at a line start only when asked", () => {
    expect(escapeComment("@a\n@b x@c")).toBe("@a\n@b x@c");
    expect(escapeComment("@a\n@b x@c", { escapeTagStart: true })).toBe("\\@a\n\\@b x@c");
  });

  it("is what code's commentText pastes, on one line", () => {
    expect(code`/* ${commentText("a */\nb")} */`.text).toBe("/* a *\\/ b */");
  });
});
