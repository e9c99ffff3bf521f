// Unicode property escapes (`\p{L}`, `\p{Script=Greek}`, `\p{Alphabetic}`) as the JavaScript
// engine defines them: membership tests and, when a character class must be spelled out for an
// engine without ECMAScript's property names, the full list of code point ranges. Both come from
// the host's own RegExp, so the linear-time engine and the native one agree on every code point.

const LAST_CODE_POINT = 0x10ffff;

const testers = new Map<string, RegExp>();
const rangeCache = new Map<string, readonly number[]>();
let everyCodePoint: string | undefined;

/** True when `name` (what stands between the braces of `\p{…}`) is an ECMAScript property expression. */
export function isEcmaProperty(name: string): boolean {
  return tester(name) !== undefined;
}

/** True when the code point `cp` has the property `name` (which must be valid). */
export function hasProperty(name: string, cp: number): boolean {
  return tester(name)!.test(String.fromCodePoint(cp));
}

function tester(name: string): RegExp | undefined {
  let re = testers.get(name);
  if (re === undefined) {
    if (!/^[A-Za-z0-9_=]+$/.test(name)) return undefined;
    try {
      re = new RegExp(`^\\p{${name}}$`, "u");
    } catch {
      return undefined;
    }
    testers.set(name, re);
  }
  return re;
}

/**
 * The code points with the property `name`, as sorted inclusive `[lo, hi, lo, hi, …]` ranges.
 * Computed once per property by scanning a string of every code point (tens of milliseconds).
 */
export function propertyRanges(name: string): readonly number[] {
  const cached = rangeCache.get(name);
  if (cached) return cached;
  const ranges: number[] = [];
  const add = (lo: number, hi: number) => {
    if (ranges.length > 0 && ranges[ranges.length - 1]! + 1 === lo) ranges[ranges.length - 1] = hi;
    else ranges.push(lo, hi);
  };
  const all = (everyCodePoint ??= buildEveryCodePoint());
  // The scanned string has no surrogates, so U+D7FF and U+E000 are neighbours there: a run that
  // crosses them is split, and the surrogates that have the property go in between.
  const surrogates: number[] = [];
  for (let cp = 0xd800; cp <= 0xdfff; cp++) if (hasProperty(name, cp)) surrogates.push(cp);
  let surrogatesAdded = false;
  const addSurrogates = () => {
    for (const cp of surrogates) add(cp, cp);
    surrogatesAdded = true;
  };
  for (const m of all.matchAll(new RegExp(`\\p{${name}}+`, "gu"))) {
    const lo = codePointAt(m.index);
    const hi = codePointAt(m.index + m[0].length - 1);
    if (hi < 0xd800) add(lo, hi);
    else if (lo > 0xdfff) {
      if (!surrogatesAdded) addSurrogates();
      add(lo, hi);
    } else {
      add(lo, 0xd7ff);
      addSurrogates();
      add(0xe000, hi);
    }
  }
  if (!surrogatesAdded) addSurrogates();
  rangeCache.set(name, ranges);
  return ranges;
}

/**
 * Every code point but the surrogates, in order: U+0000–U+D7FF and U+E000–U+FFFF one code unit
 * each, then U+10000–U+10FFFF as pairs. `codePointAt` maps a code unit index back.
 */
function buildEveryCodePoint(): string {
  const chunks: string[] = [];
  const units = new Uint16Array(0x2000);
  const flush = (length: number) => chunks.push(String.fromCharCode(...units.subarray(0, length)));
  let n = 0;
  const push = (unit: number) => {
    units[n++] = unit;
    if (n === units.length) {
      flush(n);
      n = 0;
    }
  };
  for (let cp = 0; cp < 0xd800; cp++) push(cp);
  for (let cp = 0xe000; cp <= 0xffff; cp++) push(cp);
  for (let cp = 0x10000; cp <= LAST_CODE_POINT; cp++) {
    const v = cp - 0x10000;
    push(0xd800 + (v >> 10));
    push(0xdc00 + (v & 0x3ff));
  }
  flush(n);
  return chunks.join("");
}

function codePointAt(unitIndex: number): number {
  if (unitIndex < 0xd800) return unitIndex;
  if (unitIndex < 0xf800) return unitIndex + 0x800;
  return 0x10000 + ((unitIndex - 0xf800) >> 1);
}
