import { describe, expect, it } from "vitest";
import { lex } from "../../src/idl/lexer.js";
import { TokenKind } from "../../src/idl/token.js";
import { textBlockValue } from "../../src/idl/text-block.js";
import { decodeEscapes } from "../../src/idl/string-escapes.js";

const kinds = (text: string) => lex(text, "t").tokens.map((t) => t.kind);
const messages = (text: string) =>
  lex(text, "t").diagnostics.map((d) => `${d.location.line}:${d.location.column} ${d.message}`);

describe("lexer", () => {
  it("splits shape ids into touching parts", () => {
    expect(kinds("a.b#C$d")).toEqual([
      TokenKind.Identifier,
      TokenKind.Dot,
      TokenKind.Identifier,
      TokenKind.Pound,
      TokenKind.Identifier,
      TokenKind.Dollar,
      TokenKind.Identifier,
      TokenKind.EOF,
    ]);
  });

  it("treats commas and comments as trivia and records line breaks", () => {
    const { tokens } = lex("a ,, b // c\n  d", "t");
    expect(tokens.map((t) => t.text)).toEqual(["a", "b", "d", ""]);
    expect(tokens[1]!.breakAt).toBe(2);
    expect(tokens[1]!.lineBreak).toBe(false);
    expect(tokens[2]!.lineBreak).toBe(true);
    expect([tokens[2]!.line, tokens[2]!.column]).toEqual([2, 3]);
  });

  it("lexes `:=` as one token", () => {
    expect(kinds("a := b")).toEqual([
      TokenKind.Identifier,
      TokenKind.Walrus,
      TokenKind.Identifier,
      TokenKind.EOF,
    ]);
  });

  it("collects documentation comments only at the start of a line", () => {
    const { tokens } = lex("/// one\n///two\n// plain\nx /// not docs\ny", "t");
    expect(tokens[0]!.doc).toBe("one\ntwo");
    expect(tokens[1]!.doc).toBeUndefined();
  });

  it("reads numbers as JSON numbers", () => {
    const { tokens } = lex("0 -10 1.5 10e+2 -10e-2", "t");
    expect(tokens.slice(0, 5).map((t) => t.number)).toEqual([0, -10, 1.5, 1000, -0.1]);
  });

  it.each([
    ["-", "1:1 Invalid number `-`: `-` must be followed by a digit"],
    ["x 1.0e", "1:3 Invalid number `1.0e`: `e`, `+` and `-` must be followed by a digit"],
    ["1.0e+", "1:1 Invalid number `1.0e+`: `e`, `+` and `-` must be followed by a digit"],
    ["1.", "1:1 Invalid number `1.`: `.` must be followed by a digit"],
  ])("rejects the malformed number %j", (text, message) => {
    expect(messages(text)).toEqual([message]);
  });

  it("rejects characters that have no place in the IDL", () => {
    expect(messages("a\n  %b")).toEqual(["2:3 Unexpected character `%`"]);
    expect(messages("'")).toEqual(["1:1 Unexpected character `'`"]);
  });

  it("requires a letter after leading underscores", () => {
    expect(messages("_ x")).toEqual([
      "1:2 Expected a letter after `_` to form an identifier, found ` `",
    ]);
    expect(kinds("__a1_")).toEqual([TokenKind.Identifier, TokenKind.EOF]);
  });

  it("decodes string escapes and normalises newlines", () => {
    const { tokens } = lex('"a\\"b\\\\c\\/\\n\\t\\u0041\\\nz" "x\r\ny"', "t");
    expect(tokens[0]!.text).toBe('a"b\\c/\n\tAz');
    expect(tokens[1]!.text).toBe("x\ny");
  });

  it("reports invalid escapes at the start of the string", () => {
    expect(messages('  "\\ "')[0]).toMatch(/^1:3 Invalid string: Invalid escape `\\ `/);
    expect(messages('"\\u12"')[0]).toMatch(/^1:1 Invalid string: Invalid unclosed unicode escape/);
  });

  it("reports unclosed strings and text blocks at the end of the file", () => {
    expect(messages('x("\n')).toEqual([
      '2:1 Unclosed string: expected a closing `"` before the end of the file',
    ]);
    expect(messages('"""\nabc\n')).toEqual([
      '3:1 Unclosed text block: expected a closing `"""` before the end of the file',
    ]);
  });

  it("rejects empty text blocks and text blocks without a line break", () => {
    expect(messages('x """"""')[0]).toMatch(/^1:3 Invalid text block: a text block is empty/);
    expect(messages('"""abc"""')[0]).toMatch(
      /^1:1 Invalid text block: the opening `"""` must be followed by a line break/,
    );
  });
});

describe("text blocks", () => {
  const value = (raw: string) => {
    const r = textBlockValue(raw);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  it("strips the common indentation and trailing spaces", () => {
    expect(value("    Foo\n        Baz\n\n  \n    Bar\n    ")).toBe("Foo\n    Baz\n\n\nBar\n");
  });
  it("lets a closing delimiter at the margin keep all indentation", () => {
    expect(value("    Foo\n        Baz\n    Bar\n")).toBe("    Foo\n        Baz\n    Bar\n");
  });
  it("ignores a closing delimiter indented further than the content", () => {
    expect(value("    Hello\n    Ok\n         ")).toBe("Hello\nOk\n");
  });
  it("has no trailing newline when the delimiter ends the last line", () => {
    expect(value("    Hello")).toBe("Hello");
    expect(value("    ")).toBe("");
    expect(value("\n    ")).toBe("\n");
  });
  it("expands escapes after removing indentation", () => {
    expect(value("    Hi \\\n    there \\\n    bye")).toBe("Hi there bye");
    expect(value('    "Hi\\"')).toBe('"Hi"');
    expect(value("  <p>Hi\\n....bar</p>\n  ")).toBe("<p>Hi\n....bar</p>\n");
  });
  it("reports a bad escape", () => {
    expect(textBlockValue("  \\ua").ok).toBe(false);
  });
  it("decodes without escapes in one step", () => {
    expect(decodeEscapes("plain")).toEqual({ ok: true, value: "plain" });
  });
});
