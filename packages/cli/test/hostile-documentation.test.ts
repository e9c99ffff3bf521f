// Documentation is part of a model, and a model can be hostile: the help page's HTML-to-Markdown
// conversion and the YAML skeleton's one-line summaries run in linear time on any text. Each
// case below made a pattern retry at every opener and scan to the end of the text from there.
// The outputs are checked here; the time is `npm run bench`'s (untrusted input).

import { describe, expect, it } from "vitest";
import { documentationOverview } from "../src/index.js";
import { documentationMarkdown } from "../src/html-documentation.js";

const n = 100_000;

describe("documentationMarkdown on hostile HTML", () => {
  it("leaves links, tags and comparisons that never close as text", () => {
    const links = '<a href="'.repeat(n);
    expect(documentationMarkdown(`<p>${links}</p>`)).toBe(links.trim());
    // Links whose `</a>` never comes: the tags go, their labels stay.
    const labels = '<a href="x">label '.repeat(n);
    expect(documentationMarkdown(`<p>${labels}</p>`)).toBe("label ".repeat(n).trim());
    expect(documentationMarkdown(`<p>${"<".repeat(n)}</p>`)).toBe("<".repeat(n));
  });

  it("still turns real links and tags into Markdown", () => {
    expect(
      documentationMarkdown('<p>See <a href="https://example.com/a">the guide</a> for 0<=x<1.</p>'),
    ).toBe("See [the guide](https://example.com/a) for 0<=x<1.");
  });
});

describe("documentationOverview on hostile text", () => {
  it("leaves unclosed tags, brackets and parentheses as text", () => {
    expect(documentationOverview("<".repeat(n))).toBe(`${"<".repeat(n)}.`);
    expect(documentationOverview("[a](".repeat(n))).toBe(`${"[a](".repeat(n)}.`);
    expect(documentationOverview("[".repeat(n) + "x")).toBe(`${"[".repeat(n)}x.`);
  });

  it("still strips real links", () => {
    expect(documentationOverview("Use [the API](https://example.com). More.")).toBe("Use the API.");
  });
});
