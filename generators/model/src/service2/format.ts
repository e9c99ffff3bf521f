// The AWS `service-2.json` format as botocore and the AWS CLI ship it (one file per service and
// API version). Only what the converter reads is typed; every property is optional because the
// file is user input and is checked as it is read, never trusted.

/** A reference from an operation, member, list or map to a named shape, with per-use traits. */
export interface Service2Ref {
  shape?: unknown;
  documentation?: unknown;
  deprecated?: unknown;
  deprecatedMessage?: unknown;
  idempotencyToken?: unknown;
  /** Botocore's "nullable primitive": every member is nullable in Smithy 2.0 without a default. */
  box?: unknown;
  /** A string carrying JSON text: Smithy's `@mediaType("application/json")`. */
  jsonvalue?: unknown;
  timestampFormat?: unknown;
  /** HTTP binding of a member (REST protocols): `header`, `headers`, `querystring`, `uri`, `statusCode`. */
  location?: unknown;
  locationName?: unknown;
  hostLabel?: unknown;
  eventpayload?: unknown;
  eventheader?: unknown;
  streaming?: unknown;
}

export interface Service2Shape {
  type?: unknown;
  documentation?: unknown;
  deprecated?: unknown;
  deprecatedMessage?: unknown;
  sensitive?: unknown;
  /** string, blob, list, map: length bounds; integer, long, float, double: value bounds. */
  min?: unknown;
  max?: unknown;
  pattern?: unknown;
  enum?: unknown;
  timestampFormat?: unknown;
  jsonvalue?: unknown;
  streaming?: unknown;
  requiresLength?: unknown;
  /** structure */
  members?: unknown;
  required?: unknown;
  exception?: unknown;
  fault?: unknown;
  error?: unknown;
  retryable?: unknown;
  union?: unknown;
  document?: unknown;
  eventstream?: unknown;
  event?: unknown;
  payload?: unknown;
  /** list */
  member?: unknown;
  /** map */
  key?: unknown;
  value?: unknown;
}

export interface Service2Operation {
  name?: unknown;
  http?: unknown;
  input?: unknown;
  output?: unknown;
  errors?: unknown;
  documentation?: unknown;
  deprecated?: unknown;
  deprecatedMessage?: unknown;
  endpoint?: unknown;
  httpChecksumRequired?: unknown;
}

export interface Service2Metadata {
  apiVersion?: unknown;
  endpointPrefix?: unknown;
  signingName?: unknown;
  serviceId?: unknown;
  serviceAbbreviation?: unknown;
  serviceFullName?: unknown;
  protocol?: unknown;
  protocols?: unknown;
}

/** The whole document. */
export interface Service2Document {
  version?: unknown;
  metadata?: unknown;
  operations?: unknown;
  shapes?: unknown;
  documentation?: unknown;
}

/** A JSON path into the document, as keys and indexes: `["shapes", "Foo", "members", "Bar"]`. */
export type JsonPath = readonly (string | number)[];

/** `shapes.Foo.members.Bar`, with brackets for indexes and for keys that are not identifiers. */
export function formatJsonPath(path: JsonPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(document)" : out;
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own property `key` of a JSON object, never something inherited (`constructor`, `__proto__`). */
export function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
