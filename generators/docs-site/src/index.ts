// @shapekit/docs-site: a static reference site for a service — the operations' help pages as
// HTML with a live playground running the generated packages — as a list of files.

export { buildSite, type SiteFile, type SiteInput, type SiteOperation } from "./site.js";
export { BundleError, type GeneratedPackage, type PlaygroundEntry } from "./playground-bundle.js";
export { escapeHtml, markup, Html, slug, type HtmlPart } from "./html.js";
export { renderMarkdown } from "./markdown.js";
