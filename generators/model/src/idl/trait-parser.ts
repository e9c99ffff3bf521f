// Trait applications: `@id`, `@id()`, `@id(value)`, `@id(key: value, …)`, and how they are
// written onto a shape, a member or an apply.

import type { NodeValue } from "../ast.js";
import { omittedTraitValue } from "../omitted-trait-value.js";
import { pointer, type SourceLocation } from "../source-location.js";
import { parseEntries, parseNodeValue, type NodeSyntax } from "./node-syntax.js";
import { appendArrayItems, buildNodeValue } from "./node-value-builder.js";
import type { ParseContext, ParsedTrait } from "./parse-context.js";
import { TraitKeyPatch, TraitSlot, TraitValuePatch } from "./references.js";
import { parseShapeId } from "./shape-id-syntax.js";
import { TokenKind } from "./token.js";

export const DOCUMENTATION_TRAIT = "smithy.api#documentation";

/** `TraitStatements`: zero or more traits, each preceded by any whitespace. */
export function parseTraitStatements(ctx: ParseContext): ParsedTrait[] {
  const traits: ParsedTrait[] = [];
  while (ctx.stream.at(TokenKind.At)) traits.push(parseTrait(ctx));
  return traits;
}

/** One trait application; the current token is `@`. */
export function parseTrait(ctx: ParseContext): ParsedTrait {
  const { stream } = ctx;
  const at = stream.next();
  if (!stream.adjacent()) stream.failInGap("a trait name right after `@`", stream.peek().gapStart);
  const id = parseShapeId(stream, "a trait name after `@`");
  let body: NodeSyntax | undefined;
  if (stream.at(TokenKind.LParen) && stream.peek().breakAt === -1) {
    const open = stream.next();
    body = parseTraitBody(ctx, open.line, open.column);
  }
  return { id, location: ctx.location(at), body };
}

/** After `(`: nothing, a node value, or `key: value` pairs; then `)`. */
function parseTraitBody(ctx: ParseContext, line: number, column: number): NodeSyntax | undefined {
  const { stream } = ctx;
  const closeWhat = `\`)\` to close the trait opened at ${line}:${column}`;
  if (stream.at(TokenKind.RParen)) {
    stream.next();
    return undefined;
  }
  const first = stream.peek();
  const structured =
    (first.kind === TokenKind.Identifier || first.kind === TokenKind.String) &&
    stream.peek(1).kind === TokenKind.Colon;
  let body: NodeSyntax;
  if (structured) {
    const entries = parseEntries(stream, TokenKind.RParen, closeWhat);
    body = { kind: "object", entries, location: stream.location(first) };
  } else {
    body = parseNodeValue(stream);
  }
  stream.expect(TokenKind.RParen, closeWhat);
  return body;
}

/**
 * Writes `traits` into `target` (the traits object of `subject`, a source-map pointer).
 * `documentation` comes first when a doc comment preceded the traits. The same trait
 * twice: lists are concatenated and equal values are fine, anything else is a conflict.
 */
export function attachTraits(
  ctx: ParseContext,
  subject: string,
  target: Record<string, NodeValue>,
  traits: readonly ParsedTrait[],
): void {
  for (const trait of traits) {
    const slot = new TraitSlot(target, "");
    const key = ctx.references.reference(
      trait.id.text,
      trait.id.location,
      "trait",
      new TraitKeyPatch(slot, { sources: ctx.sources, subject }),
    );
    slot.key = key;
    ctx.sources.set(pointer.trait(subject, key), trait.location);
    if (Object.hasOwn(target, key)) {
      mergeTrait(ctx, subject, target, key, trait);
      continue;
    }
    if (trait.body === undefined) {
      target[key] = omittedTraitValue();
    } else {
      target[key] = null; // keep the key's position while the value is built
      target[key] = buildNodeValue(ctx, trait.body, new TraitValuePatch(slot));
    }
  }
}

/** Adds a trait the parser synthesises (documentation, default, enumValue, input …). */
export function setSyntheticTrait(
  ctx: ParseContext,
  subject: string,
  target: Record<string, NodeValue>,
  key: string,
  value: NodeValue,
  location: SourceLocation,
): void {
  if (Object.hasOwn(target, key)) {
    ctx.report(
      `Trait \`${key}\` is applied to \`${subject}\` more than once`,
      location,
      "trait-conflict",
    );
    return;
  }
  target[key] = value;
  ctx.sources.set(pointer.trait(subject, key), location);
}

function mergeTrait(
  ctx: ParseContext,
  subject: string,
  target: Record<string, NodeValue>,
  key: string,
  trait: ParsedTrait,
): void {
  const existing = target[key];
  const body = trait.body;
  if (Array.isArray(existing) && body?.kind === "array") {
    appendArrayItems(ctx, existing, body.items);
    return;
  }
  const scratch = Object.create(null) as Record<string, NodeValue>;
  attachTraitsInto(ctx, scratch, trait);
  if (JSON.stringify(scratch["v"]) === JSON.stringify(existing)) return;
  ctx.report(
    `Conflicting values for trait \`${key}\` on \`${subject}\`: it is applied more than once with different values`,
    trait.location,
    "trait-conflict",
  );
}

function attachTraitsInto(
  ctx: ParseContext,
  scratch: Record<string, NodeValue>,
  trait: ParsedTrait,
): void {
  if (trait.body === undefined) {
    scratch["v"] = {};
    return;
  }
  // Built only to compare: references recorded for it are harmless (they patch the scratch).
  scratch["v"] = buildNodeValue(ctx, trait.body, new TraitValuePatch(new TraitSlot(scratch, "v")));
}
