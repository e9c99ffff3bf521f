// How deep shapes nest: a member targets a shape whose member targets a shape, and so on. Every
// tool that walks a value or a shape (validators, skeletons, syntax blocks, type emitters, the
// shorthand parser) recurses once per level, so a hostile model with a chain of thousands of
// nested lists would exhaust their stack. The chain is measured here, once, without recursion,
// and a model deeper than MAX_SHAPE_DEPTH is refused where the chain starts. Real models stay
// far below: the deepest of botocore's 424 services nests 22 levels.

import { nestingDepth } from "@shapekit/validation";
import { memberEntries } from "../ast.js";
import type { ResolveContext } from "./context.js";

export const MAX_SHAPE_DEPTH = 2048;

export function validateNesting(ctx: ResolveContext): void {
  const targets = (id: string): string[] => {
    const ast = ctx.shapes.get(id)?.ast;
    return ast
      ? memberEntries(ast)
          .map(([, m]) => m.target)
          .filter((t) => ctx.shapes.has(t))
      : [];
  };
  const past = nestingDepth([...ctx.shapes.keys()].sort(), targets, MAX_SHAPE_DEPTH);
  if (past.depth <= MAX_SHAPE_DEPTH || past.node === undefined) return;
  ctx.error(
    "shape-depth",
    `Shapes nest more than ${MAX_SHAPE_DEPTH} levels deep below ${past.node}: a member targets a shape whose member targets a shape, ${past.depth} times over; code that walks such a value recurses that deep`,
    ctx.shapes.get(past.node)!.location,
  );
}
