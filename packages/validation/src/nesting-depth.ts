// How deep a graph nests below some of its nodes: the longest chain of steps from a root. The
// model loader measures shapes with it (a member targeting a shape whose member targets a
// shape…) and the CLI runtime an operation's shapes, both before anything walks them by
// recursion: a hostile model of thousands of levels must get an error, not a stack overflow.
// So this walk keeps its own stack.

/** The deepest chain found, or the first node whose chain passes the limit. */
export interface NestingDepth {
  /** Levels below `node`: 0 for a node without next nodes. */
  readonly depth: number;
  /** The node the depth is measured from (undefined: no roots). */
  readonly node: string | undefined;
}

/**
 * How many levels the graph nests below `roots`: the longest chain of `next` steps, a node met
 * again on its own chain ending it (a cycle counts once around). Each node is visited once.
 * With `limit`, the walk stops at the first node (in the order it finishes them) whose chain is
 * longer than that, and returns it.
 */
export function nestingDepth(
  roots: Iterable<string>,
  next: (node: string) => readonly string[],
  limit = Infinity,
): NestingDepth {
  const height = new Map<string, number>();
  const onChain = new Set<string>();
  let deepest: NestingDepth = { depth: 0, node: undefined };
  for (const root of roots) {
    if (!height.has(root)) {
      const stack = [{ node: root, at: 0, next: next(root) }];
      onChain.add(root);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        if (top.at < top.next.length) {
          const child = top.next[top.at++]!;
          if (!height.has(child) && !onChain.has(child)) {
            onChain.add(child);
            stack.push({ node: child, at: 0, next: next(child) });
          }
          continue;
        }
        let levels = 0;
        for (const child of top.next) levels = Math.max(levels, (height.get(child) ?? 0) + 1);
        height.set(top.node, levels);
        onChain.delete(top.node);
        stack.pop();
        if (levels > limit) return { depth: levels, node: top.node };
      }
    }
    const depth = height.get(root)!;
    if (deepest.node === undefined || depth > deepest.depth) deepest = { depth, node: root };
  }
  return deepest;
}
