// The help page as Markdown, in the layout of the AWS CLI's published pages: `## Synopsis` and a
// bare fence, each option header alone on its line (`` `--tags` (list) ``), member trees as
// `Name -> (type)` paragraphs, `Shorthand Syntax:` / `JSON Syntax:` each followed by a bare fence.

import type { HelpOption, HelpPage, MemberTreeEntry } from "./help-page.js";

function fence(text: string): string {
  return "```\n" + text + "\n```";
}

function memberParagraphs(entries: readonly MemberTreeEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    out.push(e.name ? `${e.name} -> (${e.type})` : `(${e.type})`);
    if (e.documentation.trim()) out.push(e.documentation.trim());
  }
  return out;
}

function optionHeader(option: HelpOption): string {
  return `${option.names.map((n) => `\`${n}\``).join(" | ")} (${option.type})`;
}

function optionBlocks(option: HelpOption): string[] {
  if (option.builtin) return [`${optionHeader(option)}\n${option.documentation}`];
  const out = [optionHeader(option)];
  if (option.documentation.trim()) out.push(option.documentation.trim());
  if (option.possibleValues)
    out.push("Possible values:", option.possibleValues.map((v) => `- \`${v}\``).join("\n"));
  out.push(...memberParagraphs(option.members));
  if (option.syntax?.shorthand) out.push("Shorthand Syntax:", fence(option.syntax.shorthand));
  if (option.syntax?.syntax) out.push("Syntax:", fence(option.syntax.syntax));
  if (option.syntax?.json) out.push("JSON Syntax:", fence(option.syntax.json));
  return out;
}

/** The page as Markdown, ending with a newline. */
export function helpMarkdown(page: HelpPage): string {
  const blocks: string[] = [`# ${page.title}`, "## Description"];
  if (page.description.trim()) blocks.push(page.description.trim());
  blocks.push("## Synopsis", fence(page.synopsis), "## Options");
  for (const option of page.options) blocks.push(...optionBlocks(option));
  blocks.push("## Output");
  blocks.push(...(page.output.length > 0 ? memberParagraphs(page.output) : ["None"]));
  return blocks.join("\n\n") + "\n";
}
