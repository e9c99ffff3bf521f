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

function memberLines(entries: readonly MemberTreeEntry[], base: string): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const prefix = base + STEP.repeat(e.depth);
    out.push(`${prefix}${e.name ? `${e.name} -> (${e.type})` : `(${e.type})`}`);
    if (e.documentation.trim()) out.push(indent(e.documentation.trim(), prefix + STEP));
  }
  return out;
}

function optionLines(option: HelpOption): string[] {
  const out = [`${BODY}${option.names.join(" | ")} (${option.type})`];
  const body = BODY + STEP;
  if (option.documentation.trim()) out.push(indent(option.documentation.trim(), body));
  if (option.possibleValues)
    out.push(
      `${body}Possible values:`,
      option.possibleValues.map((v) => `${body}${STEP}o ${v}`).join("\n"),
    );
  out.push(...memberLines(option.members, body));
  if (option.syntax?.shorthand)
    out.push(`${body}Shorthand Syntax:`, indent(option.syntax.shorthand, body + STEP));
  if (option.syntax?.syntax) out.push(`${body}Syntax:`, indent(option.syntax.syntax, body + STEP));
  if (option.syntax?.json) out.push(`${body}JSON Syntax:`, indent(option.syntax.json, body + STEP));
  return out;
}

/** The page as plain text for a terminal, ending with a newline. */
export function helpText(page: HelpPage): string {
  const blocks: string[] = [page.title.toUpperCase(), "DESCRIPTION"];
  if (page.description.trim()) blocks.push(indent(page.description.trim(), BODY));
  blocks.push("SYNOPSIS", indent(page.synopsis, BODY + STEP), "OPTIONS");
  for (const option of page.options) blocks.push(...optionLines(option));
  blocks.push("OUTPUT");
  blocks.push(...(page.output.length > 0 ? memberLines(page.output, BODY) : [`${BODY}None`]));
  return blocks.join("\n\n") + "\n";
}
