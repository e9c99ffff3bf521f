// "Did you mean …?": the valid name nearest to a misspelt one, by edit distance. Used for
// unknown members and enum values, where the fix is usually a typo or the wrong case.

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
    const limit = Math.max(1, Math.floor(Math.max(folded.length, other.length) / 3));
    if (Math.abs(other.length - folded.length) > limit) continue;
    const distance = editDistance(folded, other);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
