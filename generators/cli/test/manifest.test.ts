// The manifest is a golden file (prettier's layout, sorted, deterministic) and data read from the
// disk (a path in it can never point outside its package folder's own files).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { GENERATED_CODE_STYLE } from "@shapekit/generated-package";
import {
  isOwnablePath,
  MANIFEST_FILE,
  readManifest,
  renderManifest,
  sha256,
} from "../src/manifest.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "shapekit-manifest-"));
  dirs.push(dir);
  return dir;
}

const relPath = fc
  .array(fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("/"))
  .filter(isOwnablePath);

describe("manifest", () => {
  it("is already in prettier's layout, keys sorted, whatever the order it is given", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(relPath, { maxLength: 12 }),
        fc.boolean(),
        async (paths, pending) => {
          const files = new Map(paths.map((p) => [p, sha256(p)]));
          const journal = { scratch: ".shapekit-tmp-7", pending: new Map([...files].reverse()) };
          const text = renderManifest(files, pending ? journal : undefined);
          expect(
            await prettier.format(text, { ...GENERATED_CODE_STYLE, filepath: MANIFEST_FILE }),
          ).toBe(text);
          expect(
            renderManifest(
              new Map([...files].reverse()),
              pending ? { ...journal, pending: files } : undefined,
            ),
          ).toBe(text);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("reads back what it wrote, pending included", () => {
    const dir = folder();
    const files = new Map([
      ["src/a.ts", sha256("a")],
      ["__proto__", sha256("p")],
    ]);
    writeFileSync(
      path.join(dir, MANIFEST_FILE),
      renderManifest(files, {
        scratch: ".shapekit-tmp-12",
        pending: new Map([["b.ts", sha256("b")]]),
      }),
    );
    const read = readManifest(dir);
    expect(read.state === "ok" && [...read.manifest.files]).toEqual([...files].sort());
    expect(read.state === "ok" && [...read.manifest.pending!]).toEqual([["b.ts", sha256("b")]]);
    expect(read.state === "ok" && read.manifest.scratch).toBe(".shapekit-tmp-12");
  });

  it("a path that climbs out, is absolute, or names build outputs or the scratch is never ownable", () => {
    fc.assert(
      fc.property(
        relPath,
        fc.constantFrom(
          "..",
          ".",
          "",
          "dist",
          "node_modules",
          ".turbo",
          "coverage",
          ".shapekit-tmp-12",
        ),
        (rel, bad) => {
          expect(isOwnablePath(`${bad}/${rel}`)).toBe(false);
          if (bad === ".." || bad === "." || bad === "")
            expect(isOwnablePath(`${rel}/${bad}/x`)).toBe(false);
          expect(isOwnablePath(`/${rel}`)).toBe(false);
          expect(isOwnablePath(rel.replace("/", "\\"))).toBe(
            !rel.includes("/") && isOwnablePath(rel),
          );
        },
      ),
    );
    expect(isOwnablePath(MANIFEST_FILE)).toBe(false);
    expect(isOwnablePath("tsconfig.tsbuildinfo")).toBe(false);
  });

  it("a manifest that is a link, not an object, or has a bad hash is unusable", () => {
    const dir = folder();
    const target = path.join(folder(), "elsewhere.json");
    writeFileSync(target, renderManifest(new Map()));
    symlinkSync(target, path.join(dir, MANIFEST_FILE));
    expect(readManifest(dir)).toEqual({ state: "invalid", reason: "it is a symbolic link" });
    rmSync(path.join(dir, MANIFEST_FILE));
    expect(readManifest(dir)).toEqual({ state: "absent" });
    for (const [text, reason] of [
      ["[]", "it is not a JSON object"],
      ['{"files": []}', "$.files is not an object"],
      ['{"files": {"a.ts": "abc"}}', "$.files has an entry that is not a SHA-256"],
      [
        `{"files": {}, "pending": {"../a": "${sha256("")}"}}`,
        "$.pending lists a path outside the package's own files",
      ],
      ['{"files": {}, "pending": {}}', "$.scratch is not a scratch folder name"],
      [
        '{"files": {}, "pending": {}, "scratch": "../../home"}',
        "$.scratch is not a scratch folder name",
      ],
    ]) {
      writeFileSync(path.join(dir, MANIFEST_FILE), text!);
      expect(readManifest(dir)).toEqual({ state: "invalid", reason });
    }
  });
});
