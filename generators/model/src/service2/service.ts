// The service shape and the namespace. botocore has no shape for the service itself: its name,
// namespace and version come from `metadata`.
//
// Namespace: `com.amazonaws.` + the service id lowercased with everything but letters and digits
// removed, the spelling of the public AWS Smithy models (`SageMaker` → `com.amazonaws.sagemaker`,
// `Cognito Identity Provider` → `com.amazonaws.cognitoidentityprovider`). The endpoint prefix is
// not it (SageMaker's is `api.sagemaker`), so it is only a fallback after the signing name, for
// files without `serviceId`.

import type { AstShape, NodeValue } from "../ast.js";
import { api, type ConversionContext } from "./context.js";
import { isObject, type Service2Document, type Service2Metadata } from "./format.js";

/** The namespace and service name `metadata` implies, or why there is none. */
export function serviceNaming(
  metadata: Service2Metadata,
): { namespace: string; serviceName: string } | { problem: string } {
  const label = [metadata.serviceId, metadata.signingName, metadata.endpointPrefix].find(
    (v): v is string => typeof v === "string" && /[A-Za-z]/.test(v),
  );
  if (label === undefined)
    return {
      problem:
        "`metadata` needs a `serviceId`, `signingName` or `endpointPrefix` to name the namespace",
    };
  const segment = label.toLowerCase().replace(/[^a-z0-9]/g, "");
  const namespace = `com.amazonaws.${/^[0-9]/.test(segment) ? `_${segment}` : segment}`;
  const nameSource = [
    metadata.serviceId,
    metadata.serviceAbbreviation,
    metadata.serviceFullName,
  ].find((v): v is string => typeof v === "string" && /[A-Za-z]/.test(v));
  let serviceName = (nameSource ?? label).replace(/[^A-Za-z0-9_]/g, "");
  if (/^[0-9]/.test(serviceName)) serviceName = `_${serviceName}`;
  return { namespace, serviceName };
}

/** The service shape: version, every operation sorted by name, title and documentation. */
export function serviceShape(
  document: Service2Document,
  operationNames: readonly string[],
  ctx: ConversionContext,
): AstShape {
  const metadata = (isObject(document.metadata) ? document.metadata : {}) as Service2Metadata;
  const out: AstShape = {
    type: "service",
    operations: [...operationNames].sort(compare).map((name) => ({ target: ctx.id(name) })),
  };
  if (typeof metadata.apiVersion === "string") out.version = metadata.apiVersion;
  else ctx.error("`metadata.apiVersion` must be a string", ["metadata", "apiVersion"]);
  const traits: Record<string, NodeValue> = {};
  if (typeof metadata.serviceFullName === "string") traits[api("title")] = metadata.serviceFullName;
  if (typeof document.documentation === "string")
    traits[api("documentation")] = document.documentation;
  if (Object.keys(traits).length > 0) out.traits = traits;
  return out;
}

/** Code-unit order, as the rest of ShapeKit sorts ids: independent of the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
