// Validation messages for members whose values were read from a file. The validators name the
// value they found (`"…" does not match the pattern …`): for a value the user typed that is what
// helps, for a file's contents (a credentials file given to the wrong option) it would echo the
// file. Such messages say what is wrong by the issue's code and name the file instead; messages
// that quote only the model (a missing member, an unknown member name) are kept.

/** What an issue of each code says about a value, without showing the value. */
const WHAT_IS_WRONG: Readonly<Record<string, string>> = {
  type: "is not of the type the model expects",
  length: "has a length outside the bounds of the model",
  range: "is outside the range of the model",
  pattern: "does not match the pattern of the model",
  enum: "is not one of the values the model allows",
  rule: "breaks a rule of the model",
};

/** The issue's message, restated without the value when the value came from `sources`. */
export function fileSourcedMessage(
  issue: { readonly code: string; readonly message: string },
  sources: readonly string[],
): string {
  if (issue.code === "required" || issue.code === "unknown") return issue.message;
  const what = Object.hasOwn(WHAT_IS_WRONG, issue.code)
    ? WHAT_IS_WRONG[issue.code]!
    : "is not valid";
  return `the value ${what}; it holds the contents of ${sources.join(", ")}, which are not shown`;
}
