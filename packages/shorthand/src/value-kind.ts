// What a caller passed, in a few words, for messages about values a program got wrong (argv that
// is no list, a value no words carry, what a hook returned or threw). Never the value itself: it
// may be long or secret. Every look at an object may run a proxy trap, which may throw.

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** `Date`, `Map`, …: the built-in kind of an object that is neither a list nor a record. */
export function exoticKind(value: object): string | undefined {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === "Object" || tag === "Array" ? undefined : tag;
}

/** `null`, `undefined`, `a list`, `bytes`, `a Date`, `an object`, `a number`, … */
export function valueKind(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== "object") return article(typeof value);
  try {
    if (Array.isArray(value)) return "a list";
    if (value instanceof Uint8Array) return "bytes";
    return article(exoticKind(value) ?? "object");
  } catch {
    return "an object"; // a revoked proxy, or a trap that throws
  }
}

/** What was thrown: an Error's message (the caller's own code threw it), else only its kind. */
export function thrownReason(error: unknown): string {
  try {
    if (error instanceof Error) return error.message;
  } catch {
    // a proxy's getPrototypeOf trap, or a message getter, that throws
  }
  return `${valueKind(error)} was thrown`;
}
