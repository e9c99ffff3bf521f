// Loads one Smithy JSON AST file (`{"smithy": "2.0", "metadata": {...}, "shapes": {...}}`).
// jsonc-parser's syntax tree keeps offsets, so every shape, member, trait and metadata entry gets
// a real line:column in the source map, and every structural problem is reported where it is
// instead of "somewhere in the file". The output is checked, plain JSON AST; what needs the
// whole model (targets exist, traits are defined, 1.0 upgrade) is the resolver's job.

import {
  getNodePath,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";
import {
  RESOURCE_BINDINGS,
  SIMPLE_SHAPE_TYPES,
  RESOURCE_LIFECYCLE,
  type AstMember,
  type AstModel,
  type AstShape,
  type AstShapeRef,
  type NodeValue,
} from "./ast.js";
import { error, warning, type Diagnostic } from "./diagnostic.js";
import type { FileLoadResult } from "./loaded-file.js";
import { setOwn } from "./record.js";
import { parseShapeId } from "./shape-id.js";
import { pointer, type SourceLocation } from "./source-location.js";
import { formatJsonPath } from "./service2/format.js";
import { TextPositions } from "./text-position.js";
import { jsonNestingError } from "./json-nesting.js";
import { checkVersion1Features } from "./upgrade-1-0.js";
import { appendAll } from "./append-all.js";

/** Smithy versions a JSON AST file may declare. */
const SUPPORTED_VERSIONS: ReadonlySet<string> = new Set(["1", "1.0", "2", "2.0"]);

const COMMON = ["type", "traits", "mixins"];

/** The properties each shape type may carry besides `type`, `traits` and `mixins`. */
const PROPERTIES_BY_TYPE: ReadonlyMap<string, readonly string[]> = new Map<
  string,
  readonly string[]
>([
  ...SIMPLE_SHAPE_TYPES.map((t): [string, string[]] => [t, COMMON]),
  ...["structure", "union", "enum", "intEnum"].map((t): [string, string[]] => [
    t,
    [...COMMON, "members"],
  ]),
  ["list", [...COMMON, "member"]],
  ["set", [...COMMON, "member"]],
  ["map", [...COMMON, "key", "value"]],
  ["service", [...COMMON, "version", "operations", "resources", "errors", "rename"]],
  ["operation", [...COMMON, "input", "output", "errors"]],
  ["resource", [...COMMON, ...RESOURCE_BINDINGS]],
  ["apply", ["type", "traits"]],
]);

/**
 * Parses a JSON AST document. Syntax errors and structural errors (unknown shape type, a member
 * without `target`, a malformed shape id, …) come back as diagnostics with their line:column;
 * `loaded` is present whenever the text was valid JSON, even if some shapes had to be skipped.
 */
export function loadJsonAst(text: string, file: string): FileLoadResult {
  const positions = new TextPositions(file, text);
  const tooDeep = jsonNestingError(text, positions);
  if (tooDeep) return { diagnostics: [tooDeep] };
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false });
  if (syntaxErrors.length > 0 || root === undefined) {
    const diagnostics = syntaxErrors.map((e) =>
      error("json-syntax", `Invalid JSON: ${describeParseError(e)}`, positions.at(e.offset)),
    );
    if (diagnostics.length === 0)
      diagnostics.push(error("json-syntax", "Invalid JSON: empty document", positions.at(0)));
    return { diagnostics };
  }
  return new JsonAstReader(positions).read(root);
}

function describeParseError(e: ParseError): string {
  const words = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words;
}

/** Every property name of the format (shapes, members, references, the top level). */
const AST_PROPERTIES: ReadonlySet<string> = new Set([
  ...[...PROPERTIES_BY_TYPE.values()].flat(),
  "target",
  "smithy",
  "metadata",
  "shapes",
]);

/** One pass over the syntax tree; collects diagnostics and source locations as it goes. */
class JsonAstReader {
  readonly #diagnostics: Diagnostic[] = [];
  readonly #sources = new Map<string, SourceLocation>();
  readonly #jsonPaths = new Map<string, string>();

  constructor(readonly positions: TextPositions) {}

  read(root: Node): FileLoadResult {
    const file = this.positions.file;
    if (root.type !== "object") {
      this.#error("json-ast", "A JSON AST file must be an object with `smithy` and `shapes`", root);
      return { diagnostics: this.#diagnostics };
    }
    const props = this.#properties(root);
    this.#unknownKeys(props, ["smithy", "metadata", "shapes"], "the top level of a JSON AST file");
    const versionNode = props.get("smithy");
    let version = "2.0";
    if (!versionNode) {
      this.#error("json-ast", "Missing the `smithy` version property", root);
    } else if (versionNode.value.type !== "string") {
      this.#error("json-ast", "The `smithy` version must be a string", versionNode.value);
    } else if (!SUPPORTED_VERSIONS.has(versionNode.value.value as string)) {
      this.#error(
        "unsupported-version",
        `Unsupported Smithy version: ${JSON.stringify(versionNode.value.value)}`,
        versionNode.value,
      );
    } else {
      version = versionNode.value.value as string;
    }

    const ast: AstModel = { smithy: version, shapes: {} };
    const metadataNode = props.get("metadata");
    if (metadataNode) {
      if (metadataNode.value.type !== "object") {
        this.#error("json-ast", "`metadata` must be an object", metadataNode.value);
      } else {
        const metadata: Record<string, NodeValue> = {};
        for (const [key, entry] of this.#properties(metadataNode.value)) {
          this.#sources.set(pointer.metadata(key), this.positions.at(entry.key.offset));
          setOwn(metadata, key, this.#node(entry.value));
        }
        ast.metadata = metadata;
      }
    }
    const shapesNode = props.get("shapes");
    if (shapesNode) {
      if (shapesNode.value.type !== "object") {
        this.#error("json-ast", "`shapes` must be an object keyed by shape id", shapesNode.value);
      } else {
        for (const [id, entry] of this.#properties(shapesNode.value)) {
          const shape = this.#shape(id, entry.key, entry.value);
          if (shape) setOwn(ast.shapes, id, shape);
        }
      }
    }
    const loaded = {
      file,
      version,
      ast,
      sources: this.#sources,
      pendingReferences: [],
      jsonPaths: this.#jsonPaths,
    };
    // The IDL parser rejects 2.0-only syntax in 1.0 files itself; a JSON AST file is checked here.
    appendAll(this.#diagnostics, checkVersion1Features(loaded));
    return { loaded, diagnostics: this.#diagnostics };
  }

  #shape(id: string, keyNode: Node, node: Node): AstShape | undefined {
    const parsed = parseShapeId(id);
    this.#sources.set(pointer.shape(id), this.positions.at(keyNode.offset));
    if (!parsed) {
      this.#error(
        "json-ast",
        `Invalid shape id ${JSON.stringify(id)}: expected \`namespace#Name\``,
        keyNode,
      );
      return undefined;
    }
    if (node.type !== "object") {
      this.#error("json-ast", `Shape ${id} must be an object with a \`type\``, node);
      return undefined;
    }
    const props = this.#properties(node);
    const typeNode = props.get("type")?.value;
    if (!typeNode) {
      this.#error("json-ast", `Shape ${id} has no \`type\``, keyNode);
      return undefined;
    }
    const type: unknown = typeNode.value;
    const allowed = typeof type === "string" ? PROPERTIES_BY_TYPE.get(type) : undefined;
    if (typeof type !== "string" || !allowed) {
      this.#error("json-ast", `Unknown shape type ${JSON.stringify(type)} for ${id}`, typeNode);
      return undefined;
    }
    if (parsed.member !== undefined && type !== "apply") {
      this.#error(
        "json-ast",
        `Only \`apply\` entries may use a member id as key, but ${id} is a ${type}`,
        keyNode,
      );
      return undefined;
    }
    this.#unknownKeys(props, allowed, `a ${type} shape (${id})`);

    const shape: AstShape = { type: type as AstShape["type"] };
    const traits = props.get("traits");
    if (traits) shape.traits = this.#traits(id, traits.value);
    const mixins = props.get("mixins");
    if (mixins) shape.mixins = this.#refList(mixins.value, `mixins of ${id}`);
    const members = props.get("members");
    if (members) shape.members = this.#members(id, members.value);
    for (const name of ["member", "key", "value"] as const) {
      const m = props.get(name);
      if (m) {
        const member = this.#member(id, name, m.key, m.value);
        if (member) shape[name] = member;
      }
    }
    for (const name of ["input", "output", ...RESOURCE_LIFECYCLE] as const) {
      const r = props.get(name);
      if (r) {
        const ref = this.#ref(r.value, `${name} of ${id}`);
        if (ref) shape[name] = ref;
      }
    }
    for (const name of ["errors", "operations", "resources", "collectionOperations"] as const) {
      const r = props.get(name);
      if (r) shape[name] = this.#refList(r.value, `${name} of ${id}`);
    }
    for (const name of ["identifiers", "properties"] as const) {
      const r = props.get(name);
      if (r) shape[name] = this.#refMap(r.value, `${name} of ${id}`);
    }
    const version = props.get("version");
    if (version) {
      if (version.value.type === "string") shape.version = version.value.value as string;
      else this.#error("json-ast", `The version of ${id} must be a string`, version.value);
    }
    const rename = props.get("rename");
    if (rename) shape.rename = this.#rename(id, rename.value);
    return shape;
  }

  #members(container: string, node: Node): Record<string, AstMember> {
    const out: Record<string, AstMember> = {};
    if (node.type !== "object") {
      this.#error("json-ast", `The members of ${container} must be an object`, node);
      return out;
    }
    for (const [name, entry] of this.#properties(node)) {
      const member = this.#member(container, name, entry.key, entry.value);
      if (member) setOwn(out, name, member);
    }
    return out;
  }

  #member(container: string, name: string, keyNode: Node, node: Node): AstMember | undefined {
    const memberId = pointer.member(container, name);
    this.#sources.set(memberId, this.positions.at(keyNode.offset));
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      this.#error(
        "json-ast",
        `Invalid member name ${JSON.stringify(name)} in ${container}`,
        keyNode,
      );
      return undefined;
    }
    if (node.type !== "object") {
      this.#error("json-ast", `Member ${memberId} must be an object with a \`target\``, node);
      return undefined;
    }
    const props = this.#properties(node);
    this.#unknownKeys(props, ["target", "traits"], `member ${memberId}`);
    const target = props.get("target");
    if (!target) {
      this.#error("json-ast", `Member ${memberId} has no \`target\``, keyNode);
      return undefined;
    }
    const targetId = this.#shapeIdValue(target.value, `the target of ${memberId}`);
    if (targetId === undefined) return undefined;
    const member: AstMember = { target: targetId };
    const traits = props.get("traits");
    if (traits) member.traits = this.#traits(memberId, traits.value);
    return member;
  }

  #traits(subject: string, node: Node): Record<string, NodeValue> {
    const out: Record<string, NodeValue> = {};
    if (node.type !== "object") {
      this.#error("json-ast", `The traits of ${subject} must be an object keyed by trait id`, node);
      return out;
    }
    for (const [traitId, entry] of this.#properties(node)) {
      this.#sources.set(pointer.trait(subject, traitId), this.positions.at(entry.key.offset));
      this.#jsonPaths.set(
        pointer.trait(subject, traitId),
        formatJsonPath(getNodePath(entry.value)),
      );
      const parsed = parseShapeId(traitId);
      if (!parsed || parsed.member !== undefined) {
        this.#error(
          "json-ast",
          `Invalid trait id ${JSON.stringify(traitId)} on ${subject}: expected \`namespace#name\``,
          entry.key,
        );
        continue;
      }
      setOwn(out, traitId, this.#node(entry.value));
    }
    return out;
  }

  #ref(node: Node, what: string): AstShapeRef | undefined {
    if (node.type !== "object") {
      this.#error(
        "json-ast",
        `${capitalize(what)} must be an object \`{"target": "ns#Name"}\``,
        node,
      );
      return undefined;
    }
    const props = this.#properties(node);
    this.#unknownKeys(props, ["target"], what);
    const target = props.get("target");
    if (!target) {
      this.#error("json-ast", `${capitalize(what)} has no \`target\``, node);
      return undefined;
    }
    const id = this.#shapeIdValue(target.value, what);
    return id === undefined ? undefined : { target: id };
  }

  #refList(node: Node, what: string): AstShapeRef[] {
    if (node.type !== "array") {
      this.#error("json-ast", `${capitalize(what)} must be an array of \`{"target": ...}\``, node);
      return [];
    }
    const out: AstShapeRef[] = [];
    for (const child of node.children ?? []) {
      const ref = this.#ref(child, what);
      if (ref) out.push(ref);
    }
    return out;
  }

  #refMap(node: Node, what: string): Record<string, AstShapeRef> {
    const out: Record<string, AstShapeRef> = {};
    if (node.type !== "object") {
      this.#error("json-ast", `${capitalize(what)} must be an object of \`{"target": ...}\``, node);
      return out;
    }
    for (const [name, entry] of this.#properties(node)) {
      const ref = this.#ref(entry.value, `${what}.${name}`);
      if (ref) setOwn(out, name, ref);
    }
    return out;
  }

  #rename(id: string, node: Node): Record<string, string> {
    const out: Record<string, string> = {};
    if (node.type !== "object") {
      this.#error("json-ast", `The rename map of ${id} must be an object`, node);
      return out;
    }
    for (const [from, entry] of this.#properties(node)) {
      if (!parseShapeId(from))
        this.#error(
          "json-ast",
          `Invalid shape id ${JSON.stringify(from)} in the rename map of ${id}`,
          entry.key,
        );
      else if (entry.value.type !== "string")
        this.#error("json-ast", `A rename of ${id} must map to a string`, entry.value);
      else setOwn(out, from, entry.value.value as string);
    }
    return out;
  }

  #shapeIdValue(node: Node, what: string): string | undefined {
    if (node.type !== "string") {
      this.#error("json-ast", `${capitalize(what)} must be a shape id string`, node);
      return undefined;
    }
    const id = node.value as string;
    const parsed = parseShapeId(id);
    if (!parsed || parsed.member !== undefined) {
      this.#error(
        "json-ast",
        `Invalid shape id ${JSON.stringify(id)} as ${what}: expected \`namespace#Name\``,
        node,
      );
      return undefined;
    }
    return id;
  }

  /** Converts a syntax-tree value into a node value; object keys become own properties. */
  #node(node: Node): NodeValue {
    switch (node.type) {
      case "object": {
        const out: Record<string, NodeValue> = {};
        for (const [key, entry] of this.#properties(node))
          setOwn(out, key, this.#node(entry.value));
        return out;
      }
      case "array":
        return (node.children ?? []).map((c) => this.#node(c));
      default:
        return node.value as NodeValue;
    }
  }

  /** The properties of an object node in order; a repeated key is an error (JSON leaves it ambiguous). */
  #properties(node: Node): Map<string, { key: Node; value: Node }> {
    const out = new Map<string, { key: Node; value: Node }>();
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || !value) continue;
      const name = key.value as string;
      if (out.has(name)) {
        this.#error("json-ast", `Duplicate key ${JSON.stringify(name)}`, key);
        continue;
      }
      out.set(name, { key, value });
    }
    return out;
  }

  /**
   * A property of the JSON AST that does not belong where it is written (`members` on a string)
   * is an error: the model means something it cannot say. Any other property is unknown to this
   * version of the format and ignored with a warning, as the reference loader does, so that a
   * file from a newer tool still loads.
   */
  #unknownKeys(props: Map<string, { key: Node }>, allowed: readonly string[], where: string): void {
    for (const [name, { key }] of props) {
      if (allowed.includes(name)) continue;
      if (AST_PROPERTIES.has(name))
        this.#error("json-ast", `Property ${JSON.stringify(name)} is not allowed in ${where}`, key);
      else
        this.#diagnostics.push(
          warning(
            "json-ast-unknown-property",
            `Unknown property ${JSON.stringify(name)} in ${where} (ignored)`,
            this.positions.at(key.offset),
          ),
        );
    }
  }

  #error(code: string, message: string, node: Node): void {
    this.#diagnostics.push(error(code, message, this.positions.at(node.offset)));
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
