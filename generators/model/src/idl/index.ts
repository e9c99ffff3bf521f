// The Smithy IDL loader: IDL text in, one file's JSON AST (with source locations and the
// references only the resolver can settle) out.

import type { FileLoadResult } from "../loaded-file.js";
import { parseIdlFile } from "./idl-parser.js";

export {
  isElidedMemberReference,
  type ElidedMemberReference,
  type ResourceBinding,
} from "./elided-member.js";

/**
 * Parses one Smithy IDL file (1.0 or 2.0) into the Smithy JSON AST.
 *
 * Never throws: every problem is a diagnostic with the file, line and column of the
 * offending token, and parsing goes on after a syntax error so that one run reports as much
 * as possible. `loaded` is always present; when `diagnostics` holds errors it is partial
 * and must not be resolved.
 *
 * Relative shape references are written as `namespace#Name` placeholders and listed in
 * `loaded.pendingReferences` (see `PendingReference`); members with an elided target have
 * `target: ""` and an `ElidedMemberReference` (role `elided`).
 *
 * @param text the file's content
 * @param file the file name used in diagnostics and source locations
 */
export function parseIdl(text: string, file: string): FileLoadResult {
  try {
    return parseIdlFile(text, file);
  } catch (e) {
    // A bug, not bad input: still a diagnostic rather than an exception for the caller.
    const message = e instanceof Error ? e.message : String(e);
    return {
      diagnostics: [
        {
          severity: "error",
          code: "internal",
          message: `Internal error while parsing: ${message}`,
          location: { file, line: 1, column: 1 },
        },
      ],
    };
  }
}
