// The TypeScript name of every shape, decided once for the whole model (the symbol provider of
// smithy-typescript, reduced to naming). Every emitter that refers to a shape by name (types,
// validators, shorthand, CLI skeleton) asks this module, so `import { X }` in one package always
// finds the `X` another package exported.
//
// The rules, in order:
//  1. The service's `rename` map wins (Smithy's own answer to clashing names in a closure).
//  2. Otherwise the shape's name as is, when it is a valid identifier that is neither a reserved
//     word nor a global the generated code or its users rely on (`Date`, `Record`, `Object`, …);
//     those get a `_` prefix, as the AWS SDK for JavaScript v3 does (`_Object`, `_Error`). A
//     name never starts with `__`: that prefix belongs to the aliases of runtime imports
//     (`__IssueCollector`, see generated-package's runtime-imports.ts), so leading underscores
//     are cut to one (`__Foo` → `_Foo`; should that clash, rule 3 settles it).
//  3. Names that clash — compared case-insensitively, because each named shape becomes a
//     module file and macOS and Windows file systems fold case — are ranked: shapes in the
//     service's namespace first, then by shape id. The first keeps the name; each other one is
//     prefixed with its namespace in PascalCase (`com.example.other#Foo` → `ComExampleOtherFoo`),
//     and if even that is taken, suffixed `_2`, `_3`, … in id order.
// Names are computed over all of the model's own shapes, not just the selected operations'
// closure, so selecting another operation never renames a type users already import.

import type { Model, Shape } from "../model.js";
import { isPreludeId } from "../shape-id.js";
import { appendAll } from "../append-all.js";

/** ECMAScript reserved words (strict mode included) and TypeScript's own type keywords. */
// prettier-ignore
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  // ECMAScript reserved words and strict-mode future reserved words.
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
  "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
  "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
  "private", "protected", "public", "return", "static", "super", "switch", "this", "throw", "true",
  "try", "typeof", "var", "void", "while", "with", "yield", "arguments", "eval",
  // TypeScript: names a type declaration may not take, or that read as keywords in type position.
  "any", "unknown", "never", "object", "string", "number", "boolean", "symbol", "bigint",
  "undefined", "type", "namespace", "module", "declare", "abstract", "as", "async", "keyof",
  "infer", "is", "readonly", "unique", "satisfies", "asserts",
]);

/**
 * Globals that generated code refers to (`Date`, `Uint8Array`, `Record`, `Partial`,
 * `DocumentType`) or that users write next to generated types: a shape with one of these names
 * would shadow the global inside every module that imports it.
 */
// prettier-ignore
const RESERVED_GLOBALS: ReadonlySet<string> = new Set([
  "Array", "ArrayBuffer", "Awaited", "BigInt", "Boolean", "DataView", "Date", "DocumentType",
  "Error", "EvalError", "Exclude", "Extract", "Function", "Infinity", "InstanceType", "Iterable",
  "Iterator", "JSON", "Map", "Math", "NaN", "NonNullable", "Number", "Object", "Omit",
  "Parameters", "Partial", "Pick", "Promise", "PromiseLike", "PropertyKey", "Proxy", "RangeError",
  "Readonly", "ReadonlyArray", "ReadonlyMap", "ReadonlySet", "Record", "Reflect", "RegExp",
  "Required", "ReturnType", "Set", "String", "Symbol", "SyntaxError", "TypeError", "URIError",
  "Uint8Array", "WeakMap", "WeakSet", "globalThis",
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Shape types that get a TypeScript name; simple shapes, lists and maps are inlined. */
// prettier-ignore
const NAMED_TYPES: ReadonlySet<string> = new Set([
  "structure", "union", "enum", "intEnum", "operation", "service", "resource",
]);

/** Strings with the Smithy 1.0 `enum` trait are enums too (models converted from 1.0 have them). */
function isNamedShape(shape: Shape): boolean {
  return (
    NAMED_TYPES.has(shape.type) || (shape.type === "string" && shape.traits.has("smithy.api#enum"))
  );
}

/** True when `text` is an ASCII identifier (the only kind generated code uses). */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

/** True when a declaration named `name` would be invalid or shadow a global we rely on. */
export function isReservedName(name: string): boolean {
  return RESERVED_WORDS.has(name) || RESERVED_GLOBALS.has(name);
}

/**
 * How a member name is written as a property key in an interface or object type: bare when it
 * is an identifier (reserved words are fine as property names), otherwise a quoted string.
 * `__proto__` and `constructor` are ordinary keys in type declarations; object *literals* must
 * write `__proto__` as a computed key (see `objectLiteralKey`).
 */
export function propertyKey(memberName: string): string {
  return isIdentifier(memberName) ? memberName : JSON.stringify(memberName);
}

/**
 * How a key is written in an object literal expression (enum objects): like `propertyKey`, but
 * `__proto__` becomes `["__proto__"]`, because a plain or quoted `__proto__:` in a literal sets
 * the prototype instead of defining a property.
 */
export function objectLiteralKey(key: string): string {
  return key === "__proto__" ? `[${JSON.stringify(key)}]` : propertyKey(key);
}

/**
 * A model-derived name made a safe declaration name: invalid characters become `_`, reserved
 * names get a `_` prefix, and a leading `__` (the runtime aliases' prefix) becomes `_`.
 */
export function escapeName(name: string): string {
  let safe = name.replace(/[^A-Za-z0-9_$]/g, "_");
  if (!/^[A-Za-z_$]/.test(safe)) safe = `_${safe}`;
  safe = safe.replace(/^__+/, "_");
  return isReservedName(safe) ? `_${safe}` : safe;
}

/**
 * A value name made from a dashed name (`create-endpoint-config` → `createEndpointConfig`), safe
 * as a declaration the way `escapeName` makes it: the emitters' constants named after CLI names.
 */
export function camelCaseName(dashed: string): string {
  return escapeName(dashed.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()));
}

/**
 * A name derived from a provider-made name with a fixed prefix (`check` + `Tag` → `checkTag`),
 * checked the provider's way: emitters make their function names with it, never by hand.
 */
export function prefixedName(prefix: string, base: string): string {
  return escapeName(`${prefix}${base}`);
}

function pascalCaseNamespace(namespace: string): string {
  return namespace
    .split(/[._]/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

function compareIds(a: Shape, b: Shape): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The TypeScript names of a model's shapes, decided once. */
export class TypeScriptNames {
  readonly #byId: ReadonlyMap<string, string>;
  /** Lower-cased names in use, for `freshName`. */
  readonly #taken: ReadonlySet<string>;

  constructor(byId: ReadonlyMap<string, string>) {
    this.#byId = byId;
    this.#taken = new Set([...byId.values()].map((n) => n.toLowerCase()));
  }

  /** The exported TypeScript name of a structure, union, enum, intEnum, operation, service or resource. */
  shapeName(shapeOrId: Shape | string): string {
    const id = typeof shapeOrId === "string" ? shapeOrId : shapeOrId.id;
    const name = this.#byId.get(id);
    if (name === undefined)
      throw new Error(`No TypeScript name for ${id}: not a named shape of the model`);
    return name;
  }

  /** Whether the shape has a TypeScript name of its own (simple shapes, lists and maps don't). */
  hasName(id: string): boolean {
    return this.#byId.has(id);
  }

  /**
   * The exported name of an operation's input structure, which the types package declares and
   * the shorthand and CLI skeleton packages type their values with; `undefined` for an
   * operation without input (or with `smithy.api#Unit`).
   */
  inputTypeName(operation: Shape): string | undefined {
    const id = operation.ast.input?.target;
    return id !== undefined && this.#byId.has(id) ? this.#byId.get(id) : undefined;
  }

  /**
   * A name for a symbol an emitter adds beside the shapes (an operation map, say): `candidate`,
   * or `candidate_` repeated until it clashes with no shape name and no reserved name.
   */
  freshName(candidate: string): string {
    let name = escapeName(candidate);
    while (this.#taken.has(name.toLowerCase())) name = `${name}_`;
    return name;
  }
}

/** One `TypeScriptNames` per model and service: emitters of one run share the computation. */
const cache = new WeakMap<Model, Map<string, TypeScriptNames>>();

/**
 * The TypeScript names for every named shape of `model`, with `service`'s `rename` map and
 * namespace deciding clashes. Deterministic: the same model always yields the same names.
 */
export function typeScriptNames(model: Model, service?: Shape): TypeScriptNames {
  const key = service?.id ?? "";
  let perService = cache.get(model);
  if (!perService) cache.set(model, (perService = new Map<string, TypeScriptNames>()));
  let names = perService.get(key);
  if (!names) perService.set(key, (names = computeNames(model, service)));
  return names;
}

function computeNames(model: Model, service: Shape | undefined): TypeScriptNames {
  const renames = service?.ast.rename ?? {};
  const serviceNamespace = service?.namespace;
  const shapes = model.shapes().filter((s) => isNamedShape(s) && !isPreludeId(s.id));

  const byId = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (shape: Shape, name: string) => {
    byId.set(shape.id, name);
    taken.add(name.toLowerCase());
  };

  // Rule 1: renames are fixed points the others must avoid.
  const rest: Shape[] = [];
  for (const shape of shapes) {
    const renamed = Object.hasOwn(renames, shape.id) ? renames[shape.id] : undefined;
    if (renamed !== undefined) claim(shape, escapeName(renamed));
    else rest.push(shape);
  }

  // Rules 2 and 3: group by case-folded candidate, rank each group, prefix the losers.
  const groups = new Map<string, Shape[]>();
  for (const shape of rest) {
    const folded = escapeName(shape.name).toLowerCase();
    const group = groups.get(folded);
    if (group) group.push(shape);
    else groups.set(folded, [shape]);
  }
  const rank = (a: Shape, b: Shape) =>
    Number(b.namespace === serviceNamespace) - Number(a.namespace === serviceNamespace) ||
    compareIds(a, b);
  const losers: Shape[] = [];
  for (const group of groups.values()) {
    group.sort(rank);
    const [first, ...others] = group;
    const candidate = escapeName(first!.name);
    if (taken.has(candidate.toLowerCase())) losers.push(first!);
    else claim(first!, candidate);
    appendAll(losers, others);
  }
  for (const shape of losers.sort(compareIds)) {
    const base = escapeName(pascalCaseNamespace(shape.namespace) + shape.name);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    claim(shape, name);
  }
  return new TypeScriptNames(byId);
}
