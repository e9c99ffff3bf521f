// The plain-text report of a model diff: a summary line, then one line per change grouped by
// severity, most serious first. What `shapekit diff` prints without --json.

import { SEVERITIES, type ModelChange } from "./model-change.js";

export function renderChangesText(changes: readonly ModelChange[]): string {
  if (changes.length === 0) return "No changes.\n";
  const counts = SEVERITIES.map((s) => `${changes.filter((c) => c.severity === s).length} ${s}`);
  const lines = [
    `${changes.length} change${changes.length === 1 ? "" : "s"}: ${counts.join(", ")}`,
  ];
  for (const severity of SEVERITIES) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${severity.toUpperCase()} (${group.length})`);
    // Messages are one line by construction, but they quote model text: keep that on one line too.
    for (const c of group)
      lines.push(`  ${c.shape}: ${c.message.replace(/\s*\n\s*/g, " ")} [${c.kind}]`);
  }
  return `${lines.join("\n")}\n`;
}
