// Plain-object records keyed by user input. Shape names, member names and trait-value keys come
// from model files, so `__proto__`, `constructor` and `toString` are ordinary keys here: writes go
// through `defineProperty` (an assignment to `__proto__` would replace the prototype instead) and
// reads check `Object.hasOwn` (an inherited `constructor` is not a member).

/** Sets `key` as an own, enumerable property, whatever the key is. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  // Only `__proto__` has an inherited setter; plain assignment is much faster for every other key.
  if (key === "__proto__")
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else record[key] = value;
}

/** The own property `key`, or `undefined`; never something inherited from `Object.prototype`. */
export function getOwn<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record built from entries in their order, safe for any key. */
export function recordFromEntries<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}
