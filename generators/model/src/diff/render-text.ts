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
    for (const c of group) lines.push(`  ${c.shape}: ${oneLine(c.message)} [${c.kind}]`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Each run of white space that holds a line break made one space, as `/\s*\n\s*\/g` would,
 * in linear time: that pattern retries at every blank of a run with no line break after it and
 * scans the rest of the run each time, and a quoted enum value can hold a long run.
 */
export function oneLine(text: string): string {
  const parts = text.split("\n");
  if (parts.length === 1) return text;
  const kept: string[] = [];
  parts.forEach((part, i) => {
    const first = i === 0;
    const last = i === parts.length - 1;
    const piece = first ? part : part.trimStart();
    const trimmed = last ? piece : piece.trimEnd();
    // A blank line inside the run adds nothing: the run stays one space.
    if (first || last || trimmed !== "") kept.push(trimmed);
  });
  return kept.join(" ");
}
