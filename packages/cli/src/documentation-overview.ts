// The one-line summary of a documentation string that AWS CLI v2 puts in YAML skeleton comments:
// markup removed, cut at the first `.` or `:`, a full stop added, line breaks made spaces.
// The cut at `:` is the AWS CLI's rule too (it makes `An s3://…` read `An s3.`); we keep it so
// that comments stay one short line and match the AWS CLI's for the same text.

const SENTENCE_END = /[.:]+/;

/** The first sentence of Markdown or HTML documentation, as plain text on one line. */
export function documentationOverview(documentation: string): string {
  let text = plainText(documentation);
  text = text.split(SENTENCE_END, 1)[0] ?? "";
  if (text) text += ".";
  return text.replace(/[\n\u2028]/g, " ");
}

/** Markdown and HTML markup removed, text kept: what a reader sees of the documentation. */
export function plainText(documentation: string): string {
  // Linear on any text: a tag stops at the next `<`, a link's label at the next `[` and its
  // target at the next `(`, so many unclosed ones are not each scanned to the end.
  return documentation
    .replace(/<[^<>]*>/g, "")
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2");
}
