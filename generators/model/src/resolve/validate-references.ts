// Every shape reference of the flattened model points at a shape that exists and can be
// targeted: members never target mixins, operations or services; operation input/output and
// errors are structures; service and resource bindings have the right kind.

import { SIMPLE_SHAPE_TYPES, type AstShapeRef } from "../ast.js";
import { pointer } from "../source-location.js";
import type { ResolveContext, ShapeEntry } from "./context.js";
import { isMixin } from "./mixins.js";

const NOT_MEMBER_TARGETS: ReadonlySet<string> = new Set(["operation", "service", "resource"]);

export function validateReferences(ctx: ResolveContext): void {
  for (const entry of ctx.shapes.values()) {
    if (isMixin(entry.ast)) continue; // mixins are checked through the shapes that use them
    const ast = entry.ast;
    const members: Array<[string, { target: string }]> = Object.entries(ast.members ?? {});
    for (const name of ["member", "key", "value"] as const)
      if (ast[name]) members.push([name, ast[name]]);
    for (const [name, m] of members) {
      // An elided member left unresolved, or a relative name that did not resolve: reported already.
      if (m.target === "" || ctx.unresolved.has(m.target)) continue;
      const memberId = pointer.member(entry.id, name);
      const target = ctx.shapes.get(m.target);
      const at = ctx.locate(memberId, entry.location);
      if (!target)
        ctx.error(
          "unresolved-target",
          `Member ${memberId} targets ${m.target}, which is not defined`,
          at,
        );
      else if (isMixin(target.ast))
        ctx.error(
          "mixin-target",
          `Member ${memberId} targets ${m.target}, a mixin; mixins cannot be targeted`,
          at,
        );
      else if (NOT_MEMBER_TARGETS.has(target.ast.type)) {
        ctx.error(
          "invalid-target",
          `Member ${memberId} targets ${m.target}, a ${target.ast.type}; members target data shapes`,
          at,
        );
      }
    }
    const expect = (ref: AstShapeRef | undefined, role: string, kinds: readonly string[]) => {
      if (ref) checkRef(ctx, entry, ref, role, kinds);
    };
    const expectAll = (refs: AstShapeRef[] | undefined, role: string, kinds: readonly string[]) =>
      refs?.forEach((r) => checkRef(ctx, entry, r, role, kinds));
    expect(ast.input, "input", ["structure"]);
    expect(ast.output, "output", ["structure"]);
    expectAll(ast.errors, "error", ["structure"]);
    expectAll(ast.operations, "operation", ["operation"]);
    expectAll(ast.collectionOperations, "collection operation", ["operation"]);
    expectAll(ast.resources, "resource", ["resource"]);
    for (const key of ["create", "put", "read", "update", "delete", "list"] as const)
      expect(ast[key], key, ["operation"]);
    for (const [name, ref] of Object.entries(ast.identifiers ?? {}))
      expect(ref, `identifier ${name}`, ["string", "enum"]);
    for (const [name, ref] of Object.entries(ast.properties ?? {}))
      expect(ref, `property ${name}`, DATA_SHAPES);
  }
}

const DATA_SHAPES = [
  ...SIMPLE_SHAPE_TYPES,
  "enum",
  "intEnum",
  "list",
  "set",
  "map",
  "structure",
  "union",
];

function checkRef(
  ctx: ResolveContext,
  entry: ShapeEntry,
  ref: AstShapeRef,
  role: string,
  kinds: readonly string[],
): void {
  const target = ctx.shapes.get(ref.target);
  if (ctx.unresolved.has(ref.target)) return;
  if (!target) {
    ctx.error(
      "unresolved-target",
      `The ${role} ${ref.target} of ${entry.id} is not defined`,
      entry.location,
    );
  } else if (isMixin(target.ast)) {
    ctx.error(
      "mixin-target",
      `The ${role} of ${entry.id} is ${ref.target}, a mixin; mixins cannot be referenced`,
      entry.location,
    );
  } else if (!kinds.includes(target.ast.type)) {
    ctx.error(
      "invalid-target",
      `The ${role} of ${entry.id} must be a ${kinds.length > 3 ? "data shape" : kinds.join(" or ")}, but ${ref.target} is a ${target.ast.type}`,
      entry.location,
    );
  }
}
