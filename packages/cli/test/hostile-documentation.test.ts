// Documentation is part of a model, and a model can be hostile: the help page's HTML-to-Markdown
// conversion and the YAML skeleton's one-line summaries run in linear time on any text. Each
// case below made a pattern retry at every opener and scan to the end of the text from there.
// The outputs are checked here; the time is `npm run bench`'s (untrusted input).

import { describe, expect, it } from "vitest";
import { createCommandSurface, documentationOverview, runCommand } from "../src/index.js";
import { documentationMarkdown } from "../src/html-documentation.js";
import { chainDescription } from "./chain-description.js";

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

describe("help pages of a model whose documentation holds terminal controls", () => {
  const base = chainDescription("op", 1, ["Name"]);
  const surface = createCommandSurface({
    command: "shapekit-x",
    operations: [
      {
        description: {
          ...base,
          documentation: {
            // Clear the screen, retitle the window, reverse the rest of the line.
            operation: "Runs\u001b[2J it \u001b]0;pwned\u0007 now \u202e desrever",
            members: { In$Top: "The top\u009b31m one.\tTabbed." },
          },
        },
      },
    ],
  });

  it("shows each control as U+FFFD, keeping the text, its tabs and its line breaks", () => {
    for (const format of ["text", "markdown"] as const) {
      const page = surface.renderHelp("op", { format });
      // eslint-disable-next-line no-control-regex -- what must not reach a terminal
      expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(page).toContain("Runs\ufffd[2J it \ufffd]0;pwned\ufffd now \ufffd desrever");
      expect(page).toContain("The top\ufffd31m one.\tTabbed.");
      expect(page.split("\n").length).toBeGreaterThan(10);
    }
  });
});

describe("runCommand's messages, which quote the model", () => {
  // A validator's message names the model's enum values and patterns, as the generated ones do.
  const surface = createCommandSurface({
    command: "shapekit-x",
    operations: [
      {
        description: chainDescription("op", 1, ["Name"]),
        validate: () => ({
          ok: false,
          issues: [
            {
              path: "Top.Name",
              code: "enum",
              message: '"zz" is not a value of Mode (values: `ok\u001b]0;pwned\u0007`, `b`)',
            },
          ],
        }),
      },
    ],
  });

  it("reach stderr with no character a terminal acts on", async () => {
    const err: string[] = [];
    const code = await runCommand(surface, ["op", "--top", "Name=zz"], {
      io: { stdout: () => undefined, stderr: (text) => err.push(text) },
    });
    expect(code).not.toBe(0);
    const text = err.join("");
    expect(text).toContain("(values: `ok\ufffd]0;pwned\ufffd`, `b`)");
    // eslint-disable-next-line no-control-regex -- what must not reach a terminal
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
