// Which shapes can contain themselves (a tree node holding tree nodes). Only their check
// functions count depth: for every other shape the nesting of a value is bounded by the model,
// so a hostile input cannot make a validator recurse deeper than the model is deep.

import type { Model, Shape } from "@shapekit/model";

/** Ids of the shapes that lie on a cycle of member references (Tarjan's SCC, iterative). */
export function recursiveShapes(model: Model, shapes: readonly Shape[]): Set<string> {
  const ids = new Set(shapes.map((s) => s.id));
  const edges = (id: string): string[] =>
    [...(model.shape(id)?.members.values() ?? [])].map((m) => m.target).filter((t) => ids.has(t));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out = new Set<string>();
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: Array<{ id: string; next: string[]; i: number }> = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: edges(id), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.next.length) {
        const to = frame.next[frame.i++]!;
        if (!index.has(to)) open(to);
        else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          component.push(id);
        } while (id !== frame.id);
        const selfLoop = edges(frame.id).includes(frame.id);
        if (component.length > 1 || selfLoop) component.forEach((c) => out.add(c));
      }
    }
  }
  return out;
}

/**
 * Ids of the shapes among `shapes` from which a recursive shape can be reached through member
 * references (the recursive ones included): their checks take the nesting depth `d` and pass
 * it on.
 */
export function shapesReachingRecursion(
  model: Model,
  shapes: readonly Shape[],
  recursive: ReadonlySet<string>,
): Set<string> {
  const out = new Set(recursive);
  // Grows to a fixed point: at most one pass per level of the model's depth.
  for (let changed = out.size > 0; changed;) {
    changed = false;
    for (const shape of shapes) {
      if (out.has(shape.id)) continue;
      if ([...shape.members.values()].some((m) => out.has(m.target))) {
        out.add(shape.id);
        changed = true;
      }
    }
  }
  return out;
}
