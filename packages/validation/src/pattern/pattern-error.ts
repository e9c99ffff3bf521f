// The one error class of the pattern compiler: a pattern that is not valid in any dialect
// ShapeKit reads (`syntax`), or valid but outside what a linear-time matcher can run
// (`unsupported`, e.g. a backreference). `index` is the offset in the pattern to point at.

export type PatternErrorReason = "syntax" | "unsupported";

export class PatternError extends Error {
  override readonly name = "PatternError";

  constructor(
    /** What is wrong, without the pattern itself (callers quote it where it belongs). */
    readonly detail: string,
    readonly reason: PatternErrorReason,
    /** The pattern as written. */
    readonly pattern: string,
    /** Offset (UTF-16 code units) in `pattern` of the construct at fault. */
    readonly index: number,
  ) {
    super(
      `${reason === "syntax" ? "Invalid" : "Unsupported"} @pattern at offset ${index}: ${detail}`,
    );
  }
}
