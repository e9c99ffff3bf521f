// `@uniqueItems` and the `shapekit#uniqueBy` rule: which items of a list repeat an earlier one.
// Items compare by value (objects by their members, whatever their key order), through a
// canonical text built iteratively, so even a deeply nested item cannot overflow the stack.

/** For each item equal to an earlier one: its index and the earlier index. */
export function duplicateItems(items: readonly unknown[]): Array<[duplicate: number, first: number]> {
  const seen = new Map<string, number>();
  const out: Array<[number, number]> = [];
  for (let i = 0; i < items.length; i++) {
    const key = canonicalText(items[i]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.push([i, first]);
  }
  return out;
}

/** A text that is equal for equal JSON values: object keys sorted, no recursion. */
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
      stack.push("]");
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ value: v[i] });
        if (i > 0) stack.push(",");
      }
      parts.push("[");
    } else if (typeof v === "object" && v !== null && !(v instanceof Date) && !(v instanceof Uint8Array)) {
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
