// Documentation Markdown → HTML, with markdown-it configured for untrusted text: raw HTML in the
// source is escaped (`html: false`), and links whose scheme markdown-it deems dangerous
// (`javascript:`, `vbscript:`, `file:`, most `data:`) are dropped by its link validator. Help
// pages hold documentation as Markdown (`helpPage` converts the HTML of AWS models), so the site
// shows the same text the terminal help does.

import MarkdownIt from "markdown-it";
import { Html } from "./html.js";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Links leave the site for another host: the page's referrer and opener stay ours.
const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "noopener noreferrer");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Documentation headings ("### Note") sit below the page's own: shift them under `env.depth`.
for (const rule of ["heading_open", "heading_close"] as const) {
  markdown.renderer.rules[rule] = (tokens, idx, options, env: { depth?: number }, self) => {
    const token = tokens[idx]!;
    const level = Number(token.tag.slice(1)) + (env.depth ?? 0);
    token.tag = `h${Math.min(6, level)}`;
    return self.renderToken(tokens, idx, options);
  };
}

/**
 * Markdown documentation as safe markup (block level: paragraphs, lists, headings). `depth`
 * pushes the documentation's own headings down that many levels, so they nest under the
 * section that shows them.
 */
export function renderMarkdown(text: string, depth = 0): Html {
  return Html.trusted(markdown.render(text, { depth }));
}

/** The first paragraph of Markdown documentation as inline markup (an index's one-line summary). */
export function renderSummary(text: string): Html {
  const first = text.trim().split(/\n\s*\n/)[0] ?? "";
  return Html.trusted(markdown.renderInline(first.replace(/^#+\s*/, "")));
}
