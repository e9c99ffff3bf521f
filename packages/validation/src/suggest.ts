// "Did you mean …?": the valid name nearest to a misspelt one, by edit distance. Used for
// unknown members and enum values, where the fix is usually a typo or the wrong case. Cheap
// whatever the input: long names are not compared, and each comparison stops as soon as the
// distance exceeds what would count as a typo, in memory of three rows. The answers for a list
// are remembered (a few dozen inputs per list): a client that sends a wrong name usually sends it
// again and again, and the search over a list of hundreds of enum values costs microseconds.

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
  const list = foldedCandidates(candidates);
  const known = list.answers.get(folded);
  if (known !== undefined) return known ?? undefined;
  const best = nearest(folded, candidates, list.folded);
  if (list.answers.size >= MAX_REMEMBERED) list.answers.clear();
  list.answers.set(folded, best ?? null);
  return best;
}

/** How many answers a list remembers; past this the memory starts over (inputs are arbitrary). */
const MAX_REMEMBERED = 64;

/** The search behind `suggestName`, over the folded candidates `others` (same order as `candidates`). */
function nearest(
  folded: string,
  candidates: readonly string[],
  others: readonly string[],
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let i = 0; i < others.length; i++) {
    const candidate = candidates[i]!;
    const other = others[i]!;
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

/** A list folded to lower case, the items it was folded from, and the answers found in it. */
interface FoldedList {
  readonly items: readonly string[];
  readonly folded: readonly string[];
  /** Folded input → the suggestion (a candidate), or null for none close enough. */
  readonly answers: Map<string, string | null>;
}

/**
 * Lower-cased candidate lists, by list: a model's enum can hold hundreds of values, and its
 * list is the same array (a generated constant) at every report, so folding it once saves most
 * of a message's cost. Each use checks the list against the copy it was folded from (identity
 * of each item, no allocation), so a list changed in place is folded again.
 */
const foldedLists = new WeakMap<readonly string[], FoldedList>();

function foldedCandidates(candidates: readonly string[]): FoldedList {
  const cached = foldedLists.get(candidates);
  if (cached !== undefined && sameItems(cached.items, candidates)) return cached;
  const items = candidates.slice();
  const list = {
    items,
    folded: items.map((c) => c.toLowerCase()),
    answers: new Map<string, string | null>(),
  };
  foldedLists.set(candidates, list);
  return list;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity);
}

/**
 * Three rows of the distance table, reused by every comparison (a message is built for each
 * unknown member and enum value reported, against every candidate): grown, never shrunk.
 */
let rows = new Int32Array(3 * 64);

/**
 * The optimal string alignment distance of `a` and `b` when it is at most `limit`; otherwise
 * some number above `limit`. Only the band of cells within `limit` of the diagonal is computed
 * (a cell further off needs more than `limit` insertions or deletions), with the cells just
 * outside it held above `limit`; and the computation stops once a whole row exceeds it, since
 * the distance never decreases from one row to the next.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  const cols = b.length + 1;
  // The last row's band must reach the last column.
  if (b.length - a.length > limit) return limit + 1;
  if (rows.length < 3 * cols) rows = new Int32Array(3 * cols * 2);
  /** Above the limit: cells outside the band (only ever written for a finite limit). */
  const outside = limit + 1;
  // Row offsets into `rows`: two rows back, the previous row, the current one.
  let before = 0;
  let previous = cols;
  let current = 2 * cols;
  for (let j = 0; j < cols; j++) {
    rows[before + j] = 0;
    rows[previous + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    // Every cell of this row is more than `limit` columns off the diagonal.
    if (i - limit > b.length) return limit + 1;
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    rows[current + lo - 1] = lo === 1 ? i : outside;
    let rowMin = i;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min(
        rows[previous + j]! + 1,
        rows[current + j - 1]! + 1,
        rows[previous + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj)
        v = Math.min(v, rows[before + j - 2]! + 1);
      rows[current + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < b.length) rows[current + hi + 1] = outside;
    if (rowMin > limit) return limit + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + cols - 1]!;
}
