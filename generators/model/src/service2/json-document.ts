// A parsed JSON document that can say where any JSON path is. Values come from `JSON.parse`
// (native, and `__proto__` becomes an ordinary own key); jsonc-parser's tree is kept only to
// turn a JSON path into a line:column when a diagnostic or the source map needs one. Another
// document merged into this one (botocore's sdk-extras) is a layer: a path it set is located in
// that document instead.

import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";
import { error, type Diagnostic } from "../diagnostic.js";
import { jsonNestingError } from "../json-nesting.js";
import type { SourceLocation } from "../source-location.js";
import { TextPositions } from "../text-position.js";
import type { JsonPath } from "./format.js";

export type ParsedJson =
  | { readonly ok: true; readonly document: JsonDocument }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** Parses `text`; syntax errors come back as diagnostics at their line:column. */
export function parseJsonDocument(text: string, file: string): ParsedJson {
  const positions = new TextPositions(file, text);
  const tooDeep = jsonNestingError(text, positions);
  if (tooDeep) return { ok: false, diagnostics: [tooDeep] };
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length > 0 || root === undefined) {
    const diagnostics = syntaxErrors.map((e) =>
      error("json-syntax", `Invalid JSON: ${describe(e)}`, positions.at(e.offset)),
    );
    if (diagnostics.length === 0)
      diagnostics.push(error("json-syntax", "Invalid JSON: empty document", positions.at(0)));
    return { ok: false, diagnostics };
  }
  return { ok: true, document: new JsonDocument(JSON.parse(text) as unknown, root, positions) };
}

function describe(e: ParseError): string {
  return printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

/** A document merged into another: the JSON paths it set, and where its values sit in it. */
export interface JsonLayer {
  readonly document: JsonDocument;
  /** The path in `document` of the value merged in (`["merge"]` for an sdk-extras file). */
  readonly at: JsonPath;
  /** Paths of the merged document that were set from this layer, each as `JSON.stringify(path)`. */
  readonly assigned: ReadonlySet<string>;
}

export class JsonDocument {
  /** Layers merged into `value`, in merge order (a later one wins). */
  readonly layers: JsonLayer[] = [];

  constructor(
    readonly value: unknown,
    readonly root: Node,
    readonly positions: TextPositions,
  ) {}

  get file(): string {
    return this.positions.file;
  }

  /**
   * Where `path` is: the property key for an object entry (that is where a reader looks for a
   * name), the value for an array element; the nearest existing ancestor when the path is missing.
   */
  locate(path: JsonPath): SourceLocation {
    for (let n = path.length; n >= 0; n--) {
      const layer = this.#layerThatSet(path, n);
      if (layer) return layer.document.locate([...layer.at, ...path]);
      const node = findNodeAtLocation(this.root, [...path.slice(0, n)]);
      if (!node) continue;
      const key = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
      return this.positions.at((key ?? node).offset);
    }
    return this.positions.at(0);
  }

  #layerThatSet(path: JsonPath, length: number): JsonLayer | undefined {
    if (this.layers.length === 0) return undefined;
    const key = JSON.stringify(path.slice(0, length));
    for (let i = this.layers.length - 1; i >= 0; i--)
      if (this.layers[i]!.assigned.has(key)) return this.layers[i];
    return undefined;
  }

  /** The key nodes of an object's properties, in document order (for the source map). */
  keysAt(path: JsonPath): Array<{ name: string; location: SourceLocation; valueNode: Node }> {
    const node = findNodeAtLocation(this.root, [...path]);
    return keysOf(node, this.positions);
  }
}

/** Key nodes of an object node, with locations. */
export function keysOf(
  node: Node | undefined,
  positions: TextPositions,
): Array<{ name: string; location: SourceLocation; valueNode: Node }> {
  const out: Array<{ name: string; location: SourceLocation; valueNode: Node }> = [];
  if (node?.type !== "object") return out;
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key && value)
      out.push({ name: key.value as string, location: positions.at(key.offset), valueNode: value });
  }
  return out;
}
