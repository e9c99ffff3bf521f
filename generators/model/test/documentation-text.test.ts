// HTML documentation from real AWS models becomes Markdown-ish plain text for TSDoc.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentationText, trimLineEnds } from "../src/documentation-text.js";

describe("documentationText", () => {
  it("passes plain text through, trimmed", () => {
    expect(documentationText("  Line one\r\nline two  \n")).toBe("Line one\nline two");
  });

  it("turns paragraphs, code and links into Markdown", () => {
    const html = `<p>The name of the
            endpoint configuration. You specify this name in a <a href="https://docs.aws.amazon.com/x.html">CreateEndpoint</a>
            request, with <code> KmsKeyId </code>.</p> <p>Second.</p>`;
    expect(documentationText(html)).toBe(
      "The name of the endpoint configuration. You specify this name in a [CreateEndpoint](https://docs.aws.amazon.com/x.html) request, with `KmsKeyId`.\n\nSecond.",
    );
  });

  it("writes list items as - bullets, nested ones indented", () => {
    const html =
      "<p>Formats:</p> <ul> <li> <p>Key ID: <code>1234</code> </p> </li> <li><p>Alias</p><ul><li>nested</li></ul></li> </ul> <note><p>A note.</p></note>";
    expect(documentationText(html)).toBe(
      "Formats:\n\n- Key ID: `1234`\n- Alias\n  - nested\n\nA note.",
    );
  });

  it("decodes entities and drops unknown tags and comments", () => {
    expect(
      documentationText(
        "<p>a &lt;= b &amp;&amp; <i>c</i> &#x41;&#66; <!-- hidden --><span>d</span> &unknown;</p>",
      ),
    ).toBe("a <= b && c AB d &unknown;");
  });

  it("never crashes on unbalanced markup", () => {
    expect(documentationText("<p>open <code>never closed <a>no href</a>")).toBe(
      "open never closed no href",
    );
    expect(documentationText("</li></ul>text<")).toBe("text<");
  });
});

describe("documentationText, oneLine form", () => {
  it("drops tags, makes whitespace one space and leaves entities as written", () => {
    expect(
      documentationText("<p>Use <code>a &amp; b</code>\n\n in   order.</p>", { form: "oneLine" }),
    ).toBe("Use a &amp; b in order.");
  });
});

describe("documentationText, numeric references", () => {
  it("keeps a reference past the last code point as written instead of throwing", () => {
    expect(documentationText("<p>&#x110000; &#65;</p>")).toBe("&#x110000; A");
  });
});

describe("documentationText on hostile text (linear time: 100,000 of each)", () => {
  // Each of these made a pattern retry at every opener and scan to the end of the text from
  // there: minutes of work, and a wrong text. The time is `npm run bench`'s (untrusted input).
  const n = 100_000;

  it("leaves openers that never close as text", () => {
    for (const text of ["<".repeat(n), '<a href="'.repeat(n), "<!--".repeat(n), "<b".repeat(n)]) {
      expect(documentationText(text)).toBe(text);
      expect(documentationText(`<p>${text}</p>`)).toBe(text.replace(/\s+/g, " ").trim());
    }
    expect(documentationText(`<p>${"<".repeat(n)}</p>`, { form: "oneLine" })).toBe("<".repeat(n));
  });

  it("strips the blanks that end each line, however long the runs inside a line", () => {
    const text = `${" ".repeat(n)}x${" \t".repeat(n)}\n${"\t".repeat(n)}y`;
    expect(documentationText(text)).toBe(`x\n${"\t".repeat(n)}y`);
  });

  it("keeps a `<` that opens no tag as text (a comparison in the text)", () => {
    const html = "<p>Logarithmic scaling works for ranges within 0<=x<1.0 only.</p>";
    expect(documentationText(html)).toBe(
      "Logarithmic scaling works for ranges within 0<=x<1.0 only.",
    );
    expect(documentationText(html, { form: "oneLine" })).toBe(
      "Logarithmic scaling works for ranges within 0<=x<1.0 only.",
    );
  });
});

describe("trimLineEnds", () => {
  it("trims what /[ \\t]+$/gm trims, line breaks of every kind included", () => {
    const text = fc
      .array(fc.constantFrom(" ", "\t", "\n", "\u2028", "\u2029", "\r", "a", "\u00a0"), {
        maxLength: 40,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(trimLineEnds(t)).toBe(t.replace(/[ \t]+$/gm, ""));
      }),
      { numRuns: 3000, seed: 1207 },
    );
  });
});
