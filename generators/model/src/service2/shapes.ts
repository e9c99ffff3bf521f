// One botocore shape → one Smithy shape of the same name. botocore types map one to one except:
// a string with `enum` becomes an `enum` shape, a structure with `union` a union, with
// `document` a document, with `eventstream` a `@streaming` union; exceptions get `@error`.

import type { AstMember, AstShape, NodeValue } from "../ast.js";
import { setOwn } from "../record.js";
import { addConstraintTraits } from "./constraints.js";
import { api, IDENTIFIER, UNIT, type ConversionContext } from "./context.js";
import { addDocumentationTraits } from "./documentation.js";
import { enumMemberNames } from "./enum-names.js";
import { isObject, own, type JsonPath, type Service2Shape } from "./format.js";
import { convertMember } from "./members.js";
import { timestampFormat } from "./timestamps.js";

/** botocore types that are Smithy simple types of the same name. */
const SIMPLE: ReadonlySet<string> = new Set([
  "string",
  "blob",
  "boolean",
  "integer",
  "long",
  "float",
  "double",
  "timestamp",
]);
const ALL_TYPES = [...SIMPLE, "structure", "list", "map"];

export function convertShape(
  name: string,
  shape: Service2Shape,
  ctx: ConversionContext,
): AstShape | undefined {
  const path: JsonPath = ["shapes", name];
  const type = shape.type;
  if (
    typeof type !== "string" ||
    !(SIMPLE.has(type) || type === "structure" || type === "list" || type === "map")
  ) {
    ctx.error(
      `Unknown shape type ${JSON.stringify(type)} (expected one of ${ALL_TYPES.join(", ")})`,
      [...path, "type"],
    );
    return undefined;
  }
  const traits: Record<string, NodeValue> = {};
  addDocumentationTraits(shape, traits, ctx, path);
  if (shape.sensitive === true) traits[api("sensitive")] = {};
  addConstraintTraits(shape, type, traits, ctx, path);
  let out: AstShape;
  switch (type) {
    case "structure":
      out = structure(name, shape, traits, ctx, path);
      break;
    case "list":
      out = {
        type: "list",
        member: convertMember(shape.member, [...path, "member"], ctx) ?? { target: UNIT },
      };
      break;
    case "map":
      out = {
        type: "map",
        key: convertMember(shape.key, [...path, "key"], ctx) ?? { target: UNIT },
        value: convertMember(shape.value, [...path, "value"], ctx) ?? { target: UNIT },
      };
      break;
    case "string":
      out =
        shape.enum !== undefined
          ? enumShape(shape.enum, ctx, [...path, "enum"])
          : { type: "string" };
      if (shape.jsonvalue === true) traits[api("mediaType")] = "application/json";
      break;
    default:
      out = { type: type as AstShape["type"] };
  }
  if (type === "timestamp" && shape.timestampFormat !== undefined) {
    const format = timestampFormat(shape.timestampFormat, ctx, [...path, "timestampFormat"]);
    if (format !== undefined) traits[api("timestampFormat")] = format;
  }
  if (type === "blob" && shape.streaming === true) traits[api("streaming")] = {};
  if (type === "blob" && shape.requiresLength === true) traits[api("requiresLength")] = {};
  if (Object.keys(traits).length > 0) out.traits = { ...out.traits, ...traits };
  return out;
}

function enumShape(values: unknown, ctx: ConversionContext, path: JsonPath): AstShape {
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) {
    ctx.error("`enum` must be an array of strings", path);
    return { type: "string" };
  }
  const unique = [...new Set(values as string[])];
  if (unique.length < values.length)
    ctx.warning("`enum` lists a value twice; the repetition is dropped", path);
  const names = enumMemberNames(unique);
  const members: Record<string, AstMember> = {};
  unique.forEach((value, i) =>
    setOwn(members, names[i]!, { target: UNIT, traits: { [api("enumValue")]: value } }),
  );
  return { type: "enum", members };
}

function structure(
  name: string,
  shape: Service2Shape,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  path: JsonPath,
): AstShape {
  if (shape.document === true) return { type: "document" };
  const required = requiredMembers(shape, ctx, path);
  const becomesUnion = shape.eventstream === true || shape.union === true;
  const payload = typeof shape.payload === "string" ? shape.payload : undefined;
  const members: Record<string, AstMember> = {};
  const memberEntries =
    shape.members === undefined
      ? []
      : isObject(shape.members)
        ? Object.entries(shape.members)
        : undefined;
  if (memberEntries === undefined) ctx.error("`members` must be an object", [...path, "members"]);
  for (const [memberName, ref] of memberEntries ?? []) {
    const memberPath = [...path, "members", memberName];
    if (!IDENTIFIER.test(memberName)) {
      ctx.error(
        `Invalid member name ${JSON.stringify(memberName)}: not a Smithy identifier`,
        memberPath,
      );
      continue;
    }
    const member = convertMember(ref, memberPath, ctx, {
      // A union sets exactly one member: none is `@required` in Smithy (Kinesis's
      // `SubscribeToShardEventStream`, an output event stream, lists one).
      required: !becomesUnion && required.has(memberName),
      payload: payload === memberName,
      inStructure: true,
    });
    if (member) setOwn(members, memberName, member);
  }
  for (const missing of required) {
    if (
      !Object.hasOwn(members, missing) &&
      !(isObject(shape.members) && Object.hasOwn(shape.members, missing))
    ) {
      ctx.error(`\`required\` names ${JSON.stringify(missing)}, which is not a member of ${name}`, [
        ...path,
        "required",
      ]);
    }
  }
  if (shape.exception === true || shape.fault === true) addErrorTraits(shape, traits, ctx, path);
  if (shape.eventstream === true) {
    traits[api("streaming")] = {};
    return { type: "union", members };
  }
  return { type: becomesUnion ? "union" : "structure", members };
}

function requiredMembers(
  shape: Service2Shape,
  ctx: ConversionContext,
  path: JsonPath,
): Set<string> {
  if (shape.required === undefined) return new Set();
  if (!Array.isArray(shape.required) || shape.required.some((r) => typeof r !== "string")) {
    ctx.error("`required` must be an array of member names", [...path, "required"]);
    return new Set();
  }
  return new Set(shape.required as string[]);
}

/**
 * `@error`: `server` when botocore says the fault is the service's (`fault`, or an HTTP status
 * of 500 and up without `senderFault`), `client` otherwise, the default of exceptions that say
 * nothing (most of them). `@httpError` and `@retryable` follow botocore's `error` and `retryable`.
 */
function addErrorTraits(
  shape: Service2Shape,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  path: JsonPath,
): void {
  const status = own(shape.error, "httpStatusCode");
  const senderFault = own(shape.error, "senderFault") === true;
  const server =
    shape.fault === true || (!senderFault && typeof status === "number" && status >= 500);
  traits[api("error")] = server ? "server" : "client";
  if (typeof status === "number" && Number.isInteger(status)) traits[api("httpError")] = status;
  if (shape.retryable !== undefined) {
    if (!isObject(shape.retryable))
      ctx.error("`retryable` must be an object", [...path, "retryable"]);
    else
      traits[api("retryable")] =
        typeof shape.retryable.throttling === "boolean"
          ? { throttling: shape.retryable.throttling }
          : {};
  }
}
