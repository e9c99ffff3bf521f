// Command lines in the playground: split as a POSIX shell splits them, and joined back so that
// the split gives the same words (the "turn the request into a command line" button).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinCommandLine, quoteWord, splitCommandLine } from "../src/browser/command-words.js";

describe("splitCommandLine", () => {
  it("splits on blanks and honours quotes and backslashes", () => {
    expect(splitCommandLine(`aws s3 --x 'a b' "c d" e\\ f Key=v,Values=[1,2]`)).toEqual({
      ok: true,
      words: ["aws", "s3", "--x", "a b", "c d", "e f", "Key=v,Values=[1,2]"],
    });
  });

  it("keeps variables and globs as written, and stops at a comment", () => {
    expect(splitCommandLine("a $HOME *.txt # the rest")).toEqual({
      ok: true,
      words: ["a", "$HOME", "*.txt"],
    });
  });

  it("refuses shell operators with the operator named", () => {
    const result = splitCommandLine("aws s3 ls | grep x");
    expect(result).toEqual({
      ok: false,
      message: "The playground runs one command: remove the shell operator '|'.",
    });
  });
});

describe("joinCommandLine", () => {
  it("leaves shorthand bare and quotes what a shell would split or expand", () => {
    expect(quoteWord("VariantName=a,ModelName=m")).toBe("VariantName=a,ModelName=m");
    expect(quoteWord("it's a $x")).toBe(`'it'\\''s a $x'`);
    expect(quoteWord("")).toBe("''");
  });

  it("round-trips any words through the splitter", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 6 }), (words) => {
        expect(splitCommandLine(joinCommandLine(words))).toEqual({ ok: true, words });
      }),
    );
  });
});
