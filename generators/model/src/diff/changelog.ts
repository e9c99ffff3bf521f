// A CHANGELOG.md entry for a generated package, from the model diff. No date unless one is given,
// so regenerating the same change yields the same bytes; no changes, no entry.

import type { ModelChange } from "./model-change.js";
import { isAddition, releaseLevel } from "./semver.js";

export interface ChangelogOptions {
  /** Shown after the version, as given (`2025-01-31`). */
  readonly date?: string;
}

const SECTIONS: ReadonlyArray<{ title: string; take: (c: ModelChange) => boolean }> = [
  { title: "Breaking changes", take: (c) => c.severity === "breaking" },
  { title: "Changes to review", take: (c) => c.severity === "dangerous" },
  { title: "Additions", take: (c) => c.severity === "safe" && isAddition(c) },
  { title: "Other changes", take: (c) => c.severity === "safe" && !isAddition(c) },
];

// Messages quote model text (patterns, enum values, trait values) that may contain Markdown.
// `#` needs no escape: it only starts a heading at the start of a line, and messages never do.
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);

// A code span must be fenced with more backticks than it contains; shape ids contain none.
const code = (text: string): string => `\`${text}\``;

/** Markdown for one release: `## version (date)`, then the changes grouped by severity. */
export function renderChangelogEntry(
  version: string,
  changes: readonly ModelChange[],
  options: ChangelogOptions = {},
): string {
  if (changes.length === 0) return "";
  const lines = [`## ${version}${options.date ? ` (${options.date})` : ""}`, ""];
  const level = releaseLevel(changes);
  if (level === "major") lines.push("This release contains breaking changes to the model.", "");
  for (const section of SECTIONS) {
    const items = changes.filter(section.take);
    if (items.length === 0) continue;
    lines.push(`### ${section.title}`, "");
    for (const c of items) lines.push(`- ${code(c.shape)}: ${escapeMarkdown(c.message)}`);
    lines.push("");
  }
  return lines.join("\n");
}
