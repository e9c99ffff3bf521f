// One operation's reference page: the help page (`helpPage` of @shapekit/cli — the same facts,
// in the same order, as `renderHelp` prints) laid out as HTML, then the input skeleton and the
// playground's form. This module only places the page's parts; what they say comes from the
// help page data, so the site and the terminal can never disagree.
// (Templates use the `markup` tag, which prettier leaves alone: it would re-indent an `html` one.)

import type { HelpOption, HelpPage, MemberTreeEntry } from "@shapekit/cli";
import { constraintsLine } from "./constraints.js";
import { markup, slug, type Html } from "./html.js";
import { renderMarkdown } from "./markdown.js";

/** An option the playground's "one option" mode offers. */
export interface PlaygroundOption {
  /** `--production-variants`. */
  readonly name: string;
  /** The shape's type word, shown beside the name (`list`). */
  readonly type: string;
}

/** What an operation page shows beyond the help page. */
export interface OperationPageInput {
  readonly page: HelpPage;
  /** The words before the operation on a command line: `aws sagemaker`. */
  readonly commandPrefix: string;
  /** What `--generate-cli-skeleton input` prints; none for an operation without one. */
  readonly inputSkeleton?: string;
  /** Options whose value the playground parses on its own (structured and scalar, no flags). */
  readonly playgroundOptions: readonly PlaygroundOption[];
  /** A first command line for the playground, typed in when the page opens. */
  readonly exampleCommandLine: string;
}

/** Most depths a member tree indents by (deeper entries indent no further). */
const MAX_DEPTH_CLASS = 8;

function memberTree(entries: readonly MemberTreeEntry[]): Html {
  if (entries.length === 0) return markup``;
  return markup`<ul class="members">
${entries.map(
  (e) =>
    markup`<li class="depth-${Math.min(e.depth, MAX_DEPTH_CLASS)}"><p class="member">${e.name ? markup`<code>${e.name}</code> -&gt; ` : ""}<span class="type">(${e.type})</span></p>${constraintsLine(e.constraints, e.type)}${e.documentation.trim() ? markup`<div class="doc">${renderMarkdown(e.documentation, 3)}</div>` : ""}</li>\n`,
)}</ul>`;
}

function block(title: string, text: string | undefined): Html {
  if (!text) return markup``;
  return markup`<p class="block-title">${title}:</p>
<pre><code>${text}</code></pre>
`;
}

function optionSection(option: HelpOption): Html {
  const id = `option-${slug(option.names[0]!.replace(/^--/, ""))}`;
  const names = option.names.map((n, i) => markup`${i > 0 ? " | " : ""}<code>${n}</code>`);
  return markup`<section class="option" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${names} <span class="type">(${option.type})</span></h3>
${constraintsLine(option.constraints, option.type)}
${option.documentation.trim() ? markup`<div class="doc">${renderMarkdown(option.documentation, 3)}</div>` : ""}
${option.possibleValues ? markup`<p class="block-title">Possible values:</p>\n<ul class="values">${option.possibleValues.map((v) => markup`<li><code>${v}</code></li>`)}</ul>\n` : ""}${memberTree(option.members)}
${block("Shorthand Syntax", option.syntax?.shorthand)}${block("Syntax", option.syntax?.syntax)}${block("JSON Syntax", option.syntax?.json)}</section>
`;
}

function playground(input: OperationPageInput): Html {
  const operation = input.page.title;
  return markup`<section id="playground" class="playground" aria-labelledby="playground-h" data-command-prefix="${input.commandPrefix}" data-operation="${operation}">
<h2 id="playground-h">Playground</h2>
<p>Type a command line, or one option's value, and see the request the AWS CLI would build, checked by the generated validators. Everything runs in this page: nothing is sent anywhere.</p>
<fieldset class="modes">
<legend>Input</legend>
<label><input type="radio" name="pg-mode" value="command" checked> A whole command</label>
<label><input type="radio" name="pg-mode" value="option"> One option's value</label>
</fieldset>
<div id="pg-command-mode">
<label for="pg-command">Command line</label>
<textarea id="pg-command" rows="4" spellcheck="false" autocapitalize="off" autocomplete="off" aria-describedby="pg-command-help">${input.exampleCommandLine}</textarea>
<p id="pg-command-help" class="help">Shell quoting applies ('…', "…", \\). <code>file://</code> values are not read here.</p>
</div>
<div id="pg-option-mode" hidden>
<label for="pg-option">Option</label>
<select id="pg-option">${input.playgroundOptions.map((o) => markup`<option value="${o.name}">${o.name} (${o.type})</option>`)}</select>
<label for="pg-value">Value (the text the option receives, without shell quotes)</label>
<textarea id="pg-value" rows="3" spellcheck="false" autocapitalize="off" autocomplete="off"></textarea>
</div>
<div class="results">
<h3 id="pg-status-h">Result</h3>
<p id="pg-status" role="status" aria-live="polite"></p>
<h3 id="pg-json-h">Request (JSON)</h3>
<pre id="pg-json" tabindex="0" aria-labelledby="pg-json-h"></pre>
<h3 id="pg-issues-h">Issues</h3>
<ul id="pg-issues" aria-labelledby="pg-issues-h"></ul>
<p><button type="button" id="pg-to-command">Turn the request into a command line</button></p>
<pre id="pg-command-out" tabindex="0" aria-label="Command line built from the request"></pre>
</div>
<noscript><p>The playground needs JavaScript.</p></noscript>
</section>
`;
}

/** The `<main>` content of an operation's page. */
export function operationPage(input: OperationPageInput): Html {
  const { page } = input;
  return markup`<article class="operation">
<h1><code>${page.title}</code></h1>
<nav class="toc" aria-label="On this page"><a href="#description">Description</a> · <a href="#synopsis">Synopsis</a> · <a href="#options">Options</a> · <a href="#output">Output</a>${input.inputSkeleton === undefined ? "" : markup` · <a href="#skeleton">Input skeleton</a>`} · <a href="#playground">Playground</a></nav>
<section aria-labelledby="description"><h2 id="description">Description</h2>
${page.description.trim() ? renderMarkdown(page.description, 2) : ""}</section>
<section aria-labelledby="synopsis"><h2 id="synopsis">Synopsis</h2>
<pre><code>${page.synopsis}</code></pre>
</section>
<section aria-labelledby="options"><h2 id="options">Options</h2>
${page.options.map(optionSection)}</section>
<section aria-labelledby="output"><h2 id="output">Output</h2>
${page.output.length > 0 ? memberTree(page.output) : markup`<p>None</p>`}
</section>
${
  input.inputSkeleton === undefined
    ? ""
    : markup`<section aria-labelledby="skeleton"><h2 id="skeleton">Input skeleton</h2>
<p>What <code>--generate-cli-skeleton input</code> prints: a request with a placeholder for every member, for <code>--cli-input-json</code>.</p>
<pre><code>${input.inputSkeleton}</code></pre>
</section>
`
}${playground(input)}</article>`;
}
