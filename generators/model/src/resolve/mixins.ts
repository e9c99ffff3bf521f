// Mixin flattening, `apply` and elided members, shape by shape in dependency order (a mixin is
// flattened before the shapes that use it, so chains of mixins compose):
// - members: inherited members come first, in mixin order, then the shape's own new members;
//   redefining an inherited member is allowed with the same target and overrides its traits;
//   two mixins (or a mixin and the shape) giving one member different targets is a conflict;
// - traits: every mixin trait is inherited except `@mixin` itself and its `localTraits`; the
//   shape's own traits override inherited ones;
// - operations, services and resources inherit their properties (errors and operation lists
//   concatenate, mixin entries first);
// - `apply` to a shape or member acts as a local trait of that shape or member, so it also works
//   on members a shape only gets from a mixin, and flows on to the shapes that mix it in;
// - `$name` members get their target from the bound resource (identifiers, then properties),
//   else from the inherited member of that name.
// Mixin shapes themselves stay in the table until the model is built, for error messages.

import type { AstMember, AstShape, AstShapeRef, NodeValue } from "../ast.js";
import { MEMBERED_TYPES, RESOURCE_LIFECYCLE } from "../ast.js";
import { cloneNode, isNodeObject } from "../node-value.js";
import { getOwn, recordFromEntries, setOwn } from "../record.js";
import { isPreludeId } from "../shape-id.js";
import { pointer } from "../source-location.js";
import { applyTraits, groupApplications } from "./apply.js";
import type { Application, ElidedMember, ResolveContext, ShapeEntry } from "./context.js";

const MIXIN = "smithy.api#mixin";
/** How deep shapes may mix in mixins that mix in mixins: far past any real model, well within the stack. */
const MAX_MIXIN_DEPTH = 256;
const LIST_MEMBERS = ["member"];
const MAP_MEMBERS = ["key", "value"];

interface InheritedMember {
  readonly target: string;
  /** Where it came from: `ns#Mixin$name`, for conflict messages. */
  readonly from: string;
  traits: Record<string, NodeValue>;
}

export function flattenMixins(ctx: ResolveContext): void {
  new Flattener(ctx).run();
}

/** True when a shape is marked `@mixin`. */
export function isMixin(shape: AstShape): boolean {
  return shape.traits !== undefined && Object.hasOwn(shape.traits, MIXIN);
}

class Flattener {
  readonly #state = new Map<string, "visiting" | "done">();
  /** How many `#flatten` calls are under way (see MAX_MIXIN_DEPTH), and whether one hit the limit. */
  #depth = 0;
  #tooDeep = false;
  readonly #applications: Map<string, Application[]>;
  readonly #elided = new Map<string, ElidedMember[]>();
  /** The valid `for` resource of each shape that has one. */
  readonly #resources = new Map<string, string>();
  /** Shapes whose `for` clause is wrong (reported once; their elided members are not). */
  readonly #badBindings = new Set<string>();

  constructor(readonly ctx: ResolveContext) {
    this.#applications = groupApplications(ctx.applications);
    for (const e of ctx.elided) {
      const list = this.#elided.get(e.container);
      if (list) list.push(e);
      else this.#elided.set(e.container, [e]);
    }
  }

  run(): void {
    // The prelude is shared by every model: `apply` may not change it (the reference loader
    // refuses too), so those applications are reported and dropped before anything runs.
    for (const [target, applications] of this.#applications) {
      if (!isPreludeId(target)) continue;
      for (const a of applications)
        this.ctx.error(
          "apply-to-prelude",
          `Cannot apply traits to ${target}: shapes of the prelude (smithy.api) cannot be changed`,
          a.location,
        );
      this.#applications.delete(target);
    }
    for (const id of this.ctx.shapes.keys()) this.#flatten(id);
    for (const e of this.ctx.elided) {
      if (!this.ctx.shapes.has(e.container)) {
        this.ctx.error(
          "elided-member",
          `Elided member $${e.member} belongs to no known shape ${e.container}`,
          e.location,
        );
      }
    }
    // Applications whose target shape does not exist at all (members are checked per shape).
    for (const [target, applications] of this.#applications) {
      const container = target.split("$")[0]!;
      if (!this.ctx.shapes.has(container)) {
        for (const a of applications) {
          this.ctx.error(
            "apply-unknown-shape",
            `Cannot apply traits to ${target}: no such shape is defined`,
            a.location,
          );
        }
      }
    }
  }

  #flatten(id: string): void {
    const state = this.#state.get(id);
    if (state === "done") return;
    const entry = this.ctx.shapes.get(id);
    if (!entry) return;
    if (this.#depth >= MAX_MIXIN_DEPTH) {
      // Flattening recurses through the mixins a shape uses: a hostile chain of thousands
      // would exhaust the stack. Reported once, at the shape where the limit is reached.
      if (!this.#tooDeep)
        this.ctx.error(
          "mixin-depth",
          `Mixins nest more than ${MAX_MIXIN_DEPTH} levels deep (at ${id}): a shape's mixins, their mixins and so on may not go deeper`,
          entry.location,
        );
      this.#tooDeep = true;
      this.#state.set(id, "done");
      return;
    }
    this.#depth++;
    try {
      this.#flattenEntry(id, entry, state);
    } finally {
      this.#depth--;
    }
  }

  #flattenEntry(id: string, entry: ShapeEntry, state: "visiting" | "done" | undefined): void {
    if (state === "visiting") {
      this.ctx.error(
        "mixin-cycle",
        `Mixin cycle: ${id} mixes itself in, directly or through other mixins`,
        entry.location,
      );
      return;
    }
    this.#state.set(id, "visiting");
    const mixins = this.#mixinsOf(entry);
    const resource = this.#boundResource(entry);
    if (resource) {
      this.#flatten(resource);
      this.#resources.set(id, resource);
    }
    this.#flattenShape(entry, mixins);
    delete entry.ast.mixins;
    this.#state.set(id, "done");
  }

  /** The valid mixins of a shape, flattened first; problems with the list are reported here. */
  #mixinsOf(entry: ShapeEntry): ShapeEntry[] {
    const out: ShapeEntry[] = [];
    const wrongType: string[] = [];
    for (const ref of entry.ast.mixins ?? []) {
      const mixin = this.ctx.shapes.get(ref.target);
      const location = this.ctx.locate(`${entry.id}>mixin.${ref.target}`, entry.location);
      if (!mixin) {
        this.ctx.error(
          "unresolved-mixin",
          `Mixin ${ref.target} of ${entry.id} is not defined`,
          location,
        );
        continue;
      }
      if (!isMixin(mixin.ast)) {
        this.ctx.error(
          "not-a-mixin",
          `${entry.id} uses ${ref.target} as a mixin, but it is not marked @mixin`,
          location,
        );
        continue;
      }
      if (mixin.ast.type !== entry.ast.type) {
        wrongType.push(ref.target);
        continue;
      }
      this.#flatten(ref.target);
      if (this.#state.get(ref.target) !== "done") continue;
      out.push(mixin);
    }
    if (wrongType.length > 0) {
      this.ctx.error(
        "mixin-type",
        `Mixins may only be mixed into shapes of the same type; these mixins of the ${entry.ast.type} ${entry.id} are not ${entry.ast.type} shapes: ${wrongType.join(", ")}`,
        entry.location,
      );
    }
    return out;
  }

  #flattenShape(entry: ShapeEntry, mixins: readonly ShapeEntry[]): void {
    const ast = entry.ast;
    const localTraits: Record<string, NodeValue> = ast.traits ?? {};
    applyTraits(entry.id, localTraits, this.#applications.get(entry.id) ?? [], this.ctx);

    const traits: Record<string, NodeValue> = {};
    for (const mixin of mixins) {
      for (const [traitId, value] of inheritableTraits(mixin.ast))
        setOwn(traits, traitId, cloneNode(value));
    }
    for (const [traitId, value] of Object.entries(localTraits)) setOwn(traits, traitId, value);
    if (Object.keys(traits).length > 0) ast.traits = traits;
    else delete ast.traits;

    if (MEMBERED_TYPES.has(ast.type)) {
      ast.members = this.#members(entry, mixins, Object.entries(ast.members ?? {}), undefined);
    } else if (ast.type === "list" || ast.type === "set" || ast.type === "map") {
      const names = ast.type === "map" ? MAP_MEMBERS : LIST_MEMBERS;
      const own: Array<[string, AstMember]> = [];
      for (const name of names) {
        const m = ast[name as "member"];
        if (m) own.push([name, m]);
      }
      const members = this.#members(entry, mixins, own, names);
      for (const name of names) {
        const m = getOwn(members, name);
        if (m) ast[name as "member"] = m;
      }
    } else if (mixins.length > 0) {
      inheritServiceProperties(ast, mixins);
    }
  }

  /** The flattened members of a shape; `fixedNames` limits list and map shapes to their members. */
  #members(
    entry: ShapeEntry,
    mixins: readonly ShapeEntry[],
    own: Array<[string, AstMember]>,
    fixedNames: readonly string[] | undefined,
  ): Record<string, AstMember> {
    const inherited = new Map<string, InheritedMember>();
    for (const mixin of mixins) {
      for (const [name, m] of memberEntries(mixin.ast)) {
        const from = pointer.member(mixin.id, name);
        const previous = inherited.get(name);
        if (!previous) {
          inherited.set(name, { target: m.target, from, traits: cloneNode(m.traits ?? {}) });
        } else if (previous.target !== m.target) {
          this.ctx.error(
            "member-conflict",
            `Member ${pointer.member(entry.id, name)} conflicts with an inherited mixin member: ${from} targets ${m.target} but ${previous.from} targets ${previous.target}`,
            entry.location,
          );
        } else {
          for (const [traitId, value] of Object.entries(m.traits ?? {}))
            setOwn(previous.traits, traitId, cloneNode(value));
        }
      }
    }

    this.#resolveElided(entry, inherited, own);

    const result: Record<string, AstMember> = {};
    const local = new Map(own);
    for (const [name, m] of inherited) {
      const memberId = pointer.member(entry.id, name);
      const override = local.get(name);
      const traits = m.traits;
      if (override) {
        local.delete(name);
        if (override.target !== m.target) {
          this.ctx.error(
            "member-conflict",
            `Member ${memberId} conflicts with an inherited mixin member: ${m.from} targets ${m.target}, this member targets ${override.target}`,
            this.ctx.locate(memberId, entry.location),
          );
        }
        const localTraits = override.traits ?? {};
        applyTraits(memberId, localTraits, this.#applications.get(memberId) ?? [], this.ctx);
        for (const [traitId, value] of Object.entries(localTraits)) setOwn(traits, traitId, value);
      } else {
        // Applied traits are local to this shape's member: they override inherited ones.
        const applied: Record<string, NodeValue> = {};
        applyTraits(memberId, applied, this.#applications.get(memberId) ?? [], this.ctx);
        for (const [traitId, value] of Object.entries(applied)) setOwn(traits, traitId, value);
      }
      setOwn(
        result,
        name,
        Object.keys(traits).length > 0 ? { target: m.target, traits } : { target: m.target },
      );
    }
    for (const [name, m] of local) {
      const memberId = pointer.member(entry.id, name);
      const traits = m.traits ?? {};
      applyTraits(memberId, traits, this.#applications.get(memberId) ?? [], this.ctx);
      setOwn(
        result,
        name,
        Object.keys(traits).length > 0 ? { target: m.target, traits } : { target: m.target },
      );
    }
    for (const [target, applications] of this.#applications) {
      if (!target.startsWith(`${entry.id}$`)) continue;
      const name = target.slice(entry.id.length + 1);
      if (Object.hasOwn(result, name)) continue;
      for (const a of applications) {
        this.ctx.error(
          "apply-unknown-member",
          `Cannot apply traits to ${target}: ${entry.id} has no member \`${name}\`` +
            (fixedNames ? ` (a ${entry.ast.type} has only ${fixedNames.join(" and ")})` : ""),
          a.location,
        );
      }
    }
    return result;
  }

  /** The resource of the shape's `for` clause, when it has elided members and a valid one. */
  #boundResource(entry: ShapeEntry): string | undefined {
    const elided = this.#elided.get(entry.id);
    const id = elided?.[0]?.resource();
    if (!elided || id === undefined) return undefined;
    const resource = this.ctx.shapes.get(id);
    if (resource?.ast.type === "resource") return id;
    this.#badBindings.add(entry.id);
    this.ctx.error(
      "for-resource",
      resource
        ? `The target of the \`for\` clause of ${entry.id} must be a resource shape, but ${id} is a ${resource.ast.type}`
        : `The \`for\` clause of ${entry.id} names ${id}, which is not defined`,
      elided[0]!.location,
    );
    return undefined;
  }

  /** Gives `$name` members their target: the bound resource first, then the mixins. */
  #resolveElided(
    entry: ShapeEntry,
    inherited: ReadonlyMap<string, InheritedMember>,
    own: ReadonlyArray<[string, AstMember]>,
  ): void {
    for (const e of this.#elided.get(entry.id) ?? []) {
      const resourceId = this.#resources.get(entry.id);
      const resource = resourceId ? this.ctx.shapes.get(resourceId)?.ast : undefined;
      const fromResource =
        getOwn(resource?.identifiers, e.member)?.target ??
        getOwn(resource?.properties, e.member)?.target;
      const target = fromResource ?? inherited.get(e.member)?.target;
      if (target === undefined) {
        if (this.#badBindings.has(entry.id)) continue;
        this.ctx.error(
          "elided-member",
          `Member ${pointer.member(entry.id, e.member)}: the target was elided, but no bound resource or mixin has an identifier, property or member named \`${e.member}\``,
          e.location,
        );
        continue;
      }
      // The loader's AST was copied at merge time: patch our copy, and tell the loader too.
      for (const [name, m] of own) if (name === e.member) m.target = target;
      e.resolve(target);
    }
  }
}

/** Members of a flattened shape as `[name, member]`, whatever its type. */
function memberEntries(ast: AstShape): Array<[string, AstMember]> {
  if (ast.members) return Object.entries(ast.members);
  const out: Array<[string, AstMember]> = [];
  for (const name of ["member", "key", "value"] as const)
    if (ast[name]) out.push([name, ast[name]]);
  return out;
}

/** A mixin's traits minus `@mixin` and the traits it declares local. */
function inheritableTraits(mixin: AstShape): Array<[string, NodeValue]> {
  const traits = mixin.traits ?? {};
  const mixinValue = getOwn(traits, MIXIN);
  const local = new Set<string>([MIXIN]);
  if (isNodeObject(mixinValue) && Array.isArray(mixinValue.localTraits)) {
    for (const t of mixinValue.localTraits) if (typeof t === "string") local.add(t);
  }
  return Object.entries(traits).filter(([id]) => !local.has(id));
}

const REF_PROPERTIES = ["input", "output", ...RESOURCE_LIFECYCLE] as const;
const LIST_PROPERTIES = ["errors", "operations", "resources", "collectionOperations"] as const;
const MAP_PROPERTIES = ["identifiers", "properties"] as const;

/** Operation, service and resource properties: the shape's own win, lists concatenate. */
function inheritServiceProperties(ast: AstShape, mixins: readonly ShapeEntry[]): void {
  for (const key of REF_PROPERTIES) {
    if (ast[key]) continue;
    for (const m of mixins) if (m.ast[key]) ast[key] = { ...m.ast[key] };
  }
  for (const key of LIST_PROPERTIES) {
    const seen = new Set<string>();
    const out: AstShapeRef[] = [];
    for (const refs of [...mixins.map((m) => m.ast[key]), ast[key]]) {
      for (const r of refs ?? [])
        if (!seen.has(r.target)) {
          seen.add(r.target);
          out.push({ target: r.target });
        }
    }
    if (out.length > 0) ast[key] = out;
  }
  for (const key of MAP_PROPERTIES) {
    const entries = [
      ...mixins.flatMap((m) => Object.entries(m.ast[key] ?? {})),
      ...Object.entries(ast[key] ?? {}),
    ];
    if (entries.length > 0)
      ast[key] = recordFromEntries(entries.map(([k, v]) => [k, { target: v.target }]));
  }
  if (!ast.version) for (const m of mixins) if (m.ast.version) ast.version = m.ast.version;
  const renames = [
    ...mixins.flatMap((m) => Object.entries(m.ast.rename ?? {})),
    ...Object.entries(ast.rename ?? {}),
  ];
  if (renames.length > 0) ast.rename = recordFromEntries(renames);
}
