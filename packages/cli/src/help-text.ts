// The help page for a terminal: the same content as the Markdown page, laid out like a man page
// (capitalised section names, indented bodies, member trees indented by depth, syntax blocks
// indented verbatim) and without Markdown fences, so it reads well in a pager.

import type { HelpOption, HelpPage, MemberTreeEntry } from "./help-page.js";

const BODY = "       ";
const STEP = "   ";

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => (line ? prefix + line : line))
    .join("\n");
}

/** Appends the lines of a member tree to `out` (a tree can be long: it is never spread). */
function memberLines(entries: readonly MemberTreeEntry[], base: string, out: string[]): void {
  for (const e of entries) {
    const prefix = base + STEP.repeat(e.depth);
    out.push(`${prefix}${e.name ? `${e.name} -> (${e.type})` : `(${e.type})`}`);
    if (e.documentation.trim()) out.push(indent(e.documentation.trim(), prefix + STEP));
  }
}

function optionLines(option: HelpOption, out: string[]): void {
  out.push(`${BODY}${option.names.join(" | ")} (${option.type})`);
  const body = BODY + STEP;
  if (option.documentation.trim()) out.push(indent(option.documentation.trim(), body));
  if (option.possibleValues)
    out.push(
      `${body}Possible values:`,
      option.possibleValues.map((v) => `${body}${STEP}o ${v}`).join("\n"),
    );
  memberLines(option.members, body, out);
  if (option.syntax?.shorthand)
    out.push(`${body}Shorthand Syntax:`, indent(option.syntax.shorthand, body + STEP));
  if (option.syntax?.syntax) out.push(`${body}Syntax:`, indent(option.syntax.syntax, body + STEP));
  if (option.syntax?.json) out.push(`${body}JSON Syntax:`, indent(option.syntax.json, body + STEP));
}

/** The page as plain text for a terminal, ending with a newline. */
export function helpText(page: HelpPage): string {
  const blocks: string[] = [page.title.toUpperCase(), "DESCRIPTION"];
  if (page.description.trim()) blocks.push(indent(page.description.trim(), BODY));
  blocks.push("SYNOPSIS", indent(page.synopsis, BODY + STEP), "OPTIONS");
  for (const option of page.options) optionLines(option, blocks);
  blocks.push("OUTPUT");
  if (page.output.length > 0) memberLines(page.output, BODY, blocks);
  else blocks.push(`${BODY}None`);
  return blocks.join("\n\n") + "\n";
}
