// Readable drift: a unified diff per changed file, paths relative to where the user stands.

import { createTwoFilesPatch } from "diff";
import path from "node:path";
import type { OutputChange } from "./output-tree.js";

export function unifiedDiff(changes: readonly OutputChange[], relativeTo: string): string {
  return changes
    .filter((c) => c.kind !== "unchanged")
    .map((c) => {
      const rel = path.relative(relativeTo, c.absolutePath).split(path.sep).join("/");
      return createTwoFilesPatch(
        c.kind === "create" ? "/dev/null" : `a/${rel}`,
        c.kind === "delete" ? "/dev/null" : `b/${rel}`,
        c.before ?? "",
        c.after ?? "",
        undefined,
        undefined,
        { context: 3 },
      );
    })
    .join("");
}
