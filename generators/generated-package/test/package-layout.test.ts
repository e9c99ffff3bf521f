// The layout-dependent files every generated package shares: its tsconfig.json (complete when
// standalone, the repository's base otherwise), the package.json fields the layout decides, the
// runtime ranges (in step with the runtimes' own versions) and the CommonJS stub.
import fc from "fast-check";
import { runInNewContext } from "node:vm";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  BUILD_RANGE,
  GENERATED_CODE_STYLE,
  esmOnlyStub,
  manifestFields,
  packageTsconfig,
  RUNTIME_RANGES,
  STANDALONE_COMPILER_OPTIONS,
} from "../src/index.js";
import { parseTsconfig, readManifest, readTsconfig } from "../../../test/support/json-documents.js";

const repo = (p: string) => new URL(`../../../${p}`, import.meta.url);

describe("packageTsconfig by layout", () => {
  it("standalone: every compiler option of the repository's base, nothing outside the package", () => {
    const standalone = parseTsconfig(packageTsconfig(["../shorthand"], { layout: "standalone" }));
    expect(standalone.extends).toBeUndefined();
    expect(standalone.references).toBeUndefined();
    expect(standalone.include).toEqual(["src"]);
    const { types: baseTypes, ...base } = readTsconfig(repo("tsconfig.base.json")).compilerOptions!;
    expect(baseTypes).toEqual(["node"]);
    expect({ ...STANDALONE_COMPILER_OPTIONS }).toEqual(base);
    expect(standalone.compilerOptions).toEqual({
      ...base,
      types: [],
      rootDir: "src",
      outDir: "dist",
      tsBuildInfoFile: "dist/.tsbuildinfo",
      isolatedDeclarations: true,
    });
    const withNode = parseTsconfig(packageTsconfig([], { layout: "standalone" }, { node: true }));
    expect(withNode.compilerOptions?.types).toEqual(["node"]);
  });

  it("repository (the default): extends the base two levels up and keeps its references", () => {
    expect(packageTsconfig(["../shorthand"], { layout: "repository" })).toBe(
      packageTsconfig(["../shorthand"]),
    );
    expect(parseTsconfig(packageTsconfig(["../shorthand"])).extends).toBe(
      "../../tsconfig.base.json",
    );
  });
});

describe("manifestFields", () => {
  it("standalone packages bring their compiler (and Node.js types when they use process)", () => {
    const standalone = { layout: "standalone", license: "MIT" } as const;
    expect(manifestFields(standalone)).toEqual({
      license: "MIT",
      engines: { node: ">=20" },
      devDependencies: { "@shapekit/build": "^0.1.0", typescript: "^5.9.3" },
    });
    expect(manifestFields(standalone, { node: true }).devDependencies).toEqual({
      "@shapekit/build": "^0.1.0",
      "@types/node": ">=20",
      typescript: "^5.9.3",
    });
    expect(manifestFields().devDependencies).toEqual({ "@shapekit/build": "^0.1.0" });
    expect(manifestFields().license).toBe("Apache-2.0");
  });

  it("the root's engines and compiler are the ones generated packages declare", () => {
    const rootManifest = readManifest(repo("package.json"));
    expect(manifestFields().engines).toEqual(rootManifest.engines);
    const installed = readManifest(repo("node_modules/typescript/package.json")).version!;
    const { devDependencies } = manifestFields({ layout: "standalone", license: "MIT" });
    const [major, minor] = devDependencies.typescript!.slice(1).split(".");
    expect(installed.startsWith(`${major}.${minor}.`)).toBe(true);
  });
});

describe("BUILD_RANGE", () => {
  it("is a caret range of @shapekit/build's own version, whose bin the packages' build runs", () => {
    const manifest = readManifest(repo("packages/build/package.json"));
    expect(manifest.name).toBe("@shapekit/build");
    expect(BUILD_RANGE).toBe(`^${manifest.version}`);
    expect(manifest.engines).toEqual({ node: ">=20" });
    expect(manifest.bin).toEqual({ "shapekit-build": "./bin/shapekit-build.js" });
  });
});

describe("RUNTIME_RANGES", () => {
  it("are caret ranges of the runtimes' own versions, and every runtime says engines and files", () => {
    for (const [name, range] of Object.entries(RUNTIME_RANGES)) {
      const manifest = readManifest(
        repo(`packages/${name.slice("@shapekit/".length)}/package.json`),
      );
      expect(manifest.name).toBe(name);
      expect(range).toBe(`^${manifest.version}`);
      expect(manifest.engines).toEqual({ node: ">=20" });
      expect(manifest.types).toBe("./dist/index.d.ts");
      expect(manifest.files).toContain("esm-only.cjs");
      expect(manifest.exports?.["."]).toMatchObject({ require: "./esm-only.cjs" });
      // A runtime depends on another by a range too, never a pinned workspace version.
      for (const [dep, depRange] of Object.entries(manifest.dependencies ?? {}))
        if (dep.startsWith("@shapekit/"))
          expect(depRange).toBe(RUNTIME_RANGES[dep as keyof typeof RUNTIME_RANGES]);
    }
  });
});

describe("esmOnlyStub", () => {
  it("throws ERR_REQUIRE_ESM naming the package and how to load it, whatever the name", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^(@[a-z0-9-]{1,8}\/)?[a-z0-9._~-]{1,20}$/),
        fc.string(),
        (name, banner) => {
          const stub = esmOnlyStub(name, banner.replace(/[\r\n\u2028\u2029]/g, " "));
          let thrown: { code?: string; message?: string } | undefined;
          try {
            runInNewContext(stub, {});
          } catch (e) {
            thrown = e as typeof thrown;
          }
          expect(thrown?.code).toBe("ERR_REQUIRE_ESM");
          expect(thrown?.message).toContain(`${name} is an ES module`);
          expect(thrown?.message).toContain(`await import(${JSON.stringify(name)})`);
        },
      ),
    );
  });

  it("is written in prettier's layout (it skips prettier), whatever the name", async () => {
    const names = fc.sample(fc.stringMatching(/^(@[a-z0-9-]{1,8}\/)?[a-z0-9._~-]{1,60}$/), {
      seed: 14,
      numRuns: 40,
    });
    for (const name of ["a", "@s/p", ...names]) {
      const stub = esmOnlyStub(name, "Generated by ShapeKit from spec/. Do not edit.");
      expect(
        await prettier.format(stub, { ...GENERATED_CODE_STYLE, filepath: "esm-only.cjs" }),
      ).toBe(stub);
    }
  });
});
