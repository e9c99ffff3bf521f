// How a member's target is written as a TypeScript type, and what the module writing it must
// import. Named shapes (structures, unions, enums) are referenced by the name the model layer's
// symbol provider gave them; everything else is inlined the way the AWS SDK v3 does, so
// generated values are assignable to the SDK's command inputs without casts:
//   string → string, numbers (long included) → number, bigInteger → bigint,
//   bigDecimal → string (decimal text: the SDK's newer `NumericValue` class would make this
//   types-only package depend on a runtime), timestamp → Date, blob → Uint8Array,
//   document → DocumentType (@smithy/types, imported as `__DocumentType`), list/set → T[], map → Record<string, T>
//   (Partial<Record<Enum, T>> when the key is an enum), sparse → `| null` elements,
//   smithy.api#Unit → Record<string, never>; a JSON value header member (a string of JSON text,
//   botocore's `jsonvalue`) → DocumentType, the value the AWS CLI parses and sends as JSON.
// Past MAX_INLINE_TYPE_NESTING lists and maps inside one another, the rest is `unknown`.

import {
  fileBaseName,
  MAX_INLINE_TYPE_NESTING,
  runtimeName,
  simpleTypeScriptType,
  trait,
  type Member,
  type Model,
  type Shape,
  type TypeScriptNames,
} from "@shapekit/model";
import type { ModuleText } from "@shapekit/generated-package";

/** Where a named shape's module lives, relative to another shape module. */
export function shapeModuleSpecifier(name: string): string {
  return `./${fileBaseName(name)}.js`;
}

/** Type references of one generated module: renders type expressions, collects imports. */
export class TypeReferences {
  readonly #model: Model;
  readonly #names: TypeScriptNames;
  /** The declaration the module itself exports: referenced, never imported. */
  readonly #ownName: string | undefined;
  readonly #moduleSpecifier: (name: string) => string;
  readonly #isLocal: (name: string) => boolean;
  readonly #shapeImports = new Set<string>();
  #usesDocument = false;

  constructor(options: {
    model: Model;
    names: TypeScriptNames;
    ownName?: string;
    moduleSpecifier?: (name: string) => string;
    /** Names declared in the module itself (a module of many declarations): never imported. */
    isLocal?: (name: string) => boolean;
  }) {
    this.#model = options.model;
    this.#names = options.names;
    this.#ownName = options.ownName;
    this.#moduleSpecifier = options.moduleSpecifier ?? shapeModuleSpecifier;
    this.#isLocal = options.isLocal ?? (() => false);
  }

  /** True when a reference to `target` is written inline rather than by name. */
  isInlined(target: string): boolean {
    return !this.#names.hasName(target);
  }

  /** Whether any type written so far is a document: the package then needs @smithy/types. */
  get usesDocument(): boolean {
    return this.#usesDocument;
  }

  /**
   * The type of a structure member: its target's type, except for a JSON value header (a string
   * holding JSON text), whose value is the JSON value itself, as the AWS CLI builds the request.
   */
  memberType(member: Member): string {
    const target = this.#model.expectShape(member.target);
    if (target.type === "string" && trait.isJsonValueHeader(member, target)) {
      this.#usesDocument = true;
      return runtimeName("DocumentType");
    }
    return this.typeOf(member.target);
  }

  /**
   * The TypeScript type for a value of the shape `target`, `nesting` lists and maps deep in the
   * type being written: past `MAX_INLINE_TYPE_NESTING`, `unknown`.
   */
  typeOf(target: string, nesting = 0): string {
    const shape = this.#model.expectShape(target);
    if (this.#names.hasName(shape.id)) return this.#named(shape);
    const simple = simpleTypeScriptType(shape.type);
    if (simple !== undefined) return simple;
    switch (shape.type) {
      case "document":
        this.#usesDocument = true;
        return runtimeName("DocumentType");
      case "list":
      case "set":
        return nesting < MAX_INLINE_TYPE_NESTING ? this.#list(shape, nesting + 1) : "unknown";
      case "map":
        return nesting < MAX_INLINE_TYPE_NESTING ? this.#map(shape, nesting + 1) : "unknown";
      case "structure":
        // Only prelude structures are unnamed, and the only one is smithy.api#Unit.
        if (trait.has(shape, trait.ID.unitType)) return "Record<string, never>";
        break;
      default:
        break;
    }
    throw new Error(`${target}: a ${shape.type} cannot be the target of a member`);
  }

  #named(shape: Shape): string {
    const name = this.#names.shapeName(shape);
    if (name !== this.#ownName && !this.#isLocal(name)) this.#shapeImports.add(name);
    return name;
  }

  #list(shape: Shape, nesting: number): string {
    const member = shape.members.get("member");
    if (!member) throw new Error(`${shape.id}: a list without a member`);
    const element = this.typeOf(member.target, nesting);
    return trait.isSparse(shape) ? `(${element} | null)[]` : `${element}[]`;
  }

  #map(shape: Shape, nesting: number): string {
    const key = shape.members.get("key");
    const value = shape.members.get("value");
    if (!key || !value) throw new Error(`${shape.id}: a map without key or value`);
    const valueType = trait.isSparse(shape)
      ? `${this.typeOf(value.target, nesting)} | null`
      : this.typeOf(value.target, nesting);
    const keyShape = this.#model.expectShape(key.target);
    // Not every enum key need be present: Partial, as the SDK writes it.
    const isEnumKey = this.#names.hasName(keyShape.id);
    return isEnumKey
      ? `Partial<Record<${this.typeOf(keyShape.id)}, ${valueType}>>`
      : `Record<string, ${valueType}>`;
  }

  /** Declares the module's imports: type-only, so no module loads another at run time. */
  declareImports(module: ModuleText): void {
    if (this.#usesDocument) module.runtime("@smithy/types", ["DocumentType"], { typeOnly: true });
    for (const name of this.#shapeImports)
      module.importNames([name], this.#moduleSpecifier(name), { typeOnly: true });
  }
}
