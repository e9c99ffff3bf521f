// One IDL file, top to bottom: the control section, the metadata section, the namespace,
// `use` statements, then shape and apply statements. Sections must come in this order.
//
// Error recovery: a syntax error abandons the statement it is in (`SyntaxAbort`); parsing
// resumes at the next token that starts a line and can start a statement, so one run
// reports the errors of every statement. A missing or broken namespace statement stops
// the parse: every shape after it would be mis-named.

import type { Diagnostic } from "../diagnostic.js";
import type { FileLoadResult, LoadedFile, PendingReference } from "../loaded-file.js";
import { pointer } from "../source-location.js";
import { finishApplies, parseApplyStatement } from "./apply-parser.js";
import { idlVersionOf } from "./idl-1-upgrade.js";
import { lex } from "./lexer.js";
import { parseNodeValue } from "./node-syntax.js";
import { appendArrayItems, buildNodeValue } from "./node-value-builder.js";
import { ParseContext } from "./parse-context.js";
import { PropertyPatch } from "./references.js";
import { isShapeKeyword, parseShapeStatement } from "./shape-parser.js";
import { parseNamespace, parseShapeId } from "./shape-id-syntax.js";
import { TokenKind, type Token } from "./token.js";
import { SyntaxAbort, TokenStream } from "./token-stream.js";
import { parseTraitStatements } from "./trait-parser.js";

const enum Section {
  Control,
  Metadata,
  Use,
  Shapes,
}

export function parseIdlFile(text: string, file: string): FileLoadResult {
  const lexed = lex(text, file);
  const diagnostics: Diagnostic[] = [...lexed.diagnostics];
  const stream = new TokenStream(lexed.tokens, text, file, lexed.lineStarts, diagnostics);
  const ctx = new ParseContext(stream, diagnostics);
  parseStatements(ctx);
  ctx.checkRedefinitions();
  finishApplies(ctx);
  ctx.references.settleLocal(ctx.definedNames);
  const pendingReferences: PendingReference[] = [...ctx.references.pending(), ...ctx.elided];
  const loaded: LoadedFile = {
    file,
    version: ctx.version,
    ast: ctx.ast,
    sources: ctx.sources,
    pendingReferences,
  };
  return { loaded, diagnostics };
}

function parseStatements(ctx: ParseContext): void {
  const { stream } = ctx;
  let section = Section.Control;
  const controlKeys = new Set<string>();
  while (!stream.atEnd()) {
    const t = stream.peek();
    try {
      if (t.kind === TokenKind.Dollar && section === Section.Control) {
        parseControlStatement(ctx, controlKeys);
      } else if (isWord(t, "metadata") && section <= Section.Metadata) {
        section = Section.Metadata;
        parseMetadataStatement(ctx);
      } else if (section <= Section.Metadata) {
        if (!isWord(t, "namespace")) {
          stream.fail(
            "a `namespace` statement (shapes, traits and `use` statements must follow one)",
          );
        }
        section = Section.Use;
        parseNamespaceStatement(ctx);
      } else if (isWord(t, "use") && section === Section.Use) {
        parseUseStatement(ctx);
      } else {
        section = Section.Shapes;
        parseShapeOrApply(ctx);
      }
    } catch (e) {
      if (!(e instanceof SyntaxAbort)) throw e;
      if (section <= Section.Metadata && !(t.kind === TokenKind.Dollar || isWord(t, "metadata")))
        return;
      if (isWord(t, "namespace")) return;
      resync(ctx);
    }
  }
}

function isWord(t: Token, word: string): boolean {
  return t.kind === TokenKind.Identifier && t.text === word;
}

/** Skips at least one token, up to a token that begins a line and can begin a statement. */
function resync(ctx: ParseContext): void {
  const { stream } = ctx;
  const from = stream.position;
  stream.skipUntil((t, i) => i > from && t.lineBreak && startsStatement(stream.tokens, i));
}

function startsStatement(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === TokenKind.At) return t.column === 1;
  if (t.kind === TokenKind.Dollar) return t.column === 1;
  if (t.kind !== TokenKind.Identifier) return false;
  const next = tokens[i + 1];
  const nameFollows = next !== undefined && next.kind === TokenKind.Identifier && !next.lineBreak;
  if (t.text === "metadata" || t.text === "namespace" || t.text === "use" || t.text === "apply")
    return true;
  return nameFollows && isShapeKeyword(t.text);
}

/** `"$" NodeObjectKey *SP ":" *SP NodeValue BR`. */
function parseControlStatement(ctx: ParseContext, seen: Set<string>): void {
  const { stream } = ctx;
  stream.next();
  const keyToken = stream.peek();
  if (keyToken.kind !== TokenKind.Identifier && keyToken.kind !== TokenKind.String) {
    stream.fail("a control statement name after `$`");
  }
  if (!stream.adjacent())
    stream.failInGap("a control statement name right after `$`", keyToken.gapStart);
  stream.next();
  const key = keyToken.text;
  stream.expectOnLine(TokenKind.Colon, `\`:\` after \`$${key}\` on the same line`);
  stream.requireOnLine(`a value for \`$${key}\` on the same line`);
  const valueToken = stream.peek();
  const value = parseNodeValue(stream);
  stream.expectLineBreak(`the \`$${key}\` control statement`);
  const location = ctx.location(valueToken);
  if (seen.has(key)) {
    ctx.report(`Duplicate control statement \`$${key}\``, location);
    return;
  }
  seen.add(key);
  if (key === "version") {
    if (value.kind !== "string") {
      ctx.report(
        'The `$version` control statement must have a string value such as "2.0"',
        location,
      );
      return;
    }
    const version = idlVersionOf(value.value);
    if (version === undefined) {
      ctx.report(
        `Unsupported Smithy IDL version "${value.value}": this parser reads versions "1.0" and "2.0"`,
        location,
      );
      return;
    }
    ctx.version = version;
    ctx.versionDeclared = true;
  } else if (key === "operationInputSuffix" || key === "operationOutputSuffix") {
    if (value.kind !== "string") {
      ctx.report(`The \`$${key}\` control statement must have a string value`, location);
      return;
    }
    if (key === "operationInputSuffix") ctx.operationInputSuffix = value.value;
    else ctx.operationOutputSuffix = value.value;
  }
  // Unknown control statements are ignored, as the specification requires.
}

/** `"metadata" SP NodeObjectKey *SP "=" *SP NodeValue BR`. */
function parseMetadataStatement(ctx: ParseContext): void {
  const { stream } = ctx;
  stream.next();
  stream.requireSpace("a metadata key after `metadata`");
  const keyToken = stream.peek();
  if (keyToken.kind !== TokenKind.Identifier && keyToken.kind !== TokenKind.String) {
    stream.fail("a metadata key (identifier or quoted string)");
  }
  stream.next();
  const key = keyToken.text;
  stream.expectOnLine(TokenKind.Equal, `\`=\` after the metadata key \`${key}\` on the same line`);
  stream.requireOnLine(`a value for metadata \`${key}\` on the same line`);
  const value = parseNodeValue(stream);
  stream.expectLineBreak(`the metadata statement \`${key}\``);
  const metadata = ctx.metadata();
  const location = ctx.location(keyToken);
  if (Object.hasOwn(metadata, key)) {
    const existing = metadata[key];
    if (Array.isArray(existing) && value.kind === "array") {
      appendArrayItems(ctx, existing, value.items);
    } else {
      ctx.report(
        `Metadata \`${key}\` is defined twice in this file; only lists can be defined more than once`,
        location,
        "metadata-conflict",
      );
    }
    return;
  }
  metadata[key] = null;
  metadata[key] = buildNodeValue(ctx, value, new PropertyPatch(metadata, key));
  ctx.sources.set(pointer.metadata(key), location);
}

/** `"namespace" SP Namespace BR`. */
function parseNamespaceStatement(ctx: ParseContext): void {
  const { stream } = ctx;
  stream.next();
  stream.requireSpace("a namespace after `namespace`");
  const namespace = parseNamespace(stream);
  stream.expectLineBreak("the namespace statement");
  ctx.namespace = namespace;
  ctx.references.setNamespace(namespace);
}

/** `"use" SP AbsoluteRootShapeId BR`. */
function parseUseStatement(ctx: ParseContext): void {
  const { stream } = ctx;
  stream.next();
  stream.requireSpace("an absolute shape id after `use`");
  const id = parseShapeId(stream, "an absolute shape id after `use`", { absoluteRoot: true });
  if (stream.at(TokenKind.Dollar) && stream.adjacent()) {
    ctx.report(
      `A \`use\` statement imports shapes, not members: remove the \`$member\` part from \`${id.text}\``,
      stream.location(stream.peek()),
    );
    stream.fail("a line break after the use statement");
  }
  stream.expectLineBreak("the use statement");
  const conflict = ctx.references.addUse(id.name, id.text);
  if (conflict !== undefined) {
    ctx.report(
      `Cannot use \`${id.text}\`: the name \`${id.name}\` already refers to \`${conflict}\``,
      id.location,
      "use-conflict",
    );
  }
}

function parseShapeOrApply(ctx: ParseContext): void {
  const { stream } = ctx;
  const first = stream.peek();
  const doc = first.doc;
  const traits = parseTraitStatements(ctx);
  const t = stream.peek();
  if (t.kind !== TokenKind.Identifier) {
    stream.fail(
      traits.length > 0
        ? "a shape definition after the traits"
        : "a shape definition or an `apply` statement",
    );
  }
  if (isShapeKeyword(t.text)) {
    parseShapeStatement(ctx, { doc, docLocation: ctx.location(first), traits });
  } else if (t.text === "apply") {
    // Reported at `apply`, as the reference loader does: the statement is what is wrong.
    if (traits.length > 0)
      ctx.report(
        "Traits cannot precede an `apply` statement: put them after `apply <shape>`",
        ctx.location(t),
      );
    parseApplyStatement(ctx);
  } else if (t.text === "use") {
    stream.fail(
      "a shape definition: `use` statements must come before any shape or apply statement",
    );
  } else {
    ctx.report(
      `Unknown shape type \`${t.text}\`: expected one of blob, boolean, document, string, byte, short, integer, long, float, double, bigInteger, bigDecimal, timestamp, enum, intEnum, list, map, structure, union, service, operation, resource, or \`apply\``,
      ctx.location(t),
    );
    throw new SyntaxAbort();
  }
}
