// How deep and how large a written-out example may be. Syntax blocks, skeletons and help pages
// write an operation's shapes out as a tree, by recursion:
// - deep: each level takes a few stack frames, and a few thousand levels exhaust the stack;
//   past MAX_WALKED_DEPTH the walkers stop with `ShapesTooDeepError`;
// - large: a shape used by two members of a structure is written twice, and a model that
//   reuses shapes level after level (S0 has A: S1 and B: S1, S1 has A: S2 and B: S2, …) writes
//   2^depth of them from a few dozen lines of model. The walkers spend one unit of a budget per
//   shape they write and stop with `ShapesTooLargeError` when it is spent.
// So the work, the memory and the stack stay bounded whatever the model.

/**
 * How deep an operation's shapes may nest to be walked (skeletons, help, syntax blocks, the
 * command line). Real services nest about 20 levels.
 */
export const MAX_WALKED_DEPTH = 1000;

/**
 * Thrown when shapes nest deeper than `MAX_WALKED_DEPTH` (a hostile model): by a command
 * surface's `generateCliSkeleton` and `renderHelp` (`parseCommandLine` returns it as an
 * `internal` error), and by `syntaxHelp`.
 */
export class ShapesTooDeepError extends Error {
  override name = "ShapesTooDeepError";
  constructor(
    /** The operation (or the option) whose shapes nest too deep. */
    readonly operation: string,
    /** How deep they nest; `undefined` when the walk stopped at the limit without measuring. */
    readonly depth: number | undefined,
  ) {
    super(
      depth === undefined
        ? `The shapes of ${operation} nest more than the ${MAX_WALKED_DEPTH} levels its skeletons, help page and command line can walk`
        : `The shapes of ${operation} nest ${depth} levels deep, more than the ${MAX_WALKED_DEPTH} its skeletons, help page and command line can walk`,
    );
  }
}

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
