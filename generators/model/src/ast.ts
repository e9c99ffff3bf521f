// The Smithy JSON AST: the interchange format between loaders (IDL parser, JSON AST files,
// later the AWS service-2.json converter) and the resolver. Types follow the Smithy 2.0
// JSON AST specification; everything a loader produces is plain JSON.

/** A Smithy node value: what trait values and metadata are made of. */
export type NodeValue = null | boolean | number | string | NodeValue[] | NodeObject;
export interface NodeObject {
  [key: string]: NodeValue;
}

/** A reference to another shape, as the JSON AST writes it: `{ "target": "ns#Name" }`. */
export interface AstShapeRef {
  target: string;
}

/** A member of an aggregate shape (structure, union, enum, intEnum, list, map). */
export interface AstMember {
  target: string;
  traits?: Record<string, NodeValue>;
}

/** Every simple shape type, in the order of the Smithy 2.0 specification's table. */
export const SIMPLE_SHAPE_TYPES = [
  "blob",
  "boolean",
  "string",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
] as const;

export type SimpleShapeType = (typeof SIMPLE_SHAPE_TYPES)[number];

export type AggregateShapeType =
  "enum" | "intEnum" | "list" | "set" | "map" | "structure" | "union";
export type ServiceShapeType = "service" | "operation" | "resource";
export type ShapeType = SimpleShapeType | AggregateShapeType | ServiceShapeType;

/**
 * One shape of the JSON AST. Which properties are present depends on `type`; the JSON AST
 * also uses `"type": "apply"` for traits applied to a shape defined elsewhere.
 */
export interface AstShape {
  type: ShapeType | "apply";
  traits?: Record<string, NodeValue>;
  mixins?: AstShapeRef[];
  /** structure, union, enum, intEnum: members in declaration order. */
  members?: Record<string, AstMember>;
  /** list and set. */
  member?: AstMember;
  /** map. */
  key?: AstMember;
  value?: AstMember;
  /** operation. */
  input?: AstShapeRef;
  output?: AstShapeRef;
  errors?: AstShapeRef[];
  /** service. */
  version?: string;
  operations?: AstShapeRef[];
  resources?: AstShapeRef[];
  rename?: Record<string, string>;
  /** resource. */
  identifiers?: Record<string, AstShapeRef>;
  properties?: Record<string, AstShapeRef>;
  create?: AstShapeRef;
  put?: AstShapeRef;
  read?: AstShapeRef;
  update?: AstShapeRef;
  delete?: AstShapeRef;
  list?: AstShapeRef;
  collectionOperations?: AstShapeRef[];
}

/** A whole JSON AST document. */
export interface AstModel {
  smithy: string;
  metadata?: Record<string, NodeValue>;
  shapes: Record<string, AstShape>;
}

/** Shape types whose JSON AST form carries named `members`. */
/** A shape's members by name: `members`, or a list's `member`, a map's `key` and `value`. */
export function memberEntries(shape: AstShape): Array<[string, AstMember]> {
  const entries = Object.entries(shape.members ?? {});
  for (const name of ["member", "key", "value"] as const) {
    const member = shape[name];
    if (member) entries.push([name, member]);
  }
  return entries;
}

/** The member `name` of `shape` (`member`, `key`, `value` for lists and maps), if it has one. */
export function memberNamed(shape: AstShape, name: string): AstMember | undefined {
  if (shape.members !== undefined)
    return Object.hasOwn(shape.members, name) ? shape.members[name] : undefined;
  if (name === "member" || name === "key" || name === "value") return shape[name];
  return undefined;
}

/** A resource's lifecycle operations, in the JSON AST's order. */
export const RESOURCE_LIFECYCLE = ["create", "put", "read", "update", "delete", "list"] as const;

/** Everything a resource binds, in the JSON AST's order. */
export const RESOURCE_BINDINGS = [
  "identifiers",
  "properties",
  ...RESOURCE_LIFECYCLE,
  "operations",
  "collectionOperations",
  "resources",
] as const;

export const MEMBERED_TYPES: ReadonlySet<string> = new Set([
  "structure",
  "union",
  "enum",
  "intEnum",
]);
