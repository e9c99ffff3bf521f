// A CLI shape table compiled once into linked nodes (members point at their shapes), so the
// per-argument work never looks a shape up by name: coercion is the hot path of parsing an
// argument. Compiled lazily, once per table (cached by identity).

import {
  isDocumentContainer,
  shapeOf,
  supportsShorthand,
  type CliShape,
  type CliShapeTable,
} from "./cli-shape.js";

/** A compiled shape: the descriptor plus direct links and precomputed facts. */
export interface ShapeNode {
  readonly shape: CliShape;
  readonly type: CliShape["type"];
  /** Structure members, in model order. */
  members: ReadonlyArray<{ readonly name: string; readonly node: ShapeNode }>;
  /** Structure members by name. */
  memberNodes: ReadonlyMap<string, ShapeNode>;
  /** List element, or map value. */
  item: ShapeNode | undefined;
  /** Whether the CLI reads this shape's option as shorthand. */
  shorthand: boolean;
  /** Whether coercion can change a value of this shape (false: strings all the way down). */
  converts: boolean;
  /** The typed parser's own form of this node (typed-parser.ts), made on first use. */
  fast: unknown;
}

const compiled = new WeakMap<CliShapeTable, Map<string, ShapeNode>>();

/** The compiled node of `key` in `table`. */
export function shapeNode(table: CliShapeTable, key: string): ShapeNode {
  let nodes = compiled.get(table);
  if (!nodes) {
    nodes = new Map();
    compiled.set(table, nodes);
  }
  const before = nodes.size;
  const node = nodeOf(table, nodes, key);
  if (nodes.size !== before) settleConverts(nodes);
  return node;
}

function nodeOf(table: CliShapeTable, nodes: Map<string, ShapeNode>, key: string): ShapeNode {
  const existing = nodes.get(key);
  if (existing) return existing;
  const shape = shapeOf(table, key);
  const node: ShapeNode = {
    shape,
    type: shape.type,
    members: [],
    memberNodes: new Map(),
    item: undefined,
    shorthand: false,
    converts: true,
    fast: undefined,
  };
  nodes.set(key, node); // before linking: recursive shapes refer to themselves
  if (shape.type === "structure") {
    node.members = shape.members.map((m) => ({
      name: m.name,
      node: nodeOf(table, nodes, m.shape),
    }));
    node.memberNodes = new Map(node.members.map((m) => [m.name, m.node]));
  }
  if (shape.type === "list") node.item = nodeOf(table, nodes, shape.member);
  if (shape.type === "map") node.item = nodeOf(table, nodes, shape.value);
  node.shorthand = supportsShorthand(table, shape) && !isDocumentContainer(table, shape);
  return node;
}

const UNCHANGED: ReadonlySet<string> = new Set(["string", "timestamp", "blob"]);

/** `converts` of every node, to a fixed point (recursive shapes start as converting). */
function settleConverts(nodes: Map<string, ShapeNode>): void {
  for (const node of nodes.values()) node.converts = !UNCHANGED.has(node.type);
  for (let changed = true; changed;) {
    changed = false;
    for (const node of nodes.values()) {
      if (!node.converts || (node.type !== "structure" && node.type !== "map")) continue;
      const converts =
        node.type === "map" ? node.item!.converts : node.members.some((m) => m.node.converts);
      if (!converts) {
        node.converts = false;
        changed = true;
      }
    }
  }
}
