// One botocore reference inside an aggregate (a structure member, a list member, a map key or
// value) → a Smithy member. Traits that describe the use, not the shape, stay on the member:
// documentation, deprecation, `@required`, `@idempotencyToken`, `@timestampFormat`, HTTP
// bindings; `box` needs nothing (a Smithy 2.0 member without `@default` is already nullable).

import type { AstMember, NodeValue } from "../ast.js";
import { setOwn } from "../record.js";
import { api, type ConversionContext } from "./context.js";
import { addDocumentationTraits } from "./documentation.js";
import type { JsonPath, Service2Ref } from "./format.js";
import { timestampFormat } from "./timestamps.js";

export interface MemberContext {
  /** Listed in the structure's `required`. */
  readonly required?: boolean;
  /** Named by the structure's `payload` (REST protocols). */
  readonly payload?: boolean;
  /** A structure or union member, where HTTP bindings and wire names apply. */
  readonly inStructure?: boolean;
}

export function convertMember(
  ref: unknown,
  path: JsonPath,
  ctx: ConversionContext,
  use: MemberContext = {},
): AstMember | undefined {
  let target = ctx.target(ref, path);
  if (target === undefined) return undefined;
  const source = ref as Service2Ref;
  const traits: Record<string, NodeValue> = {};
  addDocumentationTraits(source, traits, ctx, path);
  if (use.required) {
    setOwn(traits, api("required"), {});
    // The public AWS Smithy models mark every required member `@clientOptional`, so that a
    // service may drop `required` later without breaking clients; the conversion does the same.
    setOwn(traits, api("clientOptional"), {});
  }
  if (source.idempotencyToken === true) setOwn(traits, api("idempotencyToken"), {});
  if (source.timestampFormat !== undefined) {
    const format = timestampFormat(source.timestampFormat, ctx, [...path, "timestampFormat"]);
    if (format !== undefined) setOwn(traits, api("timestampFormat"), format);
  }
  if (source.jsonvalue === true)
    target = jsonValueTarget(source.shape as string, target, ctx, path);
  if (source.streaming === true)
    target = streamingTarget(source.shape as string, target, ctx, path);
  if (use.inStructure) addBindingTraits(source, traits, ctx, use);
  if (source.hostLabel === true) setOwn(traits, api("hostLabel"), {});
  if (source.eventpayload === true) setOwn(traits, api("eventPayload"), {});
  if (source.eventheader === true) setOwn(traits, api("eventHeader"), {});
  return Object.keys(traits).length > 0 ? { target, traits } : { target };
}

/**
 * `jsonvalue` marks a string member as carrying JSON text. Smithy says so with `@mediaType`,
 * which only a shape can carry, so the member targets a copy of its string shape named
 * `SynthesizedJson<Name>`, as the public AWS Smithy models do. The copy is made once the shape
 * itself is converted (see `convertService2`).
 */
function jsonValueTarget(
  name: string,
  target: string,
  ctx: ConversionContext,
  path: JsonPath,
): string {
  if (ctx.input.get(name)?.type !== "string") {
    ctx.warning("`jsonvalue` applies to string members only; ignored", [...path, "jsonvalue"]);
    return target;
  }
  return synthesizedCopy("SynthesizedJson", name, { [api("mediaType")]: "application/json" }, ctx);
}

/**
 * `streaming` on a member (S3's `Body`; botocore puts it on the member, Smithy on the shape):
 * the member targets a `@streaming` copy of its blob shape, `SynthesizedStreaming<Name>`, so the
 * AWS CLI's rules for streaming blobs (a file path in, an `outfile` out) follow. A shape that is
 * streaming already needs no copy.
 */
function streamingTarget(
  name: string,
  target: string,
  ctx: ConversionContext,
  path: JsonPath,
): string {
  const shape = ctx.input.get(name);
  if (shape?.type !== "blob") {
    ctx.warning("`streaming` on a member applies to blob members only; ignored", [
      ...path,
      "streaming",
    ]);
    return target;
  }
  if (shape.streaming === true) return target;
  return synthesizedCopy("SynthesizedStreaming", name, { [api("streaming")]: {} }, ctx);
}

/** The name of the copy of `name` with `traits`, made once (see `addSynthesizedShapes`). */
function synthesizedCopy(
  prefix: string,
  name: string,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
): string {
  for (const [copy, entry] of ctx.synthesizedShapes)
    if (entry.original === name && copy.startsWith(prefix)) return ctx.id(copy);
  let synthesized = `${prefix}${name}`;
  for (let n = 2; ctx.isNameTaken(synthesized); n++) synthesized = `${prefix}${name}${n}`;
  ctx.synthesizedShapes.set(synthesized, { original: name, traits });
  ctx.otherNames.add(synthesized);
  return ctx.id(synthesized);
}

/**
 * Where the member travels in an HTTP message. Only REST protocols bind members to headers,
 * query strings and labels; `locationName` elsewhere renames the member on the wire.
 */
function addBindingTraits(
  source: Service2Ref,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  use: MemberContext,
): void {
  const name = typeof source.locationName === "string" ? source.locationName : undefined;
  const location = typeof source.location === "string" ? source.location : undefined;
  if (ctx.isRest && location !== undefined) {
    switch (location) {
      case "header":
        if (name !== undefined) setOwn(traits, api("httpHeader"), name);
        return;
      case "headers":
        setOwn(traits, api("httpPrefixHeaders"), name ?? "");
        return;
      case "querystring":
        if (name !== undefined) setOwn(traits, api("httpQuery"), name);
        else setOwn(traits, api("httpQueryParams"), {});
        return;
      case "uri":
        setOwn(traits, api("httpLabel"), {});
        return;
      case "statusCode":
        setOwn(traits, api("httpResponseCode"), {});
        return;
    }
  }
  if (ctx.isRest && use.payload) setOwn(traits, api("httpPayload"), {});
  if (name !== undefined) setOwn(traits, api(ctx.isXml ? "xmlName" : "jsonName"), name);
}
