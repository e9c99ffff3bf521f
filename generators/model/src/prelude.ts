// The Smithy 2.0 prelude (`smithy.api`): the simple shapes every model can use by relative name
// and the definitions of the core traits, as our own JSON AST data written from the Smithy 2.0
// specification. Trait definitions carry the value shape the spec gives each trait, so that a
// trait application can be checked like any other value, and the spec's selector, which the
// resolver evaluates where it can (resolve/trait-placement.ts). A selector is never narrower
// than the spec's; where the spec's uses syntax the resolver does not evaluate, the trait's
// placement is not checked, or a looser selector stands in.

import { cloneNode } from "./node-value.js";
import type { AstMember, AstModel, AstShape, NodeValue } from "./ast.js";
import type { LoadedFile } from "./loaded-file.js";
import { PRELUDE_NAMESPACE } from "./shape-id.js";

/** The file name prelude diagnostics and source locations use. */
export const PRELUDE_FILE = "<smithy prelude>";

const api = (name: string): string => `${PRELUDE_NAMESPACE}#${name}`;
const member = (target: string, traits?: Record<string, NodeValue>): AstMember =>
  traits ? { target: api(target), traits } : { target: api(target) };
const required = (target: string): AstMember => member(target, { [api("required")]: {} });

/** A trait definition: the value shape with `@trait(...)`, plus any further traits. */
function traitShape(
  shape: AstShape,
  trait: NodeValue = {},
  more: Record<string, NodeValue> = {},
): AstShape {
  return { ...shape, traits: { [api("trait")]: trait, ...more } };
}
/** An annotation trait: a structure without members, applied as `@name`. */
const annotation = (selector?: string, more?: Record<string, NodeValue>): AstShape =>
  traitShape({ type: "structure", members: {} }, selector ? { selector } : {}, more);
const stringTrait = (selector?: string): AstShape =>
  traitShape({ type: "string" }, selector ? { selector } : {});
const structureTrait = (members: Record<string, AstMember>, selector?: string): AstShape =>
  traitShape({ type: "structure", members }, selector ? { selector } : {});
const listTrait = (target: string, selector?: string): AstShape =>
  traitShape({ type: "list", member: member(target) }, selector ? { selector } : {});
/** A helper shape of the prelude that models should not target (it only types trait values). */
const helper = (shape: AstShape): AstShape => ({
  ...shape,
  traits: { ...shape.traits, [api("private")]: {} },
});
const enumOf = (values: string[]): Record<string, AstMember> =>
  Object.fromEntries(
    values.map((v) => [
      v.toUpperCase().replace(/-/g, "_"),
      member("Unit", { [api("enumValue")]: v }),
    ]),
  );

const AUTH_DEFINITION = { [api("authDefinition")]: {} };

const SHAPES: Record<string, AstShape> = {
  // Simple shapes. The `Primitive*` shapes keep the zero defaults that IDL 1.0 gave them.
  String: { type: "string" },
  Blob: { type: "blob" },
  BigInteger: { type: "bigInteger" },
  BigDecimal: { type: "bigDecimal" },
  Timestamp: { type: "timestamp" },
  Document: { type: "document" },
  Boolean: { type: "boolean" },
  PrimitiveBoolean: { type: "boolean", traits: { [api("default")]: false } },
  Byte: { type: "byte" },
  PrimitiveByte: { type: "byte", traits: { [api("default")]: 0 } },
  Short: { type: "short" },
  PrimitiveShort: { type: "short", traits: { [api("default")]: 0 } },
  Integer: { type: "integer" },
  PrimitiveInteger: { type: "integer", traits: { [api("default")]: 0 } },
  Long: { type: "long" },
  PrimitiveLong: { type: "long", traits: { [api("default")]: 0 } },
  Float: { type: "float" },
  PrimitiveFloat: { type: "float", traits: { [api("default")]: 0 } },
  Double: { type: "double" },
  PrimitiveDouble: { type: "double", traits: { [api("default")]: 0 } },
  Unit: { type: "structure", members: {}, traits: { [api("unitType")]: {} } },

  // Helper shapes for structured trait values.
  StringList: helper({ type: "list", member: member("String") }),
  StringMap: helper({ type: "map", key: member("String"), value: member("String") }),
  EnumDefinition: helper({
    type: "structure",
    members: {
      value: required("String"),
      name: member("String"),
      documentation: member("String"),
      tags: member("StringList"),
      deprecated: member("Boolean"),
    },
  }),
  Example: helper({
    type: "structure",
    members: {
      title: required("String"),
      documentation: member("String"),
      input: member("Document"),
      output: member("Document"),
      error: member("ExampleError"),
      allowConstraintErrors: member("Boolean"),
    },
  }),
  ExampleError: helper({
    type: "structure",
    members: { shapeId: member("String"), content: member("Document") },
  }),
  Reference: helper({
    type: "structure",
    members: {
      resource: required("String"),
      ids: member("StringMap"),
      service: member("String"),
      rel: member("String"),
    },
  }),
  TraitValidator: helper({
    type: "structure",
    members: {
      selector: required("String"),
      message: member("String"),
      severity: member("String"),
    },
  }),
  TraitDiffRule: helper({
    type: "structure",
    members: {
      path: member("String"),
      change: required("String"),
      severity: member("String"),
      message: member("String"),
    },
  }),
  TraitDiffRules: helper({ type: "list", member: member("TraitDiffRule") }),

  // Trait definitions (Smithy 2.0 specification, chapters 4 to 14).
  trait: structureTrait(
    {
      selector: member("String"),
      structurallyExclusive: member("String"),
      conflicts: member("StringList"),
      breakingChanges: member("TraitDiffRules"),
    },
    ":is(simpleType, list, map, structure, union)",
  ),
  addedDefault: annotation("structure > member"),
  auth: listTrait("String", ":is(service, operation)"),
  authDefinition: structureTrait({ traits: member("StringList") }, "[trait|trait]"),
  box: annotation(
    ":test(boolean, byte, short, integer, long, float, double, member > :test(boolean, byte, short, integer, long, float, double))",
  ),
  clientOptional: annotation("structure > member"),
  cors: structureTrait(
    {
      origin: member("String"),
      maxAge: member("Integer"),
      additionalAllowedHeaders: member("StringList"),
      additionalExposedHeaders: member("StringList"),
    },
    "service",
  ),
  default: traitShape(
    { type: "document" },
    {
      selector:
        ":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))",
    },
  ),
  deprecated: structureTrait({ message: member("String"), since: member("String") }),
  documentation: stringTrait(),
  endpoint: structureTrait({ hostPrefix: required("String") }, "operation"),
  enum: listTrait("EnumDefinition", "string"),
  enumValue: traitShape({ type: "document" }, { selector: ":is(enum, intEnum) > member" }),
  error: traitShape(
    { type: "enum", members: enumOf(["client", "server"]) },
    { selector: "structure" },
  ),
  eventHeader: annotation("structure > member"),
  eventPayload: annotation("structure > member"),
  examples: listTrait("Example", "operation"),
  externalDocumentation: traitShape({
    type: "map",
    key: member("String"),
    value: member("String"),
  }),
  hostLabel: annotation("structure > member"),
  http: structureTrait(
    {
      method: required("String"),
      uri: required("String"),
      code: member("Integer", { [api("default")]: 200 }),
    },
    "operation",
  ),
  httpApiKeyAuth: traitShape(
    {
      type: "structure",
      members: { name: required("String"), in: required("String"), scheme: member("String") },
    },
    { selector: "service" },
    AUTH_DEFINITION,
  ),
  httpBasicAuth: annotation("service", AUTH_DEFINITION),
  httpBearerAuth: annotation("service", AUTH_DEFINITION),
  httpChecksumRequired: annotation("operation"),
  httpDigestAuth: annotation("service", AUTH_DEFINITION),
  httpError: traitShape({ type: "integer" }, { selector: "structure [trait|error]" }),
  httpHeader: stringTrait("structure > member"),
  httpLabel: annotation("structure > member"),
  httpPayload: annotation("structure > member"),
  httpPrefixHeaders: stringTrait("structure > member"),
  httpQuery: stringTrait("structure > member"),
  httpQueryParams: annotation("structure > member"),
  httpResponseCode: annotation("structure > member"),
  idRef: structureTrait(
    {
      failWhenMissing: member("Boolean"),
      selector: member("String"),
      errorMessage: member("String"),
    },
    ":test(string, member > string)",
  ),
  idempotencyToken: annotation("structure > member :test(> string)"),
  idempotent: structureTrait(
    // The errors a create (`exists`) or delete (`notFound`) operation returns when called again.
    { exists: member("StringList"), notFound: member("StringList") },
    "operation",
  ),
  input: annotation("structure"),
  internal: annotation(),
  jsonName: stringTrait(":is(structure, union) > member"),
  length: structureTrait({ min: member("Long"), max: member("Long") }),
  longPoll: traitShape(
    {
      type: "structure",
      members: {
        timeoutMillis: member("Integer", { [api("required")]: {}, [api("range")]: { min: 1 } }),
      },
    },
    { selector: "operation" },
    { [api("unstable")]: {} },
  ),
  mediaType: stringTrait(":is(blob, string)"),
  metadata: structureTrait(
    // Types the value of the metadata key `key` by the shape it is applied to.
    { key: member("String", { [api("required")]: {}, [api("length")]: { min: 1 } }) },
    "dataType :not([trait|input]) :not([trait|output])",
  ),
  mixin: structureTrait({ localTraits: member("StringList") }, ":not(member)"),
  nestedProperties: annotation("structure > member"),
  noReplace: annotation("resource"),
  notProperty: annotation(":is(operation -[input, output]-> structure > member, [trait|trait])"),
  optionalAuth: annotation("operation"),
  output: annotation("structure"),
  paginated: structureTrait(
    {
      inputToken: member("String"),
      outputToken: member("String"),
      items: member("String"),
      pageSize: member("String"),
    },
    ":is(operation, service)",
  ),
  pattern: stringTrait(),
  private: annotation(),
  property: structureTrait({ name: member("String") }, "structure > member"),
  protocolDefinition: structureTrait(
    { traits: member("StringList"), noInlineDocumentSupport: member("Boolean") },
    "[trait|trait]",
  ),
  range: structureTrait({ min: member("BigDecimal"), max: member("BigDecimal") }),
  readonly: annotation("operation"),
  recommended: structureTrait({ reason: member("String") }, "structure > member"),
  references: listTrait("Reference", ":is(structure, string)"),
  requestCompression: structureTrait({ encodings: member("StringList") }, "operation"),
  required: annotation("structure > member"),
  requiresLength: annotation("blob [trait|streaming]"),
  resourceIdentifier: stringTrait("structure > member :test(> string)"),
  retryable: structureTrait({ throttling: member("Boolean") }, "structure [trait|error]"),
  sensitive: annotation(),
  since: stringTrait(),
  sparse: annotation(":is(list, map)"),
  streaming: annotation(":is(blob, union)"),
  suppress: listTrait("String"),
  tags: listTrait("String"),
  timestampFormat: traitShape({
    type: "enum",
    members: enumOf(["date-time", "epoch-seconds", "http-date"]),
  }),
  title: stringTrait(),
  traitValidators: traitShape(
    { type: "map", key: member("String"), value: member("TraitValidator") },
    { selector: "[trait|trait]" },
  ),
  uniqueItems: annotation("list"),
  unitType: annotation("[id=smithy.api#Unit]"),
  unstable: annotation(),
  xmlAttribute: annotation("structure > member"),
  xmlFlattened: annotation(":is(structure, union) > :test(member > :test(list, map))"),
  xmlName: stringTrait(),
  xmlNamespace: structureTrait({ uri: required("String"), prefix: member("String") }),
};

/** The prelude as a JSON AST document (a fresh copy each call: the resolver may patch it). */
export function preludeAst(): AstModel {
  return cloneNode({
    smithy: "2.0",
    shapes: Object.fromEntries(Object.entries(SHAPES).map(([name, shape]) => [api(name), shape])),
  });
}

/** The prelude as a loaded file, merged first by the resolver. */
export function preludeFile(): LoadedFile {
  return {
    file: PRELUDE_FILE,
    version: "2.0",
    ast: preludeAst(),
    sources: new Map(),
    pendingReferences: [],
  };
}

/** Ids of every prelude shape, for relative-name resolution. */
export const PRELUDE_SHAPE_IDS: ReadonlySet<string> = new Set(Object.keys(SHAPES).map(api));
