// `renderHelp` against the seed page (the AWS CLI v2 documentation of create-endpoint-config):
// the synopsis (first line through `[--generate-cli-skeleton <value>]`), every option header and
// every "Shorthand Syntax" / "JSON Syntax" block byte for byte; prose comes from our spec.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, specSurface } from "./spec-surface.js";

const seed = JSON.parse(readFileSync(join(DATA_DIR, "seed-page-blocks.json"), "utf8")) as {
  synopsis: string;
  options: Record<string, { header: string; shorthand?: string; json?: string }>;
};

const surface = specSurface();
const markdown = surface.renderHelp("create-endpoint-config", { format: "markdown" });
const text = surface.renderHelp("create-endpoint-config", { format: "text" });

/** The markdown section of one option: from its header line to the next option header. */
function optionSection(option: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`\`${option}\``));
  expect(start, option).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && (l.startsWith("`--") || l.startsWith("## ")));
  return lines.slice(start, end).join("\n");
}

function fenced(section: string, label: string): string | undefined {
  const m = new RegExp(`\\n${label}:\\n\\n\`\`\`\\n([\\s\\S]*?)\\n\`\`\``).exec(section);
  return m?.[1];
}

describe("renderHelp markdown vs the seed page", () => {
  it("has the seed's synopsis byte for byte, in a bare fence after `## Synopsis`", () => {
    expect(surface.synopsis("create-endpoint-config")).toBe(seed.synopsis);
    expect(markdown).toContain(`## Synopsis\n\n\`\`\`\n${seed.synopsis}\n\`\`\`\n`);
  });

  it.each(Object.entries(seed.options))(
    "%s: header alone on its line, syntax blocks byte for byte",
    (option, blocks) => {
      const section = optionSection(option);
      // The header line (the seed's built-ins are `--cli-input-json | --cli-input-yaml`).
      expect(section.split("\n")[0]).toBe(blocks.header);
      expect(fenced(section, "Shorthand Syntax")).toBe(blocks.shorthand);
      expect(fenced(section, "JSON Syntax")).toBe(blocks.json);
    },
  );

  it("follows the seed's layout", () => {
    expect(markdown.startsWith("# create-endpoint-config\n\n## Description\n\n")).toBe(true);
    const headings = markdown.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## Description", "## Synopsis", "## Options", "## Output"]);
    expect(markdown).toContain(
      "`--enable-network-isolation` | `--no-enable-network-isolation` (boolean)\n\n",
    );
    expect(markdown).toContain("\n\n`--tags` (list)\n\n");
    // Every fence is bare (no language tag), and `Shorthand Syntax:` / `JSON Syntax:` stand alone.
    for (const fence of markdown.match(/^```.*$/gm)!) expect(fence).toBe("```");
    for (const label of markdown.match(/^.*Syntax:.*$/gm)!)
      expect(["Shorthand Syntax:", "JSON Syntax:"]).toContain(label);
    expect(markdown).toContain("## Output\n\nEndpointConfigArn -> (string)\n\n");
    expect(markdown).not.toContain("--debug");
  });

  it("takes its prose from the spec's documentation", () => {
    expect(optionSection("--endpoint-config-name")).toContain(
      "Name for the new configuration; endpoints refer to it by this name.",
    );
    expect(markdown).toContain("Stores a named, reusable recipe for an endpoint");
  });
});

describe("renderHelp text", () => {
  it("has the same content for a terminal", () => {
    for (const heading of ["DESCRIPTION", "SYNOPSIS", "OPTIONS", "OUTPUT"])
      expect(text).toContain(`\n${heading}\n`);
    for (const line of seed.synopsis.split("\n")) expect(text).toContain(`          ${line}\n`);
    for (const [, blocks] of Object.entries(seed.options)) {
      for (const block of [blocks.shorthand, blocks.json]) {
        if (!block) continue;
        const indented = block
          .split("\n")
          .map((l) => (l ? `             ${l}` : l))
          .join("\n");
        expect(text).toContain(indented);
      }
    }
    expect(text).not.toContain("```");
  });
});
