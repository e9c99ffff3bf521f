// The one escaper for text put inside a generated comment. Model text (documentation, patterns,
// default values) can hold `*/`, which would end a block comment early and turn the rest into
// code; it is written `*\/`. Options cover what a given comment's form needs besides.

export interface CommentTextOptions {
  /** Line breaks become one space, so the text stays on the comment's one line. */
  readonly oneLine?: boolean;
  /** `@` at a line's start becomes `\@`, so TSDoc does not read the line as a tag. */
  readonly escapeTagStart?: boolean;
}

/** `text` made safe inside a `/* … *\/` or `/** … *\/` comment. */
export function escapeComment(text: string, options: CommentTextOptions = {}): string {
  let out = text.replace(/\*\//g, "*\\/");
  if (options.escapeTagStart) out = out.replace(/^@/gm, "\\@");
  if (options.oneLine) out = out.replace(/[\r\n\u2028\u2029]+/g, " ");
  return out;
}
