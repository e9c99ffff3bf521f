// jmespath (the `--query` global option), for bundlers and browsers: a static import, as a
// bundle needs one. Node.js resolves `#cli-jmespath` to jmespath-library-node.ts instead, which
// loads it on first use (see package.json "imports").

import jmespath from "jmespath";

/** What `--query` needs of a JMESPath implementation. */
export interface JmespathLibrary {
  /** Parses an expression; throws on a syntax error. */
  compile(expression: string): unknown;
  /** The value an expression selects from `data`. */
  search(data: unknown, expression: string): unknown;
}

/** The jmespath library. */
export function jmespathLibrary(): JmespathLibrary {
  return jmespath;
}
