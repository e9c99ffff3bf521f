// How deep a parsed JSON value nests, counted without recursion. JSON.parse itself takes any
// depth, but everything after it that walks the value (printing it with JSON.stringify, say)
// recurses and overflows the stack a few thousand levels down; values are refused well before.

/**
 * Whether `value` holds arrays or objects nested more than `limit` levels deep (`[]` is one
 * level). Stops at the first branch that goes too deep.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    const current = top.value;
    if (typeof current !== "object" || current === null || current instanceof Uint8Array) continue;
    const depth = top.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === "object" && child !== null) stack.push({ value: child, depth });
    }
  }
  return false;
}
