// The safe-HTML layer: interpolated text is always escaped, markup only comes from `Html`
// values, and documentation Markdown cannot carry raw HTML or script links.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, markup, slug } from "../src/html.js";
import { renderMarkdown, renderSummary } from "../src/markdown.js";

describe("html template", () => {
  it("escapes every interpolated string, so no text can open a tag or leave an attribute", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        // Decoding the entities gives the text back: nothing was lost or added.
        const decoded = escaped.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
          e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : "'",
        );
        expect(decoded).toBe(text);
        const out = markup`<p title="${text}">${text}</p>`.toString();
        expect(out).toBe(`<p title="${escaped}">${escaped}</p>`);
      }),
    );
  });

  it("keeps Html parts as they are and joins lists", () => {
    const item = (t: string) => markup`<li>${t}</li>`;
    expect(markup`<ul>${["a<", "b&"].map(item)}</ul>`.toString()).toBe(
      "<ul><li>a&lt;</li><li>b&amp;</li></ul>",
    );
    expect(markup`${null}${undefined}${false}${0}`.toString()).toBe("0");
  });

  it("makes ids that keep distinct names distinct", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(slug(a)).toMatch(/^[A-Za-z0-9_-]*$/);
        if (a !== b) expect(slug(a)).not.toBe(slug(b));
      }),
    );
  });
});

describe("documentation Markdown", () => {
  it("escapes raw HTML instead of passing it through", () => {
    const out = renderMarkdown(
      'Text <script>alert(1)</script> and <img src=x onerror="x()">',
    ).toString();
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("drops javascript: and data: links but keeps https links, opened without referrer", () => {
    const out = renderMarkdown(
      "[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](https://example.com/x)",
    ).toString();
    expect(out).not.toMatch(/href="(javascript|data):/i);
    expect(out).toContain('<a href="https://example.com/x" rel="noopener noreferrer">c</a>');
  });

  it("nests documentation headings under the section that shows them", () => {
    expect(renderMarkdown("### Note\n\nText", 2).toString()).toContain("<h5>Note</h5>");
    expect(renderMarkdown("# Big", 9).toString()).toContain("<h6>Big</h6>");
  });

  it("summarises by the first paragraph, inline", () => {
    expect(renderSummary("First `code` line.\n\nSecond.").toString()).toBe(
      "First <code>code</code> line.",
    );
  });
});
