// "Did you mean …?": the valid name nearest to a misspelt one, by edit distance. Used for
// unknown members and enum values, where the fix is usually a typo or the wrong case. Cheap
// whatever the input: long names are not compared, and each comparison stops as soon as the
// distance exceeds what would count as a typo, in memory of three rows.

/** Names longer than this are not compared: a key can be megabytes long, and nobody mistypes that much. */
const MAX_COMPARED_LENGTH = 128;

/**
 * The candidate closest to `input`, or `undefined` when none is close enough to be a likely
 * typo. A case-insensitive match wins outright (`variantName` → `VariantName`); otherwise the
 * smallest edit distance (insertions, deletions, substitutions and swaps of neighbours, case
 * ignored) wins, if it is at most a third of the longer name's length (and at least 1). Ties
 * go to the earlier candidate, so the model's order decides.
 */
export function suggestName(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > MAX_COMPARED_LENGTH) return undefined;
  const folded = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    if (other === folded) return candidate;
    // Only a strictly better distance can win: the bound shrinks as candidates improve.
    const limit = Math.min(
      Math.max(1, Math.floor(Math.max(folded.length, other.length) / 3)),
      bestDistance - 1,
    );
    if (Math.abs(other.length - folded.length) > limit) continue;
    const distance = boundedDistance(folded, other, limit);
    if (distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity);
}

/**
 * The optimal string alignment distance of `a` and `b` when it is at most `limit`; otherwise
 * some number above `limit` (the computation stops once a whole row exceeds it, since the
 * distance never decreases from one row to the next).
 */
function boundedDistance(a: string, b: string, limit: number): number {
  const cols = b.length + 1;
  let before = new Array<number>(cols).fill(0);
  let previous = new Array<number>(cols);
  let current = new Array<number>(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, before[j - 2]! + 1);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[cols - 1]!;
}
