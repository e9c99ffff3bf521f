// The shell every page of the site shares: doctype, language, viewport, the stylesheet, a
// Content-Security-Policy that keeps the page offline (no fetch, no form posts, scripts and
// styles only from the site's own files), a skip link for keyboard users, and the header.

import { markup, type Html } from "./html.js";

/** What the shell needs of a page. */
export interface PageShell {
  /** The document title (text, escaped). */
  readonly title: string;
  /** The path from this page to the site's root folder: `""` or `"../"`. */
  readonly root: string;
  /** The site's name in the header (text). */
  readonly siteName: string;
  readonly main: Html;
  /** Classic scripts (paths relative to the page) run at the end of the body. */
  readonly scripts?: readonly string[];
}

// `connect-src 'none'`: the playground cannot send anything anywhere, even if asked to. Sources
// are named by scheme as well as 'self' because a page opened from file:// has an opaque origin
// that 'self' does not match in every browser.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' data:; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'";

/** A whole HTML document. */
export function pageShell(page: PageShell): string {
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${page.title}</title>
<link rel="stylesheet" href="${page.root}assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a href="${page.root}index.html">${page.siteName}</a></header>
<main id="main">
${page.main}
</main>
${(page.scripts ?? []).map((src) => markup`<script src="${src}"></script>\n`)}</body>
</html>
`.toString();
}
