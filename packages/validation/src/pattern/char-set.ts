// A set of code points: what one position of a pattern accepts. Explicit ranges plus Unicode
// property terms (`\p{L}`, `\P{N}`), optionally complemented as a whole — the shape of a
// character class, which both the ECMAScript and the RE2 printers can write back. Operations
// that a class cannot express (intersection with a property, Java's `&&`) first spell the
// properties out as ranges (see unicode-properties.ts).

import { hasProperty, propertyRanges } from "./unicode-properties.js";

export const MAX_CODE_POINT = 0x10ffff;

/** `\p{name}` (or `\P{name}` when negated); `name` is an ECMAScript property expression. */
export interface PropertyTerm {
  readonly name: string;
  readonly negated: boolean;
}

/** Past this many code points an overlap test against a property set is not attempted. */
const OVERLAP_PROBE_LIMIT = 4096;

export class CharSet {
  /** Sorted, disjoint, non-adjacent inclusive ranges: `[lo, hi, lo, hi, …]`. */
  readonly ranges: readonly number[];
  readonly properties: readonly PropertyTerm[];
  /** The set is the complement of `ranges ∪ properties` (only ever true with properties). */
  readonly negated: boolean;

  private constructor(
    ranges: readonly number[],
    properties: readonly PropertyTerm[],
    negated: boolean,
  ) {
    this.ranges = ranges;
    this.properties = properties;
    this.negated = negated && properties.length > 0;
    if (negated && properties.length === 0) this.ranges = complementRanges(ranges);
  }

  static readonly EMPTY = new CharSet([], [], false);
  static readonly ALL = new CharSet([0, MAX_CODE_POINT], [], false);

  static of(...codePoints: number[]): CharSet {
    return CharSet.fromRanges(codePoints.flatMap((cp) => [cp, cp]));
  }

  static range(lo: number, hi: number): CharSet {
    return CharSet.fromRanges([lo, hi]);
  }

  /** From `[lo, hi, …]` pairs in any order, overlapping or not. */
  static fromRanges(pairs: readonly number[]): CharSet {
    return new CharSet(normalizeRanges(pairs), [], false);
  }

  static property(name: string, negated = false): CharSet {
    return new CharSet([], [{ name, negated }], false);
  }

  get isConcrete(): boolean {
    return this.properties.length === 0;
  }

  /** The one code point of the set, when it has exactly one (concrete sets only). */
  get single(): number | undefined {
    return this.isConcrete && this.ranges.length === 2 && this.ranges[0] === this.ranges[1]
      ? this.ranges[0]
      : undefined;
  }

  get isEmpty(): boolean {
    return this.materialize().ranges.length === 0;
  }

  has(cp: number): boolean {
    let found = inRanges(this.ranges, cp);
    for (const p of this.properties) if (!found) found = hasProperty(p.name, cp) !== p.negated;
    return found !== this.negated;
  }

  union(other: CharSet): CharSet {
    if (this.negated || other.negated)
      return CharSet.fromRanges([...this.materialize().ranges, ...other.materialize().ranges]);
    const properties = [...this.properties];
    for (const p of other.properties)
      if (!properties.some((q) => q.name === p.name && q.negated === p.negated)) properties.push(p);
    return new CharSet(normalizeRanges([...this.ranges, ...other.ranges]), properties, false);
  }

  complement(): CharSet {
    return new CharSet(this.ranges, this.properties, !this.negated);
  }

  intersect(other: CharSet): CharSet {
    const a = this.materialize().ranges;
    const b = other.materialize().ranges;
    return CharSet.fromRanges(intersectRanges(a, b));
  }

  subtract(other: CharSet): CharSet {
    return this.intersect(other.complement());
  }

  /** The same set with every property spelled out as ranges. */
  materialize(): CharSet {
    if (this.isConcrete) return this;
    const pairs = [...this.ranges];
    for (const p of this.properties) {
      const ranges = propertyRanges(p.name);
      for (const range of p.negated ? complementRanges(ranges) : ranges) pairs.push(range);
    }
    return new CharSet(normalizeRanges(pairs), [], this.negated);
  }

  /**
   * Java's ASCII-only case-insensitive matching (`(?i)` without `u`): every ASCII letter in the
   * set brings its other case. Applied to a class before it is complemented.
   */
  foldAsciiCase(): CharSet {
    const extra: number[] = [];
    for (let cp = 0x41; cp <= 0x5a; cp++) {
      if (this.has(cp)) extra.push(cp + 0x20, cp + 0x20);
      if (this.has(cp + 0x20)) extra.push(cp, cp);
    }
    if (extra.length === 0) return this;
    return this.union(CharSet.fromRanges(extra));
  }

  /**
   * Whether some code point is in both sets. Exact for explicit ranges; with properties on both
   * sides, or a large explicit side, it answers `true` (the caller treats the sets as overlapping).
   */
  overlaps(other: CharSet): boolean {
    if (this.isConcrete && other.isConcrete)
      return intersectRanges(this.ranges, other.ranges).length > 0;
    const [concrete, rest] = this.isConcrete
      ? [this, other]
      : other.isConcrete
        ? [other, this]
        : [undefined, undefined];
    if (!concrete || !rest || rangeSize(concrete.ranges) > OVERLAP_PROBE_LIMIT) return true;
    for (let i = 0; i < concrete.ranges.length; i += 2) {
      for (let cp = concrete.ranges[i]!; cp <= concrete.ranges[i + 1]!; cp++)
        if (rest.has(cp)) return true;
    }
    return false;
  }

  equals(other: CharSet): boolean {
    return (
      this.negated === other.negated &&
      sameNumbers(this.ranges, other.ranges) &&
      this.properties.length === other.properties.length &&
      this.properties.every(
        (p, i) =>
          p.name === other.properties[i]!.name && p.negated === other.properties[i]!.negated,
      )
    );
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function rangeSize(ranges: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < ranges.length; i += 2) n += ranges[i + 1]! - ranges[i]! + 1;
  return n;
}

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 2]!) hi = mid - 1;
    else if (cp > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

function normalizeRanges(pairs: readonly number[]): number[] {
  const list: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i]!, pairs[i + 1]!]);
  list.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of list) {
    if (out.length > 0 && lo <= out[out.length - 1]! + 1)
      out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function complementRanges(ranges: readonly number[]): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i]! > next) out.push(next, ranges[i]! - 1);
    next = ranges[i + 1]! + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

function intersectRanges(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}
