// Shape references of one IDL file: `use` imports, and the relative references that only
// the resolver can settle (see `PendingReference` in ../loaded-file.ts).
//
// A relative reference is written into the AST as the placeholder `namespace#Name` at once,
// and a `Patch` remembers where it was written. Patches are data (a container and a key),
// not closures over one container, so that the parser can still move a value (a trait merged
// from an `apply`, array items concatenated) and keep its pending reference pointing at the
// right place.

import type { NodeValue } from "../ast.js";
import type { PendingReference } from "../loaded-file.js";
import { pointer, type SourceLocation } from "../source-location.js";

/** The namespace used for relative references in a file that declares none (metadata only). */
export const FALLBACK_NAMESPACE = "smithy.api";

/** Where a reference was written; `write` puts the final absolute id there. */
export interface Patch {
  write(absoluteId: string): void;
}

/** A property of an object or an item of an array holds the id (member targets, values …). */
export class PropertyPatch implements Patch {
  constructor(
    public container: Record<string, unknown> | unknown[],
    public key: string | number,
  ) {}
  write(absoluteId: string): void {
    (this.container as Record<string | number, unknown>)[this.key] = absoluteId;
  }
}

/**
 * One trait application: the traits object it lives in and its current key. Both can
 * change (an `apply` merged into a local shape moves it; resolving the trait name renames
 * it), and both the key patch and a top-level shape-id value patch go through the slot.
 */
export class TraitSlot {
  constructor(
    public traits: Record<string, NodeValue>,
    public key: string,
  ) {}
}

/**
 * Renames a trait key in place, keeping the order of keys. With `source`, the location recorded
 * under the placeholder's pointer moves to the final one, so diagnostics about the trait's
 * value point at the trait rather than at its shape.
 */
export class TraitKeyPatch implements Patch {
  constructor(
    readonly slot: TraitSlot,
    readonly source?: { readonly sources: Map<string, SourceLocation>; readonly subject: string },
  ) {}
  write(absoluteId: string): void {
    const { traits, key } = this.slot;
    if (this.source && key !== absoluteId) {
      const { sources, subject } = this.source;
      const location = sources.get(pointer.trait(subject, key));
      const final = pointer.trait(subject, absoluteId);
      if (location !== undefined && !sources.has(final)) sources.set(final, location);
    }
    if (key === absoluteId || !Object.hasOwn(traits, key)) {
      this.slot.key = absoluteId;
      return;
    }
    renameKey(traits, key, absoluteId);
    this.slot.key = absoluteId;
  }
}

/** A trait whose whole value is a shape id (`@idRef(Foo)`). */
export class TraitValuePatch implements Patch {
  constructor(readonly slot: TraitSlot) {}
  write(absoluteId: string): void {
    this.slot.traits[this.slot.key] = absoluteId;
  }
}

/**
 * Renames `from` to `to` in `obj`, keeping key order. When `to` already exists (two
 * spellings that resolve to the same trait), the value written first is kept.
 */
export function renameKey(obj: Record<string, unknown>, from: string, to: string): void {
  const entries = Object.entries(obj);
  for (const [k] of entries) delete obj[k];
  const hadTarget = entries.some(([k]) => k === to);
  for (const [k, v] of entries) {
    if (k === from) {
      if (!hadTarget) obj[to] = v;
    } else {
      obj[k] = v;
    }
  }
}

/** A reference that could not be settled while parsing. */
export interface ReferenceRecord {
  /** Undefined until the namespace statement is seen (metadata comes before it). */
  namespace: string | undefined;
  readonly name: string;
  readonly location: SourceLocation;
  readonly role: string;
  readonly patch: Patch;
}

export class ReferenceTable {
  private readonly uses = new Map<string, string>();
  readonly records: ReferenceRecord[] = [];
  private namespace: string | undefined;

  setNamespace(namespace: string): void {
    this.namespace = namespace;
    for (const r of this.records) {
      if (r.namespace === undefined) {
        r.namespace = namespace;
        r.patch.write(`${namespace}#${r.name}`);
      }
    }
  }

  /** Records `use id`; returns the id already imported under the same name, if different. */
  addUse(name: string, absoluteId: string): string | undefined {
    const existing = this.uses.get(name);
    if (existing !== undefined && existing !== absoluteId) return existing;
    this.uses.set(name, absoluteId);
    return undefined;
  }

  imported(name: string): string | undefined {
    return this.uses.get(name);
  }

  /**
   * The id to write for a shape id as written (`Foo`, `Foo$bar`, `a.b#Foo`). Absolute ids and
   * names imported by `use` are final; anything else is written as a placeholder and
   * recorded with `patch` so that the resolver can write the final id later.
   */
  reference(written: string, location: SourceLocation, role: string, patch: Patch): string {
    if (written.includes("#")) return written;
    const dollar = written.indexOf("$");
    const root = dollar === -1 ? written : written.slice(0, dollar);
    const used = this.uses.get(root);
    if (used !== undefined) return dollar === -1 ? used : used + written.slice(dollar);
    this.records.push({ namespace: this.namespace, name: written, location, role, patch });
    return `${this.namespace ?? FALLBACK_NAMESPACE}#${written}`;
  }

  /**
   * Drops the references that this file settles by itself: a relative name defined in the
   * file's own namespace resolves there (a `use` of the same name is reported as an error).
   */
  settleLocal(definedNames: ReadonlySet<string>): void {
    let w = 0;
    for (const r of this.records) {
      const dollar = r.name.indexOf("$");
      const root = dollar === -1 ? r.name : r.name.slice(0, dollar);
      if (r.namespace !== undefined && r.namespace === this.namespace && definedNames.has(root))
        continue;
      this.records[w++] = r;
    }
    this.records.length = w;
  }

  /** The pending references handed to the resolver. */
  pending(): PendingReference[] {
    return this.records.map((r) => toPending(r));
  }
}

function toPending(r: ReferenceRecord): PendingReference {
  const memberPart = r.name.includes("$") ? r.name.slice(r.name.indexOf("$")) : "";
  return {
    namespace: r.namespace ?? FALLBACK_NAMESPACE,
    name: r.name,
    location: r.location,
    role: r.role,
    // The resolver may pass the id of the root shape for `Name$member`: keep the member.
    resolve(absoluteId: string): void {
      r.patch.write(
        memberPart !== "" && !absoluteId.includes("$") ? absoluteId + memberPart : absoluteId,
      );
    },
  };
}
