// The help page as Markdown, in the layout of the AWS CLI's published pages: `## Synopsis` and a
// bare fence, each option header alone on its line (`` `--tags` (list) ``), member trees as
// `Name -> (type)` paragraphs, `Shorthand Syntax:` / `JSON Syntax:` each followed by a bare fence.

import type { HelpOption, HelpPage, MemberTreeEntry } from "./help-page.js";

function fence(text: string): string {
  return "```\n" + text + "\n```";
}

/** Appends the paragraphs of a member tree to `out` (a tree can be long: it is never spread). */
function memberParagraphs(entries: readonly MemberTreeEntry[], out: string[]): void {
  for (const e of entries) {
    out.push(e.name ? `${e.name} -> (${e.type})` : `(${e.type})`);
    if (e.documentation.trim()) out.push(e.documentation.trim());
  }
}

function optionHeader(option: HelpOption): string {
  return `${option.names.map((n) => `\`${n}\``).join(" | ")} (${option.type})`;
}

function optionBlocks(option: HelpOption, out: string[]): void {
  if (option.builtin) {
    out.push(`${optionHeader(option)}\n${option.documentation}`);
    return;
  }
  out.push(optionHeader(option));
  if (option.documentation.trim()) out.push(option.documentation.trim());
  if (option.possibleValues)
    out.push("Possible values:", option.possibleValues.map((v) => `- \`${v}\``).join("\n"));
  memberParagraphs(option.members, out);
  if (option.syntax?.shorthand) out.push("Shorthand Syntax:", fence(option.syntax.shorthand));
  if (option.syntax?.syntax) out.push("Syntax:", fence(option.syntax.syntax));
  if (option.syntax?.json) out.push("JSON Syntax:", fence(option.syntax.json));
}

/** The page as Markdown, ending with a newline. */
export function helpMarkdown(page: HelpPage): string {
  const blocks: string[] = [`# ${page.title}`, "## Description"];
  if (page.description.trim()) blocks.push(page.description.trim());
  blocks.push("## Synopsis", fence(page.synopsis), "## Options");
  for (const option of page.options) optionBlocks(option, blocks);
  blocks.push("## Output");
  if (page.output.length > 0) memberParagraphs(page.output, blocks);
  else blocks.push("None");
  return blocks.join("\n\n") + "\n";
}
