// The site's front page: every operation with the first paragraph of its description, and a
// search box that filters the list as you type (browser/search.ts; without JavaScript the whole
// list shows and the box is hidden).

import { markup, type Html } from "./html.js";
import { renderSummary } from "./markdown.js";

/** One entry of the index. */
export interface IndexEntry {
  /** CLI name: `create-endpoint-config`. */
  readonly name: string;
  /** The page, relative to the index. */
  readonly href: string;
  /** The operation's description (Markdown); the index shows its first paragraph. */
  readonly description: string;
}

/** The `<main>` content of the index. */
export function indexPage(
  title: string,
  commandPrefix: string,
  entries: readonly IndexEntry[],
): Html {
  return markup`<h1>${title}</h1>
<p>Reference of the <code>${commandPrefix}</code> commands: options with their syntax, output, input skeleton, and a playground on every page that builds and checks requests in your browser.</p>
<div class="search" id="search-box" hidden>
<label for="search">Search operations</label>
<input type="search" id="search" autocomplete="off" spellcheck="false" aria-controls="operations" aria-describedby="search-count">
<p id="search-count" role="status" aria-live="polite"></p>
</div>
<ul id="operations" class="operations">
${entries.map((e) => markup`<li><a href="${e.href}"><code>${e.name}</code></a><p>${renderSummary(e.description)}</p></li>\n`)}</ul>`;
}
