// The answer of a package's `validate(shapeName, …)` to a name it does not know. A module of its
// own: the lazy root (lazy.ts) needs it at import, without the rest of the runtime.

import type { ValidationResult } from "./issue.js";
import { suggestName } from "./suggest.js";

/** The result of `validate(name, …)` for a name the package does not know. */
export function unknownShapeResult<T>(
  shapeName: unknown,
  known: readonly string[],
): ValidationResult<T> {
  const text = typeof shapeName === "string" ? shapeName : String(typeof shapeName);
  const suggestion = typeof shapeName === "string" ? suggestName(shapeName, known) : undefined;
  const message = `there is no shape named ${JSON.stringify(text.slice(0, 100))} in this package${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`;
  return {
    ok: false,
    issues: [{ path: "", code: "type", message, severity: "error" }],
    warnings: [],
  };
}
