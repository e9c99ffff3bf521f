// The site's one stylesheet. System fonts, no images, colours with at least 4.5:1 contrast on
// their backgrounds (WCAG AA) in both light and dark schemes, visible focus rings.

export const SITE_CSS = `:root {
  color-scheme: light dark;
  --fg: #1a1a1a; --bg: #ffffff; --muted: #4a4a4a; --link: #0b57a4; --code-bg: #f3f4f6;
  --border: #c8ccd2; --error: #a4161a; --warning: #7a4b00; --ok: #1d6b2f; --focus: #0b57a4;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e8e8e8; --bg: #16181c; --muted: #b8bcc4; --link: #8cc4ff; --code-bg: #23262d;
    --border: #4a505c; --error: #ff8a8a; --warning: #ffc56b; --ok: #7ee29a; --focus: #8cc4ff;
  }
}
body { margin: 0; color: var(--fg); background: var(--bg); }
main, header.site { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
header.site { padding-top: 1rem; font-weight: 600; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
textarea:focus-visible, pre:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; }
.skip:focus { left: 1rem; top: 0.5rem; background: var(--bg); padding: 0.25rem 0.5rem; }
code, pre, textarea { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
pre { background: var(--code-bg); padding: 0.75rem; overflow-x: auto; white-space: pre; border-radius: 4px; }
.toc { color: var(--muted); }
.option { border-top: 1px solid var(--border); margin-top: 1.5rem; }
.type { color: var(--muted); font-weight: normal; }
.block-title { font-weight: 600; margin-bottom: 0.25rem; }
p.constraints { margin: 0.25rem 0; }
p.constraints .block-title { margin: 0; }
ul.members { list-style: none; padding-left: 0; }
ul.members p.member { margin: 0.5rem 0 0; }
ul.members .doc p { margin: 0.25rem 0; }
${Array.from({ length: 9 }, (_, d) => `ul.members li.depth-${d} { margin-left: ${d * 1.5}rem; }`).join("\n")}
.operations { list-style: none; padding: 0; }
.operations li { padding: 0.5rem 0; border-bottom: 1px solid var(--border); }
.operations p { margin: 0.25rem 0 0; color: var(--muted); }
.search input { font-size: 1rem; padding: 0.4rem; width: min(30rem, 100%); display: block; }
.playground { border: 2px solid var(--border); border-radius: 6px; padding: 0 1rem 1rem; margin: 2rem 0; }
.playground label { display: block; font-weight: 600; margin-top: 0.75rem; }
.playground fieldset label { display: inline; font-weight: normal; margin-right: 1rem; }
.playground textarea, .playground select { width: 100%; box-sizing: border-box; font-size: 1rem;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); padding: 0.4rem; }
.playground .help { color: var(--muted); margin: 0.25rem 0; }
.playground button { font-size: 1rem; padding: 0.4rem 0.8rem; }
#pg-issues { list-style: none; padding: 0; }
#pg-issues .issue { border-left: 4px solid var(--error); padding-left: 0.5rem; margin: 0.5rem 0; }
#pg-issues .issue.warning { border-color: var(--warning); }
#pg-issues .kind { font-weight: 600; text-transform: capitalize; margin-right: 0.5rem; }
#pg-issues .message { margin: 0.25rem 0 0; }
#pg-command-out:empty, #pg-json:empty { display: none; }
`;
