// A lookup by name for a fixed set of names (commands, options), for names that come from the
// command line. Such strings are not the engine's interned copies: a `Map` compares their
// characters to its keys on every call, and an object lookup searches the engine's string
// table first; both cost more than the parse of a short argument. Here a name goes to a slot by
// its length and two of its characters, and one `===` with the name kept there decides.

/** A fixed set of values by name; a repeated name keeps its last value (as a `Map` would). */
export class NameIndex<T> {
  readonly #names: string[];
  readonly #values: T[];
  readonly #mask: number;
  /** The value of the empty name, which would read as a free slot. */
  #empty: { value: T } | undefined;

  constructor(entries: Iterable<readonly [string, T]>) {
    const byName = new Map(entries);
    let size = 8;
    while (size < byName.size * 2) size *= 2;
    this.#names = new Array<string>(size).fill("");
    this.#values = new Array<T>(size);
    this.#mask = size - 1;
    for (const [name, value] of byName) {
      if (name === "") {
        this.#empty = { value };
        continue;
      }
      let slot = this.#slot(name);
      while (this.#names[slot] !== "") slot = (slot + 1) & this.#mask;
      this.#names[slot] = name;
      this.#values[slot] = value;
    }
  }

  #slot(name: string): number {
    const n = name.length;
    return (n * 31 + name.charCodeAt(n - 1) * 7 + name.charCodeAt(n >> 1)) & this.#mask;
  }

  /** The value of `name`, if it is one of the names. */
  get(name: string): T | undefined {
    if (name.length === 0) return this.#empty?.value;
    const names = this.#names;
    const mask = this.#mask;
    for (let slot = this.#slot(name); ; slot = (slot + 1) & mask) {
      const known = names[slot]!;
      if (known === name) return this.#values[slot];
      if (known === "") return undefined;
    }
  }
}
