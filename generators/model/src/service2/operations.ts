// One botocore operation → a Smithy operation of the same name: input (or `smithy.api#Unit` when
// there is none), output (likewise), errors (sorted), documentation and deprecation. REST
// protocols also get `@http`; RPC protocols (`json`, `query`) post every request to `/`, which the
// public Smithy models leave unsaid, so the conversion does too.

import type { AstShape, AstShapeRef, NodeValue } from "../ast.js";
import { api, UNIT, type ConversionContext } from "./context.js";
import { addDocumentationTraits } from "./documentation.js";
import { isObject, own, type JsonPath, type Service2Operation } from "./format.js";

export function convertOperation(
  name: string,
  operation: Service2Operation,
  ctx: ConversionContext,
): AstShape {
  const path: JsonPath = ["operations", name];
  // CloudFront's keys name the operation and each `name` adds the API version
  // (`CreateDistribution2020_05_31`); botocore and the AWS CLI use the key, and so does this.
  const versioned =
    typeof operation.name === "string" &&
    operation.name.startsWith(name) &&
    /^\d{4}_\d{2}_\d{2}$/.test(operation.name.slice(name.length));
  if (operation.name !== undefined && operation.name !== name && !versioned) {
    ctx.warning(
      `The operation's \`name\` ${JSON.stringify(operation.name)} differs from its key; the key is used`,
      [...path, "name"],
    );
  }
  const out: AstShape = {
    type: "operation",
    input: ref(operation.input, [...path, "input"], ctx),
    output: ref(operation.output, [...path, "output"], ctx),
  };
  if (operation.errors !== undefined) {
    if (!Array.isArray(operation.errors))
      ctx.error("`errors` must be an array of shape references", [...path, "errors"]);
    else {
      const errors: AstShapeRef[] = [];
      operation.errors.forEach((e, i) => {
        const target = ctx.target(e, [...path, "errors", i]);
        if (target !== undefined) errors.push({ target });
      });
      // Sorted by id, as the public AWS Smithy models list them; botocore's order means nothing.
      errors.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
      if (errors.length > 0) out.errors = errors;
    }
  }
  const traits: Record<string, NodeValue> = {};
  addDocumentationTraits(operation, traits, ctx, path);
  if (ctx.isRest) addHttpTrait(operation, traits, ctx, path);
  const hostPrefix = own(operation.endpoint, "hostPrefix");
  if (typeof hostPrefix === "string") traits[api("endpoint")] = { hostPrefix };
  if (operation.httpChecksumRequired === true) traits[api("httpChecksumRequired")] = {};
  if (Object.keys(traits).length > 0) out.traits = traits;
  return out;
}

function ref(value: unknown, path: JsonPath, ctx: ConversionContext): AstShapeRef {
  if (value === undefined) return { target: UNIT };
  return { target: ctx.target(value, path) ?? UNIT };
}

function addHttpTrait(
  operation: Service2Operation,
  traits: Record<string, NodeValue>,
  ctx: ConversionContext,
  path: JsonPath,
): void {
  const http = operation.http;
  if (!isObject(http) || typeof http.method !== "string" || typeof http.requestUri !== "string") {
    ctx.error("A REST operation needs `http` with a `method` and a `requestUri`", [
      ...path,
      "http",
    ]);
    return;
  }
  const trait: Record<string, NodeValue> = { method: http.method, uri: http.requestUri };
  if (typeof http.responseCode === "number") trait.code = http.responseCode;
  traits[api("http")] = trait;
}
