// How many shapes a written-out example may hold. Syntax blocks, skeletons and help pages write
// an operation's shapes out as a tree: a shape used by two members of a structure is written
// twice, and a model that reuses shapes level after level (S0 has A: S1 and B: S1, S1 has A: S2
// and B: S2, …) writes 2^depth of them from a few dozen lines of model. The walkers spend one
// unit of a budget per shape they write and stop with `ShapesTooLargeError` when it is spent,
// so the work and the memory stay bounded whatever the model.

/**
 * The most shapes one syntax block, skeleton or help page writes out. The largest of the 424
 * models botocore ships write about 75,000 (QuickSight's create-dashboard help page; its input
 * skeleton 53,000); a page at the limit takes a few hundred megabytes to hold.
 */
export const MAX_EXPANDED_SHAPES = 500_000;

/** Thrown when writing something out would pass `MAX_EXPANDED_SHAPES` (a hostile model). */
export class ShapesTooLargeError extends Error {
  override name = "ShapesTooLargeError";
  constructor(
    /** What was being written: `the help page of put-dag`, `the JSON syntax of PutDagInput`. */
    readonly subject: string,
    readonly limit: number,
  ) {
    super(
      `${capitalize(subject)} would write out more than ${limit.toLocaleString("en")} shapes (the model reuses its shapes at every level), more than can be shown`,
    );
  }
}

/** A count of shapes written, shared by the walkers of one page or block. */
export class ExpansionBudget {
  #left: number;

  constructor(
    readonly subject: string,
    readonly limit: number = MAX_EXPANDED_SHAPES,
  ) {
    this.#left = limit;
  }

  /** Shapes written so far. */
  get spent(): number {
    return this.limit - this.#left;
  }

  /** Counts one shape written; throws `ShapesTooLargeError` past the limit. */
  spend(): void {
    if (--this.#left < 0) throw new ShapesTooLargeError(this.subject, this.limit);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
