// `target.push(...items)` passes every item as an argument of one call, and V8 throws "Maximum
// call stack size exceeded" past about 120,000 of them: a model with that many members,
// enum values, shapes or diagnostics would crash the generator. Appending one by one has no
// such limit.

/** Appends `items` to `target` (any number of them) and returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
