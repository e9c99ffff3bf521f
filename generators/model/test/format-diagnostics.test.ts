// formatDiagnostics prints a model's own text under each diagnostic, and the model may be
// anyone's: a minified JSON AST is one line of megabytes, and a line may carry a terminal's
// escape sequences or bidirectional overrides. The line is excerpted around the column and its
// control characters shown as U+FFFD, one for one, so the caret still points at the column.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { error, formatDiagnostics, type Diagnostic } from "../src/diagnostic.js";

const at = (line: number, column: number, message = "bad"): Diagnostic =>
  error("syntax", message, { file: "m.smithy", line, column });

/** The printed source line and caret line of a one-diagnostic rendering. */
function shown(text: string, column: number, message?: string) {
  const [head, source, caret] = formatDiagnostics([at(1, column, message)], () => text).split("\n");
  return { head: head!, source: source!.slice(2), caret: caret!.slice(2) };
}

describe("formatDiagnostics", () => {
  it("prints a short line whole, with the caret under the column", () => {
    expect(shown("structure A { a: Nope }", 18)).toEqual({
      head: "m.smithy:1:18: error: bad",
      source: "structure A { a: Nope }",
      caret: "                 ^",
    });
  });

  it("excerpts a long line around the column, the caret under the same character", () => {
    const line = `${"a".repeat(100_000)}X${"b".repeat(100_000)}`;
    const { source, caret } = shown(line, 100_001);
    expect(source.length).toBeLessThan(200);
    expect(source.startsWith("…a") && source.endsWith("b…")).toBe(true);
    expect(source[caret.length - 1]).toBe("X");
    // At the very start and the very end of the line, only one side is cut.
    expect(shown(line, 1).source.startsWith("aaa")).toBe(true);
    expect(shown(line, line.length).source.endsWith("bbb")).toBe(true);
  });

  it("never cuts a surrogate pair at the excerpt's edges", () => {
    const line = "😀".repeat(10_000);
    for (const column of [1, 2, 5_000, 5_001, 19_999, 20_000]) {
      const { source } = shown(line, column);
      expect(source.replace(/…/g, "")).toMatch(/^(?:😀)+$/u);
    }
  });

  it("shows control characters and bidirectional overrides as U+FFFD, keeping the caret in place", () => {
    const { head, source, caret } = shown(
      "string X \x1b[31mRED\x1b[0m \u202e evil\tY",
      30,
      "Unexpected \x1b]0;title\x07",
    );
    expect(head).toBe("m.smithy:1:30: error: Unexpected \ufffd]0;title\ufffd");
    expect(source).toBe("string X \ufffd[31mRED\ufffd[0m \ufffd evil\tY");
    expect(caret).toBe(`${" ".repeat(28)}\t^`);
  });

  it("prints no control character but tab and newline, and one caret per diagnostic, for any line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.nat(450), (line, column) => {
        const out = formatDiagnostics([at(1, column + 1)], () => line);
        // eslint-disable-next-line no-control-regex -- what must not be printed
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
        const lines = out.split("\n");
        expect(lines).toHaveLength(3);
        expect(lines[2]!.endsWith("^")).toBe(true);
        expect(lines[1]!.length).toBeLessThan(2 + 60 + 100 + 4);
      }),
    );
  });
});
