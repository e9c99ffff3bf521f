// Shape statements: simple shapes, enum and intEnum, list (and 1.0 set), map, structure and
// union, with their `for` resource, `with [mixins]`, members, elided members, default
// values and enum values. Service, resource and operation bodies are in service-parser.ts.

import {
  SIMPLE_SHAPE_TYPES,
  type AstMember,
  type AstShape,
  type AstShapeRef,
  type NodeValue,
  type ShapeType,
} from "../ast.js";
import { pointer, type SourceLocation } from "../source-location.js";
import { elidedMemberReference, type ResourceBinding } from "./elided-member.js";
import { upgradeSet } from "./idl-1-upgrade.js";
import { parseNodeValue, type NodeSyntax } from "./node-syntax.js";
import { buildNodeValue, emptyRecord } from "./node-value-builder.js";
import type { ParseContext, ParsedTrait } from "./parse-context.js";
import { PropertyPatch } from "./references.js";
import { parseOperationBody, parseServiceOrResourceBody } from "./service-parser.js";
import { parseShapeId } from "./shape-id-syntax.js";
import { TokenKind, type Token } from "./token.js";
import {
  attachTraits,
  DOCUMENTATION_TRAIT,
  parseTraitStatements,
  setSyntheticTrait,
} from "./trait-parser.js";

const SIMPLE_TYPES: ReadonlySet<string> = new Set(SIMPLE_SHAPE_TYPES);
const MEMBER_TYPES: ReadonlySet<string> = new Set(["list", "set", "map", "structure", "union"]);
const SERVICE_TYPES: ReadonlySet<string> = new Set(["service", "resource", "operation"]);

export const DEFAULT_TRAIT = "smithy.api#default";
export const ENUM_VALUE_TRAIT = "smithy.api#enumValue";
export const UNIT = "smithy.api#Unit";

export function isShapeKeyword(word: string): boolean {
  return (
    SIMPLE_TYPES.has(word) ||
    MEMBER_TYPES.has(word) ||
    SERVICE_TYPES.has(word) ||
    word === "enum" ||
    word === "intEnum"
  );
}

/** What a shape statement starts with: its doc comment and traits, already parsed. */
export interface ShapeHeader {
  readonly doc: string | undefined;
  readonly docLocation: SourceLocation;
  readonly traits: ParsedTrait[];
}

/** Parses a shape statement from its type keyword (the current token) to its end (`BR`). */
export function parseShapeStatement(ctx: ParseContext, header: ShapeHeader): void {
  const { stream } = ctx;
  const keyword = stream.next();
  const type = keyword.text;
  stream.requireSpace(`a shape name after \`${type}\``);
  const nameToken = stream.expect(TokenKind.Identifier, `a shape name after \`${type}\``);
  const shape: AstShape = { type: type as ShapeType };
  const id = ctx.addShape(nameToken.text, shape, ctx.location(nameToken));
  const traits = emptyRecord<NodeValue>();
  writeShapeTraits(ctx, id, traits, header);

  if (type === "enum" || type === "intEnum")
    ctx.requireVersion2(`\`${type}\` shapes`, ctx.location(keyword));
  if (type === "set") {
    if (ctx.version === "2.0") {
      ctx.report(
        "`set` shapes cannot be used in Smithy IDL 2.0: use a `list` with the `@uniqueItems` trait",
        ctx.location(keyword),
        "idl-version",
      );
    } else {
      upgradeSet(shape, traits);
    }
  }

  let resource: ResourceBinding | undefined;
  if (MEMBER_TYPES.has(type) && stream.atIdentifier("for") && stream.peek().breakAt === -1) {
    resource = parseForResource(ctx);
  }
  const mixins = parseMixins(ctx);
  if (mixins !== undefined) shape.mixins = mixins;

  if (SIMPLE_TYPES.has(type)) {
    // nothing more
  } else if (type === "enum" || type === "intEnum") {
    shape.members = emptyRecord<AstMember>();
    parseEnumBody(ctx, id, type, shape);
  } else if (MEMBER_TYPES.has(type)) {
    if (type === "structure" || type === "union") shape.members = emptyRecord<AstMember>();
    parseMemberBody(ctx, id, type, shape, keyword, resource);
  } else if (type === "operation") {
    parseOperationBody(ctx, id, nameToken.text, shape, keyword);
  } else {
    parseServiceOrResourceBody(ctx, id, type as "service" | "resource", shape);
  }
  if (Object.keys(traits).length > 0) shape.traits = traits;
  stream.expectLineBreak(`the definition of \`${id}\``);
}

/** Documentation comment first, then the traits written before the shape. */
export function writeShapeTraits(
  ctx: ParseContext,
  subject: string,
  traits: Record<string, NodeValue>,
  header: ShapeHeader,
): void {
  if (header.doc !== undefined)
    setSyntheticTrait(ctx, subject, traits, DOCUMENTATION_TRAIT, header.doc, header.docLocation);
  attachTraits(ctx, subject, traits, header.traits);
  checkMixinTrait(ctx, header.traits);
}

/** The `@mixin` trait is 2.0 only, like the `with` syntax. */
function checkMixinTrait(ctx: ParseContext, traits: readonly ParsedTrait[]): void {
  if (ctx.version !== "1.0") return;
  for (const t of traits) {
    const isMixin =
      t.id.text === "smithy.api#mixin" ||
      (t.id.text === "mixin" &&
        (ctx.references.imported("mixin") ?? "smithy.api#mixin") === "smithy.api#mixin");
    if (isMixin) ctx.requireVersion2("Mixins (the `@mixin` trait)", t.location);
  }
}

/** `SP "for" SP ShapeId`. */
export function parseForResource(ctx: ParseContext): ResourceBinding {
  const { stream } = ctx;
  const forToken = stream.next();
  ctx.requireVersion2("Binding a shape to a resource with `for`", ctx.location(forToken));
  stream.requireSpace("a resource shape id after `for`");
  const written = parseShapeId(stream, "a resource shape id after `for`");
  const binding: ResourceBinding = { id: "" };
  binding.id = ctx.references.reference(
    written.text,
    written.location,
    "resource-binding",
    new PropertyPatch(binding as unknown as Record<string, unknown>, "id"),
  );
  return binding;
}

/**
 * `*SP "with" *WS "[" 1*(*WS ShapeId) *WS "]"`; undefined when there is no `with`. After a
 * shape name `with` must be on the same line; in an inline structure it follows the traits'
 * `*WS`, so `afterTraits` allows a line break before it.
 */
export function parseMixins(ctx: ParseContext, afterTraits = false): AstShapeRef[] | undefined {
  const { stream } = ctx;
  if (!(stream.atIdentifier("with") && (afterTraits || stream.peek().breakAt === -1)))
    return undefined;
  const withToken = stream.next();
  ctx.requireVersion2("Mixins", ctx.location(withToken));
  const open = stream.expect(TokenKind.LBracket, "`[` after `with`");
  const mixins: AstShapeRef[] = [];
  if (stream.at(TokenKind.RBracket))
    stream.fail("a mixin shape id (`with [...]` lists at least one)");
  while (!stream.at(TokenKind.RBracket)) {
    if (!stream.at(TokenKind.Identifier)) {
      stream.fail(
        `a mixin shape id or \`]\` to close the mixin list opened at ${open.line}:${open.column}`,
      );
    }
    const written = parseShapeId(stream, "a mixin shape id");
    const ref: AstShapeRef = { target: "" };
    ref.target = ctx.references.reference(
      written.text,
      written.location,
      "mixin",
      new PropertyPatch(ref as unknown as Record<string, unknown>, "target"),
    );
    mixins.push(ref);
  }
  stream.next();
  return mixins;
}

function expectBodyOpen(ctx: ParseContext, type: string, id: string): Token {
  return ctx.stream.expect(TokenKind.LBrace, `\`{\` to open the body of ${type} \`${id}\``);
}

function closeWhat(type: string, id: string, open: Token): string {
  return `\`}\` to close ${type} \`${id}\` opened at ${open.line}:${open.column}`;
}

/** The members of a list, set, map, structure or union (also inline input/output). */
export function parseMemberBody(
  ctx: ParseContext,
  id: string,
  type: string,
  shape: AstShape,
  keyword: Token,
  resource: ResourceBinding | undefined,
): void {
  const { stream } = ctx;
  const open = expectBodyOpen(ctx, type, id);
  const seen = new Set<string>();
  for (;;) {
    const first = stream.peek();
    const doc = first.doc;
    const traits = parseTraitStatements(ctx);
    if (stream.at(TokenKind.RBrace)) {
      if (traits.length > 0) stream.fail("a member name after the traits");
      break;
    }
    if (stream.atEnd()) stream.fail(closeWhat(type, id, open));
    let elided = false;
    let nameToken: Token;
    if (stream.at(TokenKind.Dollar)) {
      const dollar = stream.next();
      nameToken = stream.expectAdjacent(TokenKind.Identifier, "a member name after `$`");
      ctx.requireVersion2("Members with an elided target (`$name`)", ctx.location(dollar));
      elided = true;
    } else {
      nameToken = stream.expect(
        TokenKind.Identifier,
        `a member name or ${closeWhat(type, id, open)}`,
      );
    }
    const name = nameToken.text;
    const memberLocation = ctx.location(elided ? stream.previous() : nameToken);
    const member: AstMember = { target: "" };
    if (!elided) {
      stream.expectOnLine(TokenKind.Colon, `\`:\` after the member name \`${name}\``);
      stream.requireOnLine(`the target shape id of member \`${name}\``);
      const written = parseShapeId(stream, `the target shape id of member \`${name}\``);
      member.target = ctx.references.reference(
        written.text,
        written.location,
        "target",
        new PropertyPatch(member as unknown as Record<string, unknown>, "target"),
      );
    } else {
      ctx.elided.push(
        elidedMemberReference(ctx.namespace, id, name, memberLocation, resource, member),
      );
    }
    const memberId = pointer.member(id, name);
    const traitsObj = emptyRecord<NodeValue>();
    writeShapeTraits(ctx, memberId, traitsObj, { doc, docLocation: ctx.location(first), traits });
    const assigned = parseValueAssignment(ctx);
    if (assigned !== undefined) {
      ctx.requireVersion2("Default values (`= value`)", assigned.location);
      if (type !== "structure")
        ctx.report(
          `Default values can only be assigned to structure members, not to members of a ${type}`,
          assigned.location,
        );
      traitsObj[DEFAULT_TRAIT] = null;
      traitsObj[DEFAULT_TRAIT] = buildNodeValue(
        ctx,
        assigned.value,
        new PropertyPatch(traitsObj, DEFAULT_TRAIT),
      );
      ctx.sources.set(pointer.trait(memberId, DEFAULT_TRAIT), assigned.location);
    }
    if (Object.keys(traitsObj).length > 0) member.traits = traitsObj;
    if (seen.has(name)) {
      ctx.report(
        `Member \`${name}\` is defined twice in \`${id}\``,
        ctx.location(nameToken),
        "duplicate-member",
      );
      continue;
    }
    seen.add(name);
    ctx.sources.set(memberId, memberLocation);
    placeMember(ctx, type, shape, name, member, ctx.location(nameToken), keyword);
  }
  stream.next();
}

function placeMember(
  ctx: ParseContext,
  type: string,
  shape: AstShape,
  name: string,
  member: AstMember,
  location: SourceLocation,
  keyword: Token,
): void {
  if (type === "list" || type === "set") {
    if (name === "member") shape.member = member;
    else
      ctx.report(
        `A ${keyword.text} has a single member named \`member\`, found \`${name}\``,
        location,
      );
  } else if (type === "map") {
    if (name === "key") shape.key = member;
    else if (name === "value") shape.value = member;
    else ctx.report(`A map has members named \`key\` and \`value\`, found \`${name}\``, location);
  } else {
    shape.members![name] = member;
  }
}

/** `*SP "=" *SP NodeValue [SP] [Comma] BR`, when the current token is `=`. */
function parseValueAssignment(
  ctx: ParseContext,
): { value: NodeSyntax; location: SourceLocation } | undefined {
  const { stream } = ctx;
  if (!stream.at(TokenKind.Equal)) return undefined;
  stream.requireOnLine("`=` on the same line as the member");
  const equal = stream.next();
  stream.requireOnLine("a value after `=` on the same line");
  const value = parseNodeValue(stream);
  // The next member (or the closing brace) starts on a new line: `a: String = "x" b: String`
  // on one line is two statements run together, not two members.
  stream.expectLineBreak("an assigned value");
  return { value, location: ctx.location(equal) };
}

function parseEnumBody(
  ctx: ParseContext,
  id: string,
  type: "enum" | "intEnum",
  shape: AstShape,
): void {
  const { stream } = ctx;
  const open = expectBodyOpen(ctx, type, id);
  const members = shape.members!;
  for (;;) {
    const first = stream.peek();
    const doc = first.doc;
    const traits = parseTraitStatements(ctx);
    if (stream.at(TokenKind.RBrace)) {
      if (traits.length > 0) stream.fail("an enum member name after the traits");
      break;
    }
    if (stream.atEnd()) stream.fail(closeWhat(type, id, open));
    const nameToken = stream.expect(
      TokenKind.Identifier,
      `an enum member name or ${closeWhat(type, id, open)}`,
    );
    const name = nameToken.text;
    const memberId = pointer.member(id, name);
    const member: AstMember = { target: UNIT };
    const traitsObj = emptyRecord<NodeValue>();
    writeShapeTraits(ctx, memberId, traitsObj, { doc, docLocation: ctx.location(first), traits });
    const assigned = parseValueAssignment(ctx);
    if (assigned !== undefined) {
      const value = assigned.value;
      checkEnumValue(ctx, type, memberId, value);
      setSyntheticTrait(
        ctx,
        memberId,
        traitsObj,
        ENUM_VALUE_TRAIT,
        buildNodeValue(ctx, value, new PropertyPatch(traitsObj, ENUM_VALUE_TRAIT)),
        assigned.location,
      );
    } else if (type === "enum" && !hasEnumValueTrait(ctx, traits)) {
      traitsObj[ENUM_VALUE_TRAIT] = name;
    }
    if (Object.keys(traitsObj).length > 0) member.traits = traitsObj;
    if (Object.hasOwn(members, name)) {
      ctx.report(
        `Member \`${name}\` is defined twice in \`${id}\``,
        ctx.location(nameToken),
        "duplicate-member",
      );
      continue;
    }
    ctx.sources.set(memberId, ctx.location(nameToken));
    members[name] = member;
  }
  stream.next();
}

function hasEnumValueTrait(ctx: ParseContext, traits: readonly ParsedTrait[]): boolean {
  return traits.some(
    (t) =>
      t.id.text === ENUM_VALUE_TRAIT ||
      (t.id.text === "enumValue" &&
        (ctx.references.imported("enumValue") ?? ENUM_VALUE_TRAIT) === ENUM_VALUE_TRAIT),
  );
}

function checkEnumValue(
  ctx: ParseContext,
  type: "enum" | "intEnum",
  memberId: string,
  value: NodeSyntax,
): void {
  if (type === "enum") {
    if (value.kind !== "string")
      ctx.report(
        `\`${memberId}\`: enum members can only be assigned string values`,
        value.location,
        "enum-value",
      );
    else if (value.value === "")
      ctx.report(`\`${memberId}\`: an enum value cannot be empty`, value.location, "enum-value");
    return;
  }
  if (value.kind !== "number") {
    ctx.report(
      `\`${memberId}\`: intEnum members can only be assigned integer values`,
      value.location,
      "enum-value",
    );
  } else if (!Number.isInteger(value.value)) {
    ctx.report(
      `\`${memberId}\`: intEnum members cannot be assigned floating point values`,
      value.location,
      "enum-value",
    );
  } else if (value.value > 2147483647 || value.value < -2147483648) {
    ctx.report(
      `\`${memberId}\`: intEnum values must fit in a 32-bit integer, found ${value.value}`,
      value.location,
      "enum-value",
    );
  }
}
