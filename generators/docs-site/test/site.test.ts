// `shapekit docs`: the files it writes, the facts its pages show (the help page's, from the
// same code), its usage errors, and what a hostile model's text becomes (text, never markup).

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCliSkeleton, createEndpointConfig } from "@shapekit/sagemaker-cli-skeleton";
import { helpPage } from "@shapekit/cli";
import { escapeHtml } from "../src/html.js";
import { runShapekit } from "../../cli/test/run-shapekit.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const hostileModel = fileURLToPath(new URL("./fixtures/hostile-docs.smithy", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "shapekit-docs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

describe("the SageMaker site (spec/shapekit.json)", () => {
  const out = join(scratch, "sagemaker");
  let run: Awaited<ReturnType<typeof runShapekit>>;
  beforeAll(async () => {
    run = await runShapekit(["docs", "--out", out], { cwd: repo });
  });

  it("writes the index, one page and one script per operation, the search and the stylesheet", () => {
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^shapekit docs: 5 files \(\d+ KiB\) in .*; open .*index\.html/);
    expect(filesUnder(out)).toEqual([
      "assets/create-endpoint-config.js",
      "assets/search.js",
      "assets/site.css",
      "index.html",
      "operations/create-endpoint-config.html",
    ]);
  });

  it("shows every fact of the help page: options, types, values, syntax blocks, output", () => {
    const pageHtml = read(out, "operations/create-endpoint-config.html");
    const page = helpPage(createEndpointConfig);
    expect(pageHtml).toContain(`<pre><code>${escapeHtml(page.synopsis)}</code></pre>`);
    for (const option of page.options) {
      const header = option.names.map((n, i) => `${i > 0 ? " | " : ""}<code>${n}</code>`).join("");
      expect(pageHtml).toContain(
        `${header} <span class="type">(${escapeHtml(option.type)})</span>`,
      );
      for (const value of option.possibleValues ?? [])
        expect(pageHtml).toContain(`<li><code>${escapeHtml(value)}</code></li>`);
      for (const text of [option.syntax?.shorthand, option.syntax?.json, option.syntax?.syntax])
        if (text) expect(pageHtml).toContain(`<pre><code>${escapeHtml(text)}</code></pre>`);
      for (const member of option.members)
        if (member.name)
          expect(pageHtml).toContain(
            `<code>${escapeHtml(member.name)}</code> -&gt; <span class="type">(${member.type})</span>`,
          );
    }
    expect(page.output.length).toBeGreaterThan(0);
    for (const member of page.output)
      if (member.name) expect(pageHtml).toContain(`<code>${escapeHtml(member.name)}</code>`);
  });

  it("shows each option's and member's constraints: required, length, range, pattern", () => {
    const pageHtml = read(out, "operations/create-endpoint-config.html");
    // spec/create-endpoint-config.smithy: @length(min: 0, max: 63) and @pattern on the target.
    expect(pageHtml).toContain(
      `<h3 id="option-endpoint-config-name-h"><code>--endpoint-config-name</code> <span class="type">(string)</span></h3>\n` +
        `<p class="constraints"><span class="block-title">Constraints:</span> required; length 0 to 63 characters; ` +
        `pattern <code>${escapeHtml("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$")}</code></p>`,
    );
    expect(pageHtml).toContain(
      `<span class="block-title">Constraints:</span> required; length 1 to 10 items</p>`,
    );
    // Every constrained option and member row of the help page has its line.
    const page = helpPage(createEndpointConfig);
    const rows = page.options.flatMap((o) => [o, ...o.members]).filter((r) => r.constraints);
    expect(rows.length).toBeGreaterThan(20);
    expect(pageHtml.match(/<p class="constraints">/g)?.length).toBe(
      rows.length + page.output.filter((r) => r.constraints).length,
    );
    for (const row of rows)
      if (row.constraints?.pattern !== undefined)
        expect(pageHtml).toContain(`pattern <code>${escapeHtml(row.constraints.pattern)}</code>`);
  });

  it("shows the input skeleton the generated package prints", () => {
    const pageHtml = read(out, "operations/create-endpoint-config.html");
    const skeleton = generateCliSkeleton("create-endpoint-config", "input");
    expect(pageHtml).toContain(`<pre><code>${escapeHtml(skeleton)}</code></pre>`);
  });

  it("loads scripts as classic scripts (file:// cannot load modules) and keeps the page offline", () => {
    const pageHtml = read(out, "operations/create-endpoint-config.html");
    expect(pageHtml.match(/<script[^>]*>/g)).toEqual([
      '<script src="../assets/create-endpoint-config.js">',
    ]);
    expect(pageHtml).toContain("connect-src &#39;none&#39;");
    expect(read(out, "index.html").match(/<script[^>]*>/g)).toEqual([
      '<script src="assets/search.js">',
    ]);
    expect(read(out, "assets/create-endpoint-config.js")).not.toMatch(
      /\bimport\(|\bfetch\(|XMLHttpRequest/,
    );
  });
});

describe("a hostile model's text", () => {
  const out = join(scratch, "hostile");
  beforeAll(async () => {
    const run = await runShapekit(["docs", "--model", hostileModel, "--out", out]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("becomes text: the pages hold only the site's own tags, and no script link", () => {
    const allowed = new Set(
      "html head meta title link body a header main nav article section h1 h2 h3 h4 h5 h6 p pre code span ul li div fieldset legend label input textarea select option button noscript script strong em".split(
        " ",
      ),
    );
    for (const file of ["index.html", "operations/put-thing.html"]) {
      const text = read(out, file);
      const tags = new Set(
        [...text.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()),
      );
      expect([...tags].filter((t) => !allowed.has(t))).toEqual([]);
      expect(text.match(/<script[^>]*>/g)?.every((s) => /^<script src="[^"]+\.js">$/.test(s))).toBe(
        true,
      );
      expect(text).not.toMatch(/href="\s*javascript:/i);
      expect(text).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
    const page = read(out, "operations/put-thing.html");
    expect(page).toContain("&lt;script&gt;alert(5)&lt;/script&gt;");
    expect(page).toContain("&lt;iframe src=&quot;x&quot;&gt;&lt;/iframe&gt;");
    expect(page).toContain(
      "pattern <code>&lt;/code&gt;&lt;script&gt;alert(7)&lt;/script&gt;</code>",
    );
  });

  it("is the same site byte for byte when built again", async () => {
    const again = join(scratch, "hostile-again");
    await runShapekit(["docs", "--model", hostileModel, "--out", again]);
    const files = filesUnder(out);
    expect(filesUnder(again)).toEqual(files);
    for (const file of files) expect(read(again, file)).toBe(read(out, file));
  });
});

describe("usage", () => {
  it("needs --out", async () => {
    const run = await runShapekit(["docs", "--model", hostileModel]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "shapekit docs: --out <dir> is required (where the site goes)\n",
    });
  });

  it("takes --service and --operations only with --model", async () => {
    const run = await runShapekit(["docs", "--service", "x", "--out", scratch]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--service and --operations go with --model");
  });

  it("reports a model's errors with their location and writes nothing", async () => {
    const bad = join(scratch, "bad.smithy");
    await import("node:fs").then((fs) =>
      fs.writeFileSync(bad, '$version: "2.0"\nnamespace a\nstructure {'),
    );
    const target = join(scratch, "never");
    const run = await runShapekit(["docs", "--model", bad, "--out", target]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.smithy:3:\d+/);
    expect(() => readdirSync(target)).toThrow();
  });

  it("is listed in shapekit --help and has its own --help", async () => {
    expect((await runShapekit(["--help"])).stdout).toContain(
      "shapekit docs [--config <file> | --model <file>...] --out <dir>",
    );
    const help = await runShapekit(["docs", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^shapekit docs — /);
  });
});
