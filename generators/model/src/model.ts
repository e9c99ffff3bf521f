// The resolved model: one immutable index over a merged, flattened JSON AST. Built once by the
// resolver and shared by every emitter; nothing in it changes after construction.

import type { AstMember, AstModel, AstShape, AstShapeRef, NodeValue, ShapeType } from "./ast.js";
import { PRELUDE_NAMESPACE, isPreludeId, shapeName, shapeNamespace } from "./shape-id.js";
import type { SourceLocation, SourceMap } from "./source-location.js";

/** Traits by absolute trait id (`smithy.api#required`), in application order. */
export type Traits = ReadonlyMap<string, NodeValue>;

/** A member of a structure, union, enum, intEnum, list (`member`) or map (`key`, `value`). */
export interface Member {
  /** `ns#Container$name`. */
  readonly id: string;
  readonly name: string;
  /** The id of the shape that holds the member. */
  readonly container: string;
  readonly target: string;
  readonly traits: Traits;
}

/** A resolved shape: mixins flattened, `apply` merged, every reference an absolute id. */
export interface Shape {
  readonly id: string;
  readonly namespace: string;
  /** The name without namespace (`CreateEndpointConfigInput`). */
  readonly name: string;
  readonly type: ShapeType;
  readonly traits: Traits;
  /** Members in model order: named members, or `member` / `key` + `value` for lists and maps. */
  readonly members: ReadonlyMap<string, Member>;
  /** The raw resolved JSON AST of the shape (service, operation and resource properties). */
  readonly ast: Readonly<AstShape>;
}

/** Shorthand for a prelude trait id: `preludeTrait("required")` → `smithy.api#required`. */
export function preludeTrait(name: string): string {
  return `${PRELUDE_NAMESPACE}#${name}`;
}

function toTraits(traits: Record<string, NodeValue> | undefined): Traits {
  return new Map(traits ? Object.entries(traits) : []);
}

function memberEntries(ast: AstShape): Array<[string, AstMember]> {
  if (ast.members) return Object.entries(ast.members);
  const out: Array<[string, AstMember]> = [];
  if (ast.member) out.push(["member", ast.member]);
  if (ast.key) out.push(["key", ast.key]);
  if (ast.value) out.push(["value", ast.value]);
  return out;
}

/**
 * The resolved model. Construct it through the resolver (`resolveModel`), which guarantees the
 * AST it wraps is flattened and valid; the constructor only indexes.
 */
export class Model {
  readonly metadata: ReadonlyMap<string, NodeValue>;
  readonly #shapes: Map<string, Shape>;
  readonly #ast: AstModel;
  readonly #sources: SourceMap;

  constructor(ast: AstModel, sources: SourceMap = new Map()) {
    this.#ast = ast;
    this.#sources = sources;
    this.metadata = new Map(Object.entries(ast.metadata ?? {}));
    this.#shapes = new Map();
    for (const [id, shapeAst] of Object.entries(ast.shapes)) {
      if (shapeAst.type === "apply") continue;
      const members = new Map<string, Member>();
      for (const [name, m] of memberEntries(shapeAst)) {
        members.set(
          name,
          Object.freeze({
            id: `${id}$${name}`,
            name,
            container: id,
            target: m.target,
            traits: toTraits(m.traits),
          }),
        );
      }
      this.#shapes.set(
        id,
        Object.freeze({
          id,
          namespace: shapeNamespace(id),
          name: shapeName(id),
          type: shapeAst.type,
          traits: toTraits(shapeAst.traits),
          members,
          ast: shapeAst,
        }),
      );
    }
  }

  /** Every shape of the model, prelude included, in id order. */
  shapes(): Shape[] {
    return [...this.#shapes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Shapes defined by the model's own files (the prelude left out), in id order. */
  ownShapes(): Shape[] {
    return this.shapes().filter((s) => !isPreludeId(s.id));
  }

  shape(id: string): Shape | undefined {
    return this.#shapes.get(id);
  }

  /** The shape, or an exception: for ids the resolver already proved to exist. */
  expectShape(id: string): Shape {
    const shape = this.#shapes.get(id);
    if (!shape) throw new Error(`Shape ${id} is not in the model`);
    return shape;
  }

  /** The member `ns#Shape$member`, if any. */
  member(memberId: string): Member | undefined {
    const dollar = memberId.indexOf("$");
    if (dollar === -1) return undefined;
    return this.#shapes.get(memberId.slice(0, dollar))?.members.get(memberId.slice(dollar + 1));
  }

  /** Where a shape, member or trait (see `pointer`) was defined, when a loader recorded it. */
  locate(pointer: string): SourceLocation | undefined {
    return this.#sources.get(pointer);
  }

  /** Every shape referenced from the roots, transitively (roots included), in discovery order. */
  closure(roots: Iterable<string>): Shape[] {
    const seen = new Set<string>();
    const out: Shape[] = [];
    const stack = [...roots].reverse();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const shape = this.#shapes.get(id);
      if (!shape) continue;
      out.push(shape);
      const next = referencedShapes(shape);
      for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i]!)) stack.push(next[i]!);
    }
    return out;
  }

  /** The resolved JSON AST this model indexes (prelude included). */
  toAst(): AstModel {
    return this.#ast;
  }
}

/** Ids a shape refers to: member targets, operation input/output/errors, service and resource bindings. */
export function referencedShapes(shape: Shape): string[] {
  const ids: string[] = [];
  for (const m of shape.members.values()) ids.push(m.target);
  const a = shape.ast;
  const refs = (r: AstShapeRef | undefined) => r && ids.push(r.target);
  const list = (rs: AstShapeRef[] | undefined) => rs?.forEach((r) => ids.push(r.target));
  refs(a.input);
  refs(a.output);
  list(a.errors);
  list(a.operations);
  list(a.resources);
  for (const r of Object.values(a.identifiers ?? {})) ids.push(r.target);
  for (const r of Object.values(a.properties ?? {})) ids.push(r.target);
  for (const key of ["create", "put", "read", "update", "delete", "list"] as const) refs(a[key]);
  list(a.collectionOperations);
  return ids;
}
