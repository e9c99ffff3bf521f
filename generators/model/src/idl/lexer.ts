// The Smithy IDL lexer: one pass over the text with char codes, producing every token up
// front (the parser looks ahead a few tokens in places) together with the lexical errors.
//
// Shape ids are not single tokens: `a.b#C$d` is Identifier Dot Identifier Pound Identifier
// Dollar Identifier, and the parser checks that the parts touch. That is how the
// reference reports errors such as "expected an identifier, found `#`" at the exact column.

import { error, type Diagnostic } from "../diagnostic.js";
import { decodeEscapes } from "./string-escapes.js";
import { textBlockValue } from "./text-block.js";
import { TokenKind, type Token } from "./token.js";

export interface LexResult {
  readonly tokens: Token[];
  readonly diagnostics: Diagnostic[];
  /** Offsets at which each line starts (index 0 is line 1). */
  readonly lineStarts: number[];
}

/** Offsets of line starts; a line ends at LF (CRLF's CR stays on the line it ends). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf("\n");
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  return starts;
}

/** 1-based line and column of an offset. */
export function positionOf(
  lineStarts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Quote = 34,
  Pound = 35,
  Dollar = 36,
  LParen = 40,
  RParen = 41,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  Equal = 61,
  At = 64,
  UpperA = 65,
  UpperE = 69,
  UpperZ = 90,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Underscore = 95,
  LowerA = 97,
  LowerE = 101,
  LowerZ = 122,
  LBrace = 123,
  RBrace = 125,
  Bom = 0xfeff,
}

function isAlpha(c: number): boolean {
  return (c >= Ch.UpperA && c <= Ch.UpperZ) || (c >= Ch.LowerA && c <= Ch.LowerZ);
}

function isDigit(c: number): boolean {
  return c >= Ch.Zero && c <= Ch.Nine;
}

function isIdentifierChar(c: number): boolean {
  return isAlpha(c) || isDigit(c) || c === Ch.Underscore;
}

const SINGLE: Partial<Record<number, TokenKind>> = {
  [Ch.LBrace]: TokenKind.LBrace,
  [Ch.RBrace]: TokenKind.RBrace,
  [Ch.LBracket]: TokenKind.LBracket,
  [Ch.RBracket]: TokenKind.RBracket,
  [Ch.LParen]: TokenKind.LParen,
  [Ch.RParen]: TokenKind.RParen,
  [Ch.Equal]: TokenKind.Equal,
  [Ch.At]: TokenKind.At,
  [Ch.Dollar]: TokenKind.Dollar,
  [Ch.Pound]: TokenKind.Pound,
  [Ch.Dot]: TokenKind.Dot,
};

export function lex(text: string, file: string): LexResult {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  const lineStarts = computeLineStarts(text);
  const n = text.length;
  let pos = text.charCodeAt(0) === Ch.Bom ? 1 : 0;
  // Line lookup walks forward with the tokens: O(1) amortised per token.
  let lineIndex = 0;
  const locate = (offset: number): { line: number; column: number } => {
    if (offset < lineStarts[lineIndex]!) return positionOf(lineStarts, offset);
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= offset) lineIndex++;
    return { line: lineIndex + 1, column: offset - lineStarts[lineIndex]! + 1 };
  };
  const report = (message: string, offset: number): void => {
    const { line, column } =
      offset < lineStarts[lineIndex]! ? positionOf(lineStarts, offset) : locate(offset);
    diagnostics.push(error("syntax", message, { file, line, column }));
  };

  let gapStart = pos;
  let breakAt = -1;
  let lineBreak = false;
  let docLines: string[] | undefined;
  // A `///` comment documents something only as the first thing on its line.
  let atLineStart = true;

  const push = (kind: TokenKind, start: number, end: number, value: string, num = 0): void => {
    const { line, column } = locate(start);
    tokens.push({
      kind,
      start,
      end,
      line,
      column,
      text: value,
      number: num,
      gapStart,
      breakAt,
      lineBreak,
      doc: docLines === undefined ? undefined : docLines.join("\n"),
    });
    gapStart = end;
    breakAt = -1;
    lineBreak = false;
    docLines = undefined;
    atLineStart = false;
  };

  while (pos < n) {
    const c = text.charCodeAt(pos);
    // ---- trivia
    if (c === Ch.Space || c === Ch.Tab) {
      pos++;
      continue;
    }
    if (c === Ch.LF || c === Ch.CR) {
      if (breakAt === -1) breakAt = pos;
      if (c === Ch.LF) {
        lineBreak = true;
        atLineStart = true;
      }
      pos++;
      continue;
    }
    if (c === Ch.Comma) {
      if (breakAt === -1) breakAt = pos;
      pos++;
      continue;
    }
    if (c === Ch.Slash && text.charCodeAt(pos + 1) === Ch.Slash) {
      if (breakAt === -1) breakAt = pos;
      lineBreak = true;
      let end = text.indexOf("\n", pos);
      if (end === -1) end = n;
      if (atLineStart && text.charCodeAt(pos + 2) === Ch.Slash) {
        let content = text.slice(pos + 3, end);
        if (content.endsWith("\r")) content = content.slice(0, -1);
        if (content.charCodeAt(0) === Ch.Space) content = content.slice(1);
        (docLines ??= []).push(content);
      }
      pos = end;
      continue;
    }

    const start = pos;
    // ---- identifiers: *"_" ALPHA *(ALPHA / DIGIT / "_")
    if (isAlpha(c) || c === Ch.Underscore) {
      while (text.charCodeAt(pos) === Ch.Underscore) pos++;
      if (!isAlpha(text.charCodeAt(pos))) {
        const found = pos < n ? `\`${text[pos]}\`` : "the end of the file";
        report(
          `Expected a letter after \`${text.slice(start, pos)}\` to form an identifier, found ${found}`,
          pos,
        );
        push(TokenKind.Error, start, pos, text.slice(start, pos));
        continue;
      }
      pos++;
      while (pos < n && isIdentifierChar(text.charCodeAt(pos))) pos++;
      push(TokenKind.Identifier, start, pos, text.slice(start, pos));
      continue;
    }
    // ---- numbers: [-] Int [Frac] [Exp]
    if (isDigit(c) || c === Ch.Minus) {
      const bad = scanNumber(text, pos);
      pos = bad.end;
      const raw = text.slice(start, pos);
      if (bad.problem !== undefined) {
        report(`Invalid number \`${raw}\`: ${bad.problem}`, start);
        push(TokenKind.Error, start, pos, raw);
      } else {
        push(TokenKind.Number, start, pos, raw, Number(raw));
      }
      continue;
    }
    // ---- strings and text blocks
    if (c === Ch.Quote) {
      if (text.charCodeAt(pos + 1) === Ch.Quote && text.charCodeAt(pos + 2) === Ch.Quote) {
        pos = lexTextBlock(start);
      } else {
        pos = lexQuoted(start);
      }
      continue;
    }
    if (c === Ch.Colon) {
      if (text.charCodeAt(pos + 1) === Ch.Equal) {
        pos += 2;
        push(TokenKind.Walrus, start, pos, ":=");
      } else {
        pos++;
        push(TokenKind.Colon, start, pos, ":");
      }
      continue;
    }
    const single = SINGLE[c];
    if (single !== undefined) {
      pos++;
      push(single, start, pos, text[start]!);
      continue;
    }
    // Anything else: one (possibly astral) character that has no place in the IDL.
    const cp = text.codePointAt(pos)!;
    const width = cp > 0xffff ? 2 : 1;
    report(`Unexpected character ${describeChar(cp)}`, pos);
    pos += width;
    push(TokenKind.Error, start, pos, text.slice(start, pos));
  }
  push(TokenKind.EOF, n, n, "");
  return { tokens, diagnostics, lineStarts };

  function lexQuoted(start: number): number {
    let i = start + 1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === Ch.Quote) break;
      i += c === Ch.Backslash ? 2 : 1;
    }
    if (i >= n) {
      report('Unclosed string: expected a closing `"` before the end of the file', n);
      push(TokenKind.Error, start, n, text.slice(start, n));
      return n;
    }
    const decoded = decodeEscapes(text.slice(start + 1, i));
    if (!decoded.ok) report(`Invalid string: ${decoded.message}`, start);
    push(TokenKind.String, start, i + 1, decoded.ok ? decoded.value : "");
    return i + 1;
  }

  function lexTextBlock(start: number): number {
    let i = start + 3;
    // Find the closing delimiter first so that a malformed opening line still resyncs.
    let close = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === Ch.Backslash) {
        i += 2;
        continue;
      }
      if (
        c === Ch.Quote &&
        text.charCodeAt(i + 1) === Ch.Quote &&
        text.charCodeAt(i + 2) === Ch.Quote
      ) {
        close = i;
        break;
      }
      i++;
    }
    if (close === -1) {
      report('Unclosed text block: expected a closing `"""` before the end of the file', n);
      push(TokenKind.Error, start, n, text.slice(start, n));
      return n;
    }
    const end = close + 3;
    let j = start + 3;
    while (j < close && (text.charCodeAt(j) === Ch.Space || text.charCodeAt(j) === Ch.Tab)) j++;
    if (close === start + 3) {
      report('Invalid text block: a text block is empty; write `""` for an empty string', start);
      push(TokenKind.Error, start, end, text.slice(start, end));
      return end;
    }
    if (text.charCodeAt(j) === Ch.CR) j++;
    if (text.charCodeAt(j) !== Ch.LF) {
      report('Invalid text block: the opening `"""` must be followed by a line break', start);
      push(TokenKind.Error, start, end, text.slice(start, end));
      return end;
    }
    const value = textBlockValue(text.slice(j + 1, close));
    if (!value.ok) report(`Invalid text block: ${value.message}`, start);
    push(TokenKind.TextBlock, start, end, value.ok ? value.value : "");
    return end;
  }
}

/** Scans a number starting at `pos`; `problem` says why it is malformed. */
function scanNumber(text: string, pos: number): { end: number; problem?: string } {
  let i = pos;
  if (text.charCodeAt(i) === Ch.Minus) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return { end: i, problem: "`-` must be followed by a digit" };
  }
  if (text.charCodeAt(i) === Ch.Zero) i++;
  else while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === Ch.Dot) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return { end: i, problem: "`.` must be followed by a digit" };
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === Ch.LowerE || e === Ch.UpperE) {
    i++;
    const s = text.charCodeAt(i);
    if (s === Ch.Plus || s === Ch.Minus) i++;
    if (!isDigit(text.charCodeAt(i)))
      return { end: i, problem: "`e`, `+` and `-` must be followed by a digit" };
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return { end: i };
}

function describeChar(cp: number): string {
  if (cp < 32 || cp === 127) return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return `\`${String.fromCodePoint(cp)}\``;
}
