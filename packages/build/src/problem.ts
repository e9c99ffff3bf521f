// A build problem and where it is: file:line:col, as editors and terminals link them.

export interface BuildProblem {
  /** The file, relative to the package folder, with `/`. */
  readonly file: string;
  /** 1-based; absent when the problem is not at a place in the file. */
  readonly line?: number;
  /** 1-based, in characters (UTF-16 code units, as editors count). */
  readonly column?: number;
  readonly message: string;
}

/**
 * Line and column of a UTF-8 byte offset (oxc reports offsets in the text's UTF-8 encoding),
 * or nothing when there is no offset.
 */
export function locate(
  text: string,
  byteOffset: number | undefined,
): { line?: number; column?: number } {
  if (byteOffset === undefined) return {};
  const before = Buffer.from(text, "utf8").subarray(0, byteOffset).toString("utf8");
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: before.length - lineStart + 1 };
}

/** `file:line:col: message`, one line. */
export function formatProblem(problem: BuildProblem, folder = ""): string {
  const at = problem.line === undefined ? "" : `:${problem.line}:${problem.column ?? 1}`;
  const file = folder === "" || folder === "." ? problem.file : `${folder}/${problem.file}`;
  return `${file}${at}: ${problem.message}`;
}
