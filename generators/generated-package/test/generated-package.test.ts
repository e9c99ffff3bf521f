import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseTsconfig } from "../../../test/support/json-documents.js";
import { loadTemplates, packageFileTemplates, packageTsconfig } from "../src/index.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-templates-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadTemplates", () => {
  it("renders JSON values with the json helper and never HTML-escapes", () => {
    writeFileSync(
      path.join(dir, "package.json.hbs"),
      '{ "name": {{{json name}}}, "note": "{{note}}" }',
    );
    const { "package.json.hbs": render } = loadTemplates(pathToFileURL(`${dir}/`), [
      "package.json.hbs",
    ]);
    expect(render({ name: 'a"b', note: "<x> & y" })).toBe('{ "name": "a\\"b", "note": "<x> & y" }');
  });

  it("is strict by default: a missing variable is an error, not an empty string", () => {
    writeFileSync(path.join(dir, "README.md.hbs"), "# {{title}}");
    const strict = loadTemplates(pathToFileURL(`${dir}/`), ["README.md.hbs"]);
    expect(() => strict["README.md.hbs"]({})).toThrow(/title/);
    const lenient = loadTemplates(pathToFileURL(`${dir}/`), ["README.md.hbs"], { strict: false });
    expect(lenient["README.md.hbs"]({})).toBe("# ");
  });
});

describe("packageFileTemplates", () => {
  it("gives both templates the identity, package.json the layout's fields, and keeps the README's comment closed", () => {
    const own = mkdtempSync(path.join(os.tmpdir(), "shapekit-package-files-"));
    try {
      writeFileSync(
        path.join(own, "package.json.hbs"),
        "{{{json packageName}}} {{{json packageVersion}}} {{{json license}}} {{{json engines}}} {{{json extra}}}",
      );
      writeFileSync(
        path.join(own, "README.md.hbs"),
        "<!-- {{banner}} -->\n# {{packageName}} {{extra}}{{#if operationEntryExample}} e.g. {{operationEntryExample}}{{/if}}",
      );
      const templates = packageFileTemplates(pathToFileURL(`${own}/`));
      const identity = {
        banner: "Made by `x --model m` <!-- in --> a --!> test",
        packageName: "@x/y",
        packageVersion: "1.2.3",
      };
      const manifest = templates.packageJson(
        identity,
        { extra: 7 },
        { layout: "standalone", license: "MIT" },
      );
      expect(manifest).toMatch(/^"@x\/y" "1\.2\.3" "MIT" \{"node":"[^"]+"\} 7$/);
      const readme = templates.readme(identity, { extra: "z" });
      // Only what would end the banner's comment (or open another) is broken up: `--model`
      // stays as typed, so the regenerate command can be copied.
      expect(readme).toBe("<!-- Made by `x --model m` <!- - in - -> a - -!> test -->\n# @x/y z");
      expect(
        templates.readme({ ...identity, operationEntryExample: "PutItem" }, { extra: "z" }),
      ).toMatch(/ e\.g\. PutItem$/);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});

describe("packageTsconfig", () => {
  it("extends the repository base, builds src into dist, keeps build info in dist", () => {
    expect(JSON.parse(packageTsconfig())).toEqual({
      extends: "../../tsconfig.base.json",
      compilerOptions: {
        rootDir: "src",
        outDir: "dist",
        tsBuildInfoFile: "dist/.tsbuildinfo",
        isolatedDeclarations: true,
      },
      include: ["src"],
    });
    expect(parseTsconfig(packageTsconfig(["../validation"])).references).toEqual([
      { path: "../validation" },
    ]);
  });
});
