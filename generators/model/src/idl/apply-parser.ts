// `apply` statements: parsed in place, written once the whole file is known.
//
// An apply whose target is defined in this file is merged into that shape or member (the
// JSON AST cannot hold a shape and an `apply` under the same id). A target that is absolute
// or imported by `use` becomes an `"type": "apply"` entry under its id. Any other relative
// target becomes an entry under the placeholder `namespace#Name` with a pending reference
// (role `apply`) that renames the entry once the resolver knows the real id.

import { memberNamed, type AstShape, type NodeValue } from "../ast.js";
import { pointer, type SourceLocation } from "../source-location.js";
import { emptyRecord } from "./node-value-builder.js";
import type { ParseContext, ParsedApply, ParsedTrait } from "./parse-context.js";
import type { Patch } from "./references.js";
import { parseShapeId } from "./shape-id-syntax.js";
import { TokenKind } from "./token.js";
import { attachTraits, parseTrait, parseTraitStatements } from "./trait-parser.js";

/** `apply` SP ShapeId (Trait | "{" TraitStatements "}") BR; the current token is `apply`. */
export function parseApplyStatement(ctx: ParseContext): void {
  const { stream } = ctx;
  stream.next();
  stream.requireSpace("a shape id after `apply`");
  const target = parseShapeId(stream, "a shape id after `apply`");
  let traits: ParsedTrait[];
  if (stream.at(TokenKind.At)) {
    traits = [parseTrait(ctx)];
  } else if (stream.at(TokenKind.LBrace)) {
    const open = stream.next();
    traits = parseTraitStatements(ctx);
    stream.expect(
      TokenKind.RBrace,
      `a trait or \`}\` to close the apply block opened at ${open.line}:${open.column}`,
    );
  } else {
    return stream.fail(`a trait (\`@\`) or \`{\` after \`apply ${target.text}\``);
  }
  stream.expectLineBreak(`the apply statement`);
  ctx.applies.push({ target, traits });
}

/** Writes every apply statement of the file (see the module comment). */
export function finishApplies(ctx: ParseContext): void {
  for (const apply of ctx.applies) writeApply(ctx, apply);
}

function writeApply(ctx: ParseContext, apply: ParsedApply): void {
  const { target } = apply;
  // `apply X {}` is valid and means nothing.
  if (apply.traits.length === 0) return;
  const memberPart = target.member === undefined ? "" : `$${target.member}`;
  let absolute: string | undefined;
  let local = false;
  if (target.namespace !== undefined) {
    absolute = target.text;
    local = target.namespace === ctx.namespace && ctx.definedNames.has(target.name);
  } else {
    const used = ctx.references.imported(target.name);
    if (used !== undefined) absolute = used + memberPart;
    else if (ctx.definedNames.has(target.name)) {
      absolute = `${ctx.namespace}#${target.text}`;
      local = true;
    }
  }
  if (local && absolute !== undefined) {
    const rootId = `${ctx.namespace}#${target.name}`;
    const shape = ctx.ast.shapes[rootId];
    const holder =
      shape === undefined
        ? undefined
        : target.member === undefined
          ? shape
          : memberNamed(shape, target.member);
    if (holder !== undefined) {
      const traits = (holder.traits ??= emptyRecord<NodeValue>());
      attachTraits(ctx, absolute, traits, apply.traits);
      return;
    }
  }
  const key = absolute ?? `${ctx.namespace}#${target.text}`;
  const entry = applyEntry(ctx, key, target.location);
  attachTraits(ctx, key, entry.traits!, apply.traits);
  if (absolute === undefined) {
    ctx.references.records.push({
      namespace: ctx.namespace,
      name: target.text,
      location: target.location,
      role: "apply",
      patch: new ApplyKeyPatch(ctx.ast.shapes, key, ctx.sources),
    });
  }
}

function applyEntry(ctx: ParseContext, key: string, location: SourceLocation): AstShape {
  const existing = ctx.ast.shapes[key];
  if (existing !== undefined) {
    existing.traits ??= emptyRecord<NodeValue>();
    return existing;
  }
  const entry: AstShape = { type: "apply", traits: emptyRecord<NodeValue>() };
  ctx.ast.shapes[key] = entry;
  ctx.sources.set(pointer.shape(key), location);
  return entry;
}

/** Moves an apply entry from its placeholder id to the resolved id, merging if needed. */
class ApplyKeyPatch implements Patch {
  constructor(
    private readonly shapes: Record<string, AstShape>,
    private key: string,
    private readonly sources: Map<string, SourceLocation>,
  ) {}
  write(absoluteId: string): void {
    if (absoluteId === this.key || !Object.hasOwn(this.shapes, this.key)) {
      this.key = absoluteId;
      return;
    }
    const entry = this.shapes[this.key]!;
    // The statement's place (and its traits') move with it, for the resolver's diagnostics.
    const moved: Array<[string, string]> = [[pointer.shape(this.key), pointer.shape(absoluteId)]];
    for (const k of Object.keys(entry.traits ?? {}))
      moved.push([pointer.trait(this.key, k), pointer.trait(absoluteId, k)]);
    for (const [from, to] of moved) {
      const location = this.sources.get(from);
      if (location !== undefined && !this.sources.has(to)) this.sources.set(to, location);
    }
    delete this.shapes[this.key];
    const existing = Object.hasOwn(this.shapes, absoluteId) ? this.shapes[absoluteId] : undefined;
    if (existing === undefined) {
      this.shapes[absoluteId] = entry;
    } else {
      const traits = (existing.traits ??= emptyRecord<NodeValue>());
      for (const [k, v] of Object.entries(entry.traits ?? {}))
        if (!Object.hasOwn(traits, k)) traits[k] = v;
    }
    this.key = absoluteId;
  }
}
