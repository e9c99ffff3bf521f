// Model-driven coercion of parsed shorthand: what the AWS CLI's back-compat pass does after
// its parser. Only members the model declares are touched, and only in the ways the CLI does:
//   - integer and long members: Python `int()`; float and double: Python `float()`;
//   - boolean members: `true`/`false` in any case become booleans, any other text stays text;
//   - list members given one value (`Subnets=a`) become a one-item list (`["a"]`), and that
//     item is then left as it is;
//   - a document member given any value is refused (shorthand cannot type a document);
//   - everything else (strings, unknown keys, a structure member given text) is left alone.
// The value is changed in place (it is freshly parsed) and returned.

import { ArgumentError } from "./argument-error.js";
import type { CliShapeTable } from "./cli-shape.js";
import { latin1Text } from "./latin1.js";
import { NumberSyntaxError, pythonFloat, pythonInt } from "./python-numbers.js";
import { shapeNode, type ShapeNode } from "./shape-graph.js";
import { isPlainObject, setOwnProperty } from "./value.js";

/** Where inside the value a conversion failed, collected while the failure unwinds. */
class CoercionFailure extends Error {
  readonly segments: string[] = [];
  constructor(
    readonly reason: string,
    readonly convert?: unknown,
  ) {
    super(reason);
  }
}

function pathOf(segments: readonly string[]): string {
  let path = "";
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i]!;
    path += s.startsWith("[") || path === "" ? s : `.${s}`;
  }
  return path;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "bytes";
  if (isPlainObject(value)) return "a structure";
  return typeof value;
}

/** The text of a scalar for a number conversion: strings, and bytes read as Latin-1 (as Python's `int(b"1")`). */
function numberText(value: unknown, kind: string): string {
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return latin1Text(value);
  throw new CoercionFailure(`expected ${kind}, received ${typeName(value)}`);
}

function convertNumber(convert: (text: string) => number, value: unknown, kind: string): number {
  try {
    return convert(numberText(value, kind));
  } catch (e) {
    if (e instanceof NumberSyntaxError) throw new CoercionFailure(e.message, e);
    throw e;
  }
}

/**
 * Visits one member, adding its name to the path of a failure below it. A try/catch per member
 * would cost every argument; failures are rare, so the path is collected as they unwind.
 */
function visitMember(node: ShapeNode, value: unknown, segment: string): unknown {
  // Members whose shapes hold only strings need no visit (unless the value is a document's).
  if (!node.converts) return value;
  try {
    return visit(node, value, false);
  } catch (e) {
    if (e instanceof CoercionFailure) e.segments.push(segment);
    throw e;
  }
}

function visit(node: ShapeNode, value: unknown, top: boolean): unknown {
  switch (node.type) {
    case "document":
      throw new CoercionFailure(
        "Shorthand syntax does not support document types. Use JSON input for top-level argument to specify nested parameter",
      );
    case "structure":
      if (!isPlainObject(value)) return value;
      for (const name in value) {
        const member = node.memberNodes.get(name);
        if (member === undefined || !Object.hasOwn(value, name)) continue;
        const before = value[name];
        const after = visitMember(member, before, name);
        if (after !== before) setOwnProperty(value, name, after);
      }
      return value;
    case "list":
      // A lone value where the model wants a list is wrapped, and not visited further. At the
      // top the CLI wraps into a parent it then drops, so the value comes back unchanged.
      if (!Array.isArray(value)) return top ? value : [value];
      for (let i = 0; i < value.length; i++) value[i] = visitMember(node.item!, value[i], `[${i}]`);
      return value;
    case "map":
      if (!isPlainObject(value)) return value;
      for (const k in value) {
        if (!Object.hasOwn(value, k)) continue;
        const before = value[k];
        const after = visitMember(node.item!, before, k);
        if (after !== before) setOwnProperty(value, k, after);
      }
      return value;
    case "integer":
    case "long":
      return convertNumber(pythonInt, value, "an integer");
    case "float":
    case "double":
      return convertNumber(pythonFloat, value, "a number");
    case "boolean":
      if (typeof value === "string") {
        const lower = value.length === 4 || value.length === 5 ? value.toLowerCase() : value;
        return lower === "true" ? true : lower === "false" ? false : value;
      }
      if (value instanceof Uint8Array) return value;
      throw new CoercionFailure(`expected true or false, received ${typeName(value)}`);
    default:
      return value;
  }
}

/**
 * Applies the model to a parsed shorthand value as the AWS CLI does (see the module comment):
 * `coerce(table, "ServerlessConfig", { MemorySizeInMB: "2048" })` → `{ MemorySizeInMB: 2048 }`.
 * The value is modified in place and returned.
 *
 * @throws ArgumentError when a member cannot be converted (`int()` of `1.5`, a list where a
 *   boolean belongs, any value for a document), with the member's path.
 */
export function coerce(table: CliShapeTable, shape: string, value: unknown): unknown {
  try {
    return visit(shapeNode(table, shape), value, true);
  } catch (e) {
    if (!(e instanceof CoercionFailure)) throw e;
    const path = pathOf(e.segments);
    throw new ArgumentError(`${path === "" ? "the value" : path}: ${e.reason}`, {
      path,
      cause: e.convert,
    });
  }
}
