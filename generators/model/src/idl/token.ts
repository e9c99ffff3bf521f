// The tokens of the Smithy IDL and how to name them in error messages.
//
// Whitespace, commas and comments are not tokens: each token instead records what trivia
// preceded it (`gapStart`, `breakAt`, `lineBreak`) because the grammar is whitespace
// sensitive in a few places (`*SP` vs `*WS` vs `BR`), and the documentation comments that
// directly precede it (`doc`).

export const enum TokenKind {
  Identifier,
  String,
  TextBlock,
  Number,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  LParen,
  RParen,
  Colon,
  Walrus,
  Equal,
  At,
  Dollar,
  Pound,
  Dot,
  /** A lexical error, already reported by the lexer: the parser must not report it again. */
  Error,
  EOF,
}

export interface Token {
  readonly kind: TokenKind;
  /** Offsets into the source text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** 1-based position of `start`. */
  readonly line: number;
  readonly column: number;
  /** Identifier name, decoded string or text block value, or the number's source text. */
  readonly text: string;
  /** The numeric value of a Number token. */
  readonly number: number;
  /** Where the trivia before this token starts (the end of the previous token). */
  readonly gapStart: number;
  /** Offset of the first newline, comment or comma in the preceding trivia, or -1. */
  readonly breakAt: number;
  /** The preceding trivia holds a newline or a comment: a `BR` separates this token. */
  readonly lineBreak: boolean;
  /** Documentation comment lines (`///`) that directly precede the token, joined by `\n`. */
  readonly doc: string | undefined;
}

const PUNCTUATION: Partial<Record<TokenKind, string>> = {
  [TokenKind.LBrace]: "{",
  [TokenKind.RBrace]: "}",
  [TokenKind.LBracket]: "[",
  [TokenKind.RBracket]: "]",
  [TokenKind.LParen]: "(",
  [TokenKind.RParen]: ")",
  [TokenKind.Colon]: ":",
  [TokenKind.Walrus]: ":=",
  [TokenKind.Equal]: "=",
  [TokenKind.At]: "@",
  [TokenKind.Dollar]: "$",
  [TokenKind.Pound]: "#",
  [TokenKind.Dot]: ".",
};

/** How a token kind is named in "expected …" messages: `` `{` ``, `an identifier`. */
export function describeKind(kind: TokenKind): string {
  const p = PUNCTUATION[kind];
  if (p !== undefined) return `\`${p}\``;
  switch (kind) {
    case TokenKind.Identifier:
      return "an identifier";
    case TokenKind.String:
      return "a string";
    case TokenKind.TextBlock:
      return "a text block";
    case TokenKind.Number:
      return "a number";
    case TokenKind.EOF:
      return "the end of the file";
    default:
      return "a valid token";
  }
}

/** How a token that was found is named in "… found …" messages. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case TokenKind.Identifier:
      return `\`${token.text}\``;
    case TokenKind.String:
      return `the string ${JSON.stringify(shorten(token.text))}`;
    case TokenKind.TextBlock:
      return "a text block";
    case TokenKind.Number:
      return `the number ${token.text}`;
    case TokenKind.EOF:
      return "the end of the file";
    case TokenKind.Error:
      return "an invalid token";
    default:
      return describeKind(token.kind);
  }
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
