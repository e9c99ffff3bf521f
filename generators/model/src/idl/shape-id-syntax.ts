// Shape ids as written in the IDL: `Name`, `Name$member`, `a.b#Name`, `a.b#Name$member`.
// The lexer yields their parts as separate tokens; this module joins them and insists that
// they touch, reporting the exact part that is missing.

import type { SourceLocation } from "../source-location.js";
import { TokenKind } from "./token.js";
import type { TokenStream } from "./token-stream.js";

export interface WrittenShapeId {
  /** The id exactly as written. */
  readonly text: string;
  readonly namespace: string | undefined;
  readonly name: string;
  readonly member: string | undefined;
  readonly location: SourceLocation;
}

/**
 * Parses a shape id starting at the current token (which must be an identifier; whatever
 * spacing rule precedes it is the caller's business).
 * - `absoluteRoot`: a namespace, `#` and a name are required and no member (use statements).
 */
export function parseShapeId(
  stream: TokenStream,
  what: string,
  options: { absoluteRoot?: boolean } = {},
): WrittenShapeId {
  const first = stream.expect(TokenKind.Identifier, what);
  const location = stream.location(first);
  let namespace = first.text;
  let dotted = false;
  while (stream.at(TokenKind.Dot) && stream.adjacent()) {
    stream.next();
    namespace +=
      "." +
      stream.expectAdjacent(TokenKind.Identifier, "an identifier after `.` in the namespace").text;
    dotted = true;
  }
  const hasPound = stream.at(TokenKind.Pound) && stream.adjacent();
  if (!hasPound) {
    if (dotted || options.absoluteRoot)
      stream.expectAdjacent(TokenKind.Pound, "`#` after the namespace of a shape id");
    return memberPart(stream, {
      text: first.text,
      namespace: undefined,
      name: first.text,
      location,
    });
  }
  stream.next();
  const name = stream.expectAdjacent(TokenKind.Identifier, "a shape name after `#`").text;
  const root = { text: `${namespace}#${name}`, namespace, name, location };
  if (options.absoluteRoot) return { ...root, member: undefined };
  return memberPart(stream, root);
}

function memberPart(
  stream: TokenStream,
  root: { text: string; namespace: string | undefined; name: string; location: SourceLocation },
): WrittenShapeId {
  if (!(stream.at(TokenKind.Dollar) && stream.adjacent())) return { ...root, member: undefined };
  stream.next();
  const member = stream.expectAdjacent(TokenKind.Identifier, "a member name after `$`").text;
  return { ...root, text: `${root.text}$${member}`, member };
}

/** Parses a namespace (`a.b.c`) at the current token. */
export function parseNamespace(stream: TokenStream): string {
  let namespace = stream.expect(TokenKind.Identifier, "a namespace").text;
  while (stream.at(TokenKind.Dot) && stream.adjacent()) {
    stream.next();
    namespace +=
      "." +
      stream.expectAdjacent(TokenKind.Identifier, "an identifier after `.` in the namespace").text;
  }
  return namespace;
}
