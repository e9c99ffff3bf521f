// The bodies of operation, service and resource shapes.
//
// An operation body is its own small grammar (`input`/`output` take a shape id or an inline
// `:= { … }` structure, `errors` a list). Service and resource bodies are node objects whose
// known properties become the JSON AST properties; shape ids in them are references.

import type { AstMember, AstShape, AstShapeRef, NodeValue } from "../ast.js";
import type { SourceLocation } from "../source-location.js";
import { parseNodeValue, type NodeEntry, type NodeSyntax } from "./node-syntax.js";
import { emptyRecord } from "./node-value-builder.js";
import type { ParseContext } from "./parse-context.js";
import { PropertyPatch } from "./references.js";
import {
  parseForResource,
  parseMemberBody,
  parseMixins,
  writeShapeTraits,
} from "./shape-parser.js";
import { parseShapeId } from "./shape-id-syntax.js";
import { TokenKind, type Token } from "./token.js";
import { parseTraitStatements, setSyntheticTrait } from "./trait-parser.js";

const OPERATION_PROPERTIES = ["input", "output", "errors"];

function shapeRef(
  ctx: ParseContext,
  written: string,
  location: SourceLocation,
  role: string,
): AstShapeRef {
  const ref: AstShapeRef = { target: "" };
  ref.target = ctx.references.reference(
    written,
    location,
    role,
    new PropertyPatch(ref as unknown as Record<string, unknown>, "target"),
  );
  return ref;
}

export function parseOperationBody(
  ctx: ParseContext,
  id: string,
  name: string,
  shape: AstShape,
  keyword: Token,
): void {
  const { stream } = ctx;
  const open = stream.expect(TokenKind.LBrace, `\`{\` to open the body of operation \`${id}\``);
  const seen = new Set<string>();
  while (!stream.at(TokenKind.RBrace)) {
    if (stream.atEnd())
      stream.fail(`\`}\` to close operation \`${id}\` opened at ${open.line}:${open.column}`);
    const key = stream.expect(
      TokenKind.Identifier,
      `\`input\`, \`output\`, \`errors\` or \`}\` in operation \`${id}\``,
    );
    if (!OPERATION_PROPERTIES.includes(key.text)) {
      ctx.report(
        `Unknown property \`${key.text}\` in operation \`${id}\`: an operation has \`input\`, \`output\` and \`errors\``,
        ctx.location(key),
      );
      stream.expect(TokenKind.Colon, `\`:\` after \`${key.text}\``);
      parseNodeValue(stream);
      continue;
    }
    if (seen.has(key.text)) {
      ctx.report(`Duplicate operation property \`${key.text}\` in \`${id}\``, ctx.location(key));
    }
    seen.add(key.text);
    if (key.text === "errors") {
      stream.expect(TokenKind.Colon, "`:` after `errors`");
      const openList = stream.expect(TokenKind.LBracket, "`[` to start the list of errors");
      const errors: AstShapeRef[] = [];
      while (!stream.at(TokenKind.RBracket)) {
        if (!stream.at(TokenKind.Identifier))
          stream.fail(
            `an error shape id or \`]\` to close the list opened at ${openList.line}:${openList.column}`,
          );
        const written = parseShapeId(stream, "an error shape id");
        errors.push(shapeRef(ctx, written.text, written.location, "error"));
      }
      stream.next();
      shape.errors = errors;
      continue;
    }
    const property = key.text as "input" | "output";
    if (stream.at(TokenKind.Walrus)) {
      const walrus = stream.next();
      ctx.requireVersion2("Inline operation input and output (`:=`)", ctx.location(walrus));
      const suffix = property === "input" ? ctx.operationInputSuffix : ctx.operationOutputSuffix;
      const inlineName = name + suffix;
      const first = stream.peek();
      const header = {
        doc: first.doc,
        docLocation: ctx.location(first),
        traits: parseTraitStatements(ctx),
      };
      const inline: AstShape = { type: "structure" };
      const inlineId = ctx.addShape(inlineName, inline, ctx.location(walrus));
      const traits = emptyRecord<NodeValue>();
      writeShapeTraits(ctx, inlineId, traits, header);
      setSyntheticTrait(
        ctx,
        inlineId,
        traits,
        `smithy.api#${property}`,
        emptyRecord<NodeValue>(),
        ctx.location(walrus),
      );
      // `input := for Resource with [Mixin] { ... }`: the binding and mixins may follow the traits.
      const resource = stream.atIdentifier("for") ? parseForResource(ctx) : undefined;
      const mixins = parseMixins(ctx, true);
      if (mixins !== undefined) inline.mixins = mixins;
      inline.members = emptyRecord<AstMember>();
      parseMemberBody(ctx, inlineId, "structure", inline, keyword, resource);
      inline.traits = traits;
      shape[property] = { target: inlineId };
    } else {
      stream.expect(TokenKind.Colon, `\`:\` or \`:=\` after \`${property}\``);
      const written = parseShapeId(stream, `the ${property} shape id`);
      shape[property] = shapeRef(ctx, written.text, written.location, property);
    }
  }
  stream.next();
}

const SERVICE_LISTS = ["operations", "resources", "errors"] as const;
const RESOURCE_SINGLE = ["create", "put", "read", "update", "delete", "list"] as const;
const RESOURCE_LISTS = ["operations", "collectionOperations", "resources"] as const;

export function parseServiceOrResourceBody(
  ctx: ParseContext,
  id: string,
  type: "service" | "resource",
  shape: AstShape,
): void {
  const { stream } = ctx;
  if (!stream.at(TokenKind.LBrace)) stream.fail(`\`{\` to open the body of ${type} \`${id}\``);
  const body = parseNodeValue(stream);
  if (body.kind !== "object") return;
  const seen = new Set<string>();
  for (const entry of body.entries) {
    if (seen.has(entry.key)) {
      ctx.report(`Duplicate property \`${entry.key}\` in ${type} \`${id}\``, entry.keyLocation);
      continue;
    }
    seen.add(entry.key);
    if (type === "service") serviceProperty(ctx, id, shape, entry);
    else resourceProperty(ctx, id, shape, entry);
  }
}

function serviceProperty(ctx: ParseContext, id: string, shape: AstShape, entry: NodeEntry): void {
  const { key, value } = entry;
  if (key === "version") {
    if (value.kind === "string") shape.version = value.value;
    else ctx.report(`\`version\` of service \`${id}\` must be a string`, value.location);
  } else if ((SERVICE_LISTS as readonly string[]).includes(key)) {
    shape[key as (typeof SERVICE_LISTS)[number]] = refList(ctx, id, key, value);
  } else if (key === "rename") {
    const rename = emptyRecord<string>();
    if (value.kind !== "object")
      ctx.report(`\`rename\` of service \`${id}\` must be an object`, value.location);
    else {
      for (const e of value.entries) {
        if (e.value.kind === "string") rename[e.key] = e.value.value;
        else ctx.report(`\`rename\` values of service \`${id}\` must be strings`, e.value.location);
      }
    }
    shape.rename = rename;
  } else {
    ctx.report(
      `Unknown property \`${key}\` in service \`${id}\`: expected version, operations, resources, errors or rename`,
      entry.keyLocation,
    );
  }
}

function resourceProperty(ctx: ParseContext, id: string, shape: AstShape, entry: NodeEntry): void {
  const { key, value } = entry;
  if (key === "identifiers" || key === "properties") {
    if (key === "properties") ctx.requireVersion2("Resource `properties`", entry.keyLocation);
    const out = emptyRecord<AstShapeRef>();
    if (value.kind !== "object")
      ctx.report(`\`${key}\` of resource \`${id}\` must be an object of shape ids`, value.location);
    else {
      for (const e of value.entries) {
        const ref = singleRef(ctx, id, `${key}.${e.key}`, e.value);
        if (ref !== undefined) out[e.key] = ref;
      }
    }
    shape[key] = out;
  } else if ((RESOURCE_SINGLE as readonly string[]).includes(key)) {
    const ref = singleRef(ctx, id, key, value);
    if (ref !== undefined) shape[key as (typeof RESOURCE_SINGLE)[number]] = ref;
  } else if ((RESOURCE_LISTS as readonly string[]).includes(key)) {
    shape[key as (typeof RESOURCE_LISTS)[number]] = refList(ctx, id, key, value);
  } else {
    ctx.report(
      `Unknown property \`${key}\` in resource \`${id}\`: expected identifiers, properties, create, put, read, update, delete, list, operations, collectionOperations or resources`,
      entry.keyLocation,
    );
  }
}

// Quoted shape ids are accepted too (`read: "GetThing"`), as long as they are shape ids.
const QUOTED_SHAPE_ID =
  /^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*#)?[A-Za-z_][A-Za-z0-9_]*$/;

function singleRef(
  ctx: ParseContext,
  id: string,
  what: string,
  value: NodeSyntax,
): AstShapeRef | undefined {
  if (value.kind === "shapeId") return shapeRef(ctx, value.value, value.location, what);
  if (value.kind === "string" && QUOTED_SHAPE_ID.test(value.value))
    return shapeRef(ctx, value.value, value.location, what);
  ctx.report(`\`${what}\` of \`${id}\` must be a shape id`, value.location);
  return undefined;
}

function refList(ctx: ParseContext, id: string, what: string, value: NodeSyntax): AstShapeRef[] {
  if (value.kind !== "array") {
    ctx.report(`\`${what}\` of \`${id}\` must be a list of shape ids`, value.location);
    return [];
  }
  const out: AstShapeRef[] = [];
  for (const item of value.items) {
    const ref = singleRef(ctx, id, what, item);
    if (ref !== undefined) out.push(ref);
  }
  return out;
}
