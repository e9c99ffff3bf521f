// The canonical JSON AST of a resolved model: the contract other tools (the `shapekit ast`
// command, golden files, the conformance script) compare. One spelling for one model:
// `"smithy": "2.0"` whatever the input versions, mixins flattened, prelude shapes left out,
// shapes sorted by id, properties of a shape in a fixed order, members and trait values in model
// order, empty optional lists and trait maps left out (structures, unions and enums always list
// their `members`, even when there are none).

import type { AstMember, AstModel, AstShape } from "./ast.js";
import { MEMBERED_TYPES } from "./ast.js";
import type { Model } from "./model.js";
import { recordFromEntries } from "./record.js";

/** Shape properties in the order the canonical form writes them. */
const PROPERTY_ORDER = [
  "version",
  "input",
  "output",
  "operations",
  "resources",
  "errors",
  "rename",
  "identifiers",
  "properties",
  "create",
  "put",
  "read",
  "update",
  "delete",
  "list",
  "collectionOperations",
  "member",
  "key",
  "value",
] as const;

/** The canonical JSON AST of the model's own shapes (see the module header for the rules). */
export function toCanonicalAst(model: Model): AstModel {
  const out: AstModel = { smithy: "2.0", shapes: {} };
  if (model.metadata.size > 0) out.metadata = recordFromEntries(model.metadata);
  out.shapes = recordFromEntries(model.ownShapes().map((s) => [s.id, canonicalShape(s.ast)]));
  return out;
}

/** `toCanonicalAst` as text: two-space indented JSON and a final newline. */
export function formatCanonicalAst(model: Model): string {
  return JSON.stringify(toCanonicalAst(model), null, 2) + "\n";
}

function canonicalShape(ast: Readonly<AstShape>): AstShape {
  const out: Record<string, unknown> = { type: ast.type };
  for (const key of PROPERTY_ORDER) {
    const value = ast[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === "member" || key === "key" || key === "value")
      out[key] = canonicalMember(value as AstMember);
    else if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0)
      continue;
    else out[key] = value;
  }
  if (MEMBERED_TYPES.has(ast.type)) {
    out.members = recordFromEntries(
      Object.entries(ast.members ?? {}).map(([n, m]) => [n, canonicalMember(m)]),
    );
  }
  if (ast.traits && Object.keys(ast.traits).length > 0) out.traits = ast.traits;
  return out as unknown as AstShape;
}

function canonicalMember(m: AstMember): AstMember {
  return m.traits && Object.keys(m.traits).length > 0
    ? { target: m.target, traits: m.traits }
    : { target: m.target };
}
