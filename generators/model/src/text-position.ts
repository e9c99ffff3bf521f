// Offsets to 1-based line:column for loaders that work on offsets (the JSON AST loader). Columns
// count UTF-16 code units from the line start, as editors and the IDL parser do.

import type { SourceLocation } from "./source-location.js";

/** Converts character offsets of one text into source locations. */
export class TextPositions {
  readonly #lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    text: string,
  ) {
    // Lines end at "\n" ("\r\n" leaves its "\r" on the line, past any column we report).
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      this.#lineStarts.push(i + 1);
  }

  at(offset: number): SourceLocation {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.file, line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
