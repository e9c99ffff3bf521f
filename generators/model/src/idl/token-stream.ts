// A cursor over the lexer's tokens with the IDL's three kinds of spacing rule:
// - `*WS` (anything, including newlines, comments and commas): `expect`;
// - `*SP` (spaces and tabs only, on the same line): `expectOnLine`;
// - nothing at all (the parts of a shape id, `@` and the trait name): `expectAdjacent`;
// and the statement terminator `BR`: `expectLineBreak`.
//
// A syntax error is reported once, at the exact token (or trivia) that is wrong, and then
// aborts the current statement by throwing `SyntaxAbort`; the statement loop catches it and
// resynchronises. A token the lexer already rejected is never reported a second time.

import { error, type Diagnostic } from "../diagnostic.js";
import type { SourceLocation } from "../source-location.js";
import { positionOf } from "./lexer.js";
import { describeKind, describeToken, TokenKind, type Token } from "./token.js";

/** Thrown to abandon the current statement after its error was reported. */
export class SyntaxAbort extends Error {
  constructor() {
    super("syntax error (already reported)");
  }
}

export class TokenStream {
  private index = 0;

  constructor(
    readonly tokens: readonly Token[],
    readonly text: string,
    readonly file: string,
    readonly lineStarts: readonly number[],
    readonly diagnostics: Diagnostic[],
  ) {}

  get position(): number {
    return this.index;
  }

  peek(ahead = 0): Token {
    const i = Math.min(this.index + ahead, this.tokens.length - 1);
    return this.tokens[i]!;
  }

  /** The token before the current one (the last consumed). */
  previous(): Token {
    return this.tokens[Math.max(this.index - 1, 0)]!;
  }

  next(): Token {
    const t = this.tokens[this.index]!;
    if (t.kind !== TokenKind.EOF) this.index++;
    return t;
  }

  at(kind: TokenKind): boolean {
    return this.peek().kind === kind;
  }

  atIdentifier(text: string): boolean {
    const t = this.peek();
    return t.kind === TokenKind.Identifier && t.text === text;
  }

  atEnd(): boolean {
    return this.peek().kind === TokenKind.EOF;
  }

  /** The current token touches the previous one: no whitespace in between. */
  adjacent(): boolean {
    return this.peek().gapStart === this.peek().start;
  }

  location(token: Token): SourceLocation {
    return { file: this.file, line: token.line, column: token.column };
  }

  locationAt(offset: number): SourceLocation {
    const { line, column } = positionOf(this.lineStarts, offset);
    return { file: this.file, line, column };
  }

  /** Reports an error that does not abort parsing. */
  report(message: string, at: Token | SourceLocation, code = "syntax"): void {
    const location = "kind" in at ? this.location(at) : at;
    this.diagnostics.push(error(code, message, location));
  }

  /** Reports `Expected …, found <token>` at the token, then aborts the statement. */
  fail(expected: string, token: Token = this.peek()): never {
    if (token.kind !== TokenKind.Error)
      this.report(`Expected ${expected}, found ${describeToken(token)}`, token);
    throw new SyntaxAbort();
  }

  /** Reports `Expected …, found <trivia>` at the first offending trivia character. */
  failInGap(expected: string, offset: number): never {
    this.report(
      `Expected ${expected}, found ${describeTrivia(this.text, offset)}`,
      this.locationAt(offset),
    );
    throw new SyntaxAbort();
  }

  /** `*WS` then a token of `kind`. */
  expect(kind: TokenKind, what: string = describeKind(kind)): Token {
    if (this.peek().kind !== kind) this.fail(what);
    return this.next();
  }

  /** `*SP` then a token of `kind`: a newline, comment or comma before it is an error. */
  expectOnLine(kind: TokenKind, what: string = describeKind(kind)): Token {
    this.requireOnLine(what);
    return this.expect(kind, what);
  }

  /** Fails when the trivia before the current token is more than spaces and tabs. */
  requireOnLine(what: string): void {
    const t = this.peek();
    if (t.breakAt !== -1 && t.kind !== TokenKind.Error) this.failInGap(what, t.breakAt);
  }

  /** `SP`: at least one space or tab, and nothing else, before the current token. */
  requireSpace(what: string): void {
    const t = this.peek();
    if (t.kind === TokenKind.Error) this.fail(what, t);
    if (t.breakAt !== -1) this.failInGap(what, t.breakAt);
    if (t.gapStart === t.start) this.fail(what, t);
  }

  /** A token of `kind` touching the previous token. */
  expectAdjacent(kind: TokenKind, what: string = describeKind(kind)): Token {
    const t = this.peek();
    if (t.gapStart !== t.start && t.kind !== TokenKind.Error) this.failInGap(what, t.gapStart);
    return this.expect(kind, what);
  }

  /** `BR`: the next token starts after a line break (or the file ends). */
  expectLineBreak(after: string): void {
    const t = this.peek();
    if (t.kind === TokenKind.EOF || t.lineBreak || t.kind === TokenKind.Error) return;
    this.fail(`a line break after ${after}`, t);
  }

  /** Skips tokens until `stop` says the current token is a place to resume parsing. */
  skipUntil(stop: (token: Token, index: number) => boolean): void {
    while (!this.atEnd() && !stop(this.peek(), this.index)) this.index++;
  }
}

function describeTrivia(text: string, offset: number): string {
  const c = text.charCodeAt(offset);
  if (c === 10 || c === 13) return "a line break";
  if (c === 44) return "`,`";
  if (c === 47) return "a comment";
  if (c === 32 || c === 9) return "whitespace";
  return "whitespace";
}
