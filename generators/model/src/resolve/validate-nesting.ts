// How deep shapes nest: a member targets a shape whose member targets a shape, and so on. Every
// tool that walks a value or a shape (validators, skeletons, syntax blocks, type emitters, the
// shorthand parser) recurses once per level, so a hostile model with a chain of thousands of
// nested lists would exhaust their stack. The chain is measured here, once, without recursion,
// and a model deeper than MAX_SHAPE_DEPTH is refused where the chain starts. Real models stay
// far below: the deepest of botocore's 424 services nests 22 levels.

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
  /** Levels below each shape, along member targets (a target already being walked ends a chain). */
  const height = new Map<string, number>();
  const walking = new Set<string>();
  for (const root of [...ctx.shapes.keys()].sort()) {
    if (height.has(root)) continue;
    const stack: Array<{ id: string; next: number; targets: string[] }> = [
      { id: root, next: 0, targets: targets(root) },
    ];
    walking.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.targets.length) {
        const target = top.targets[top.next++]!;
        if (!height.has(target) && !walking.has(target)) {
          walking.add(target);
          stack.push({ id: target, next: 0, targets: targets(target) });
        }
        continue;
      }
      let levels = 0;
      for (const target of top.targets) levels = Math.max(levels, (height.get(target) ?? 0) + 1);
      height.set(top.id, levels);
      walking.delete(top.id);
      stack.pop();
      if (levels > MAX_SHAPE_DEPTH) {
        const entry = ctx.shapes.get(top.id)!;
        ctx.error(
          "shape-depth",
          `Shapes nest more than ${MAX_SHAPE_DEPTH} levels deep below ${top.id}: a member targets a shape whose member targets a shape, ${levels} times over; code that walks such a value recurses that deep`,
          entry.location,
        );
        return;
      }
    }
  }
}
