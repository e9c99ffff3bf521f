// `@uniqueItems` and the `shapekit#uniqueBy` rule: which items of a list repeat an earlier one.
// Items compare by value (objects by their members, whatever their key order), through a
// canonical text built iteratively, so even a deeply nested item cannot overflow the stack, and
// from own properties only, so a sparse array costs what it holds.

/**
 * For each item equal to an earlier one: its index and the earlier index, in order, the first
 * `limit` of them (the walk stops there: a list of a million equal items costs `limit` steps).
 */
export function duplicateItems(
  items: readonly unknown[],
  limit = Infinity,
): Array<[duplicate: number, first: number]> {
  const seen = new Map<string, number>();
  const out: Array<[number, number]> = [];
  for (let i = 0; i < items.length && out.length < limit; i++) {
    const key = canonicalText(Object.hasOwn(items, i) ? items[i] : undefined);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push([i, first]);
  }
  return out;
}

/**
 * A text that is equal for equal JSON values: object keys sorted, array items with their
 * indexes, no recursion. Work and size follow the value's own properties, never an array's
 * `length` alone.
 */
export function canonicalText(value: unknown): string {
  const parts: string[] = [];
  // Work items: a value to write, or a literal piece of text.
  const stack: Array<{ value: unknown } | string> = [{ value }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      parts.push(item);
      continue;
    }
    const v = item.value;
    if (Array.isArray(v)) {
      // Own indexes only, each with its index, and the length: a sparse array's length can be
      // 2**32 - 1 with nothing set, and a hole must not read through the prototype chain.
      const keys = Object.keys(v);
      stack.push("]");
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (v as unknown as Record<string, unknown>)[keys[i]!] });
        stack.push(`${i > 0 ? "," : ""}${keys[i]}:`);
      }
      parts.push(`[${v.length}|`);
    } else if (
      typeof v === "object" &&
      v !== null &&
      !(v instanceof Date) &&
      !(v instanceof Uint8Array)
    ) {
      const keys = Object.keys(v).sort();
      stack.push("}");
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ value: (v as Record<string, unknown>)[keys[i]!] });
        stack.push(`${i > 0 ? "," : ""}${JSON.stringify(keys[i])}:`);
      }
      parts.push("{");
    } else if (v instanceof Date) {
      parts.push(`D${v.getTime()}`);
    } else if (v instanceof Uint8Array) {
      parts.push(`B${Array.from(v).join(".")}`);
    } else if (typeof v === "string") {
      parts.push(JSON.stringify(v));
    } else {
      parts.push(`${typeof v}:${String(v)}`);
    }
  }
  return parts.join("");
}
