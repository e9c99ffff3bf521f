// Node values as parsed, before they become JSON: keeps where each part was written and
// which strings were unquoted shape ids, so that trait values, metadata and the bodies of
// service and resource shapes can each be turned into what they mean.
//
// Nesting is bounded (MAX_NODE_DEPTH) so that a pathological `[[[[…` reports an error
// instead of exhausting the stack.

import type { SourceLocation } from "../source-location.js";
import { parseShapeId } from "./shape-id-syntax.js";
import { TokenKind } from "./token.js";
import { SyntaxAbort, type TokenStream } from "./token-stream.js";

export const MAX_NODE_DEPTH = 256;

export type NodeSyntax =
  | {
      readonly kind: "string";
      readonly value: string;
      readonly location: SourceLocation;
      readonly textBlock: boolean;
    }
  | { readonly kind: "number"; readonly value: number; readonly location: SourceLocation }
  | { readonly kind: "boolean"; readonly value: boolean; readonly location: SourceLocation }
  | { readonly kind: "null"; readonly location: SourceLocation }
  | { readonly kind: "shapeId"; readonly value: string; readonly location: SourceLocation }
  | { readonly kind: "array"; readonly items: NodeSyntax[]; readonly location: SourceLocation }
  | { readonly kind: "object"; readonly entries: NodeEntry[]; readonly location: SourceLocation };

export interface NodeEntry {
  readonly key: string;
  readonly keyLocation: SourceLocation;
  readonly value: NodeSyntax;
}

const VALUE_START = "a node value (string, text block, number, identifier, `{` or `[`)";

/** Parses one node value at the current token (`*WS` before it is the caller's business). */
export function parseNodeValue(stream: TokenStream, depth = 0): NodeSyntax {
  const t = stream.peek();
  const location = stream.location(t);
  switch (t.kind) {
    case TokenKind.String:
    case TokenKind.TextBlock:
      stream.next();
      return { kind: "string", value: t.text, location, textBlock: t.kind === TokenKind.TextBlock };
    case TokenKind.Number:
      stream.next();
      return { kind: "number", value: t.number, location };
    case TokenKind.Identifier: {
      const next = stream.peek(1);
      const continues =
        next.start === t.end &&
        (next.kind === TokenKind.Dot ||
          next.kind === TokenKind.Pound ||
          next.kind === TokenKind.Dollar);
      if (!continues) {
        if (t.text === "true" || t.text === "false") {
          stream.next();
          return { kind: "boolean", value: t.text === "true", location };
        }
        if (t.text === "null") {
          stream.next();
          return { kind: "null", location };
        }
      }
      const id = parseShapeId(stream, "a shape id");
      return { kind: "shapeId", value: id.text, location };
    }
    case TokenKind.LBracket:
      return parseArray(stream, depth);
    case TokenKind.LBrace:
      return parseObject(stream, depth);
    default:
      return stream.fail(VALUE_START, t);
  }
}

function checkDepth(stream: TokenStream, depth: number): void {
  if (depth >= MAX_NODE_DEPTH) {
    stream.report(`Node values nest more than ${MAX_NODE_DEPTH} levels deep`, stream.peek());
    throw new SyntaxAbort();
  }
}

function parseArray(stream: TokenStream, depth: number): NodeSyntax {
  checkDepth(stream, depth);
  const open = stream.next();
  const items: NodeSyntax[] = [];
  while (!stream.at(TokenKind.RBracket)) {
    if (stream.atEnd())
      stream.fail(
        `${VALUE_START} or \`]\` to close the array opened at ${open.line}:${open.column}`,
      );
    items.push(parseNodeValue(stream, depth + 1));
  }
  stream.next();
  return { kind: "array", items, location: stream.location(open) };
}

function parseObject(stream: TokenStream, depth: number): NodeSyntax {
  checkDepth(stream, depth);
  const open = stream.next();
  const entries: NodeEntry[] = [];
  while (!stream.at(TokenKind.RBrace)) {
    const keyToken = stream.peek();
    if (keyToken.kind !== TokenKind.Identifier && keyToken.kind !== TokenKind.String) {
      stream.fail(
        `an object key (identifier or quoted string) or \`}\` to close the object opened at ${open.line}:${open.column}`,
      );
    }
    stream.next();
    stream.expect(TokenKind.Colon, `\`:\` after the object key \`${keyToken.text}\``);
    entries.push({
      key: keyToken.text,
      keyLocation: stream.location(keyToken),
      value: parseNodeValue(stream, depth + 1),
    });
  }
  stream.next();
  return { kind: "object", entries, location: stream.location(open) };
}

/** Parses `key: value` pairs up to (not including) `close`: the body of a structured trait. */
export function parseEntries(
  stream: TokenStream,
  close: TokenKind,
  closeWhat: string,
): NodeEntry[] {
  const entries: NodeEntry[] = [];
  while (!stream.at(close)) {
    const keyToken = stream.peek();
    if (keyToken.kind !== TokenKind.Identifier && keyToken.kind !== TokenKind.String) {
      stream.fail(`a key (identifier or quoted string) or ${closeWhat}`);
    }
    stream.next();
    stream.expect(TokenKind.Colon, `\`:\` after the key \`${keyToken.text}\``);
    entries.push({
      key: keyToken.text,
      keyLocation: stream.location(keyToken),
      value: parseNodeValue(stream, 1),
    });
  }
  return entries;
}
