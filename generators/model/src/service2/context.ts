// State shared by the modules of one conversion: the document, the target namespace, the botocore
// shapes by name, the diagnostics (each message ends with the JSON path of the problem) and the
// source map of the produced JSON AST. Lookups keyed by names from the file use Maps, so a shape
// called `__proto__` or `constructor` is an ordinary shape.

import type { AstShape, NodeValue } from "../ast.js";
import { error, warning, type Diagnostic } from "../diagnostic.js";
import { setOwn } from "../record.js";
import type { SourceLocation } from "../source-location.js";
import {
  formatJsonPath,
  isObject,
  type JsonPath,
  type Service2Ref,
  type Service2Shape,
} from "./format.js";
import type { JsonDocument } from "./json-document.js";

/** A Smithy identifier (shape and member names). botocore names are used as they are. */
export const IDENTIFIER = /^(?:_+[A-Za-z0-9]|[A-Za-z])[A-Za-z0-9_]*$/;

export const UNIT = "smithy.api#Unit";

/** `smithy.api#name`: the prelude trait ids the converter writes. */
export function api(name: string): string {
  return `smithy.api#${name}`;
}

export class ConversionContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources = new Map<string, SourceLocation>();
  /** JSON paths of trait values, by source-map pointer (see LoadedFile.jsonPaths). */
  readonly jsonPaths = new Map<string, string>();
  /** The produced shapes, keyed by absolute id, in the order they are added. */
  readonly shapes: Record<string, AstShape> = {};
  /** botocore shapes by name, in document order; only object-valued entries. */
  readonly input = new Map<string, Service2Shape>();
  /**
   * Copies of botocore shapes with a trait a member asked for (see members.ts): by the copy's
   * name, the original's name and the traits the copy adds. A member's `jsonvalue` becomes a
   * `@mediaType("application/json")` copy, its `streaming` a `@streaming` copy.
   */
  readonly synthesizedShapes = new Map<
    string,
    { readonly original: string; readonly traits: Record<string, NodeValue> }
  >();
  /** botocore shape names the Smithy model spells differently (see name-clashes.ts, case-clashes.ts). */
  readonly renamedShapes = new Map<string, string>();
  /** Every name the Smithy model uses or will use besides botocore's shape names: operations, the service, renames. */
  readonly otherNames = new Set<string>();

  constructor(
    readonly document: JsonDocument,
    readonly namespace: string,
    /** `rest-json`, `rest-xml`, `json`, `query`, `ec2`, …: decides which HTTP traits apply. */
    readonly protocol: string,
  ) {}

  get file(): string {
    return this.document.file;
  }

  /** The absolute id of a Smithy name (an operation's, the service's, a synthesized shape's). */
  id(name: string): string {
    return `${this.namespace}#${name}`;
  }

  /** The absolute id of the botocore shape `name` in the Smithy model (renamed when it clashed). */
  shapeId(name: string): string {
    return this.id(this.renamedShapes.get(name) ?? name);
  }

  /** True when a new shape (a synthesized copy) cannot be called `name`. */
  isNameTaken(name: string): boolean {
    return this.input.has(name) || this.otherNames.has(name);
  }

  addShape(name: string, shape: AstShape): void {
    setOwn(this.shapes, this.id(name), shape);
  }

  hasShape(name: string): boolean {
    return Object.hasOwn(this.shapes, this.id(name));
  }

  /** Remembers where the value behind a source-map pointer (a trait) is in the file. */
  recordValue(ptr: string, path: JsonPath): void {
    this.sources.set(ptr, this.document.locate(path));
    this.jsonPaths.set(ptr, formatJsonPath(path));
  }

  error(message: string, path: JsonPath): void {
    this.diagnostics.push(
      error("service2", `${message} (at ${formatJsonPath(path)})`, this.document.locate(path)),
    );
  }

  warning(message: string, path: JsonPath): void {
    this.diagnostics.push(
      warning("service2", `${message} (at ${formatJsonPath(path)})`, this.document.locate(path)),
    );
  }

  /**
   * The absolute id a reference (`{"shape": "Name"}`) points at; `undefined` with a diagnostic
   * when the reference is malformed or names no shape of the file.
   */
  target(ref: unknown, path: JsonPath): string | undefined {
    if (!isObject(ref)) {
      this.error('A shape reference must be an object `{"shape": "Name"}`', path);
      return undefined;
    }
    const name = (ref as Service2Ref).shape;
    if (typeof name !== "string") {
      this.error("A shape reference needs a `shape` string", path);
      return undefined;
    }
    if (!this.input.has(name)) {
      this.error(`Unknown shape ${JSON.stringify(name)}`, [...path, "shape"]);
      return undefined;
    }
    return this.shapeId(name);
  }

  get isRest(): boolean {
    return this.protocol === "rest-json" || this.protocol === "rest-xml";
  }

  get isXml(): boolean {
    return this.protocol === "rest-xml" || this.protocol === "query" || this.protocol === "ec2";
  }
}
