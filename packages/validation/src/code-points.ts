// Smithy's `@length` counts Unicode code points, not UTF-16 code units: an emoji is one
// character, though JavaScript's `length` says two.

/**
 * The number of Unicode code points of `text`. A lone surrogate counts as one, as
 * `Array.from(text).length` would count it, without allocating an array (strings can be
 * megabytes long).
 */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
