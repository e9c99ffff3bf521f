// The emitter's contract beyond the fixtures: the banner on every source file, the files a
// package consists of, dependencies only when used, names no IDL file can spell.

import { emitTypes } from "@shapekit/emit-types";
import {
  Model,
  generatedBanner,
  preludeAst,
  type AstShape,
  type GeneratedFile,
} from "@shapekit/model";
import { describe, expect, it } from "vitest";
import { parseManifest, readManifest } from "../../../test/support/json-documents.js";
import { emitContextFor } from "./fixture-model.js";
import { MAX_SPELLED_OUT_UNION } from "../src/emit-union.js";
import { typeCheck } from "./in-memory-type-check.js";

function emit(shapes: Record<string, AstShape>): GeneratedFile[] {
  const model = new Model({
    smithy: "2.0",
    shapes: {
      ...preludeAst().shapes,
      "ex#Svc": { type: "service", version: "1", operations: [{ target: "ex#Op" }] },
      "ex#Op": {
        type: "operation",
        input: { target: "ex#OpInput" },
        output: { target: "smithy.api#Unit" },
      },
      ...shapes,
    },
  });
  return emitTypes(emitContextFor(model, "ex-{kind}"));
}

function file(files: readonly GeneratedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not emitted (got ${files.map((f) => f.path).join(", ")})`);
  return found.contents;
}

const plain: Record<string, AstShape> = {
  "ex#OpInput": { type: "structure", members: { name: { target: "smithy.api#String" } } },
};

describe("emitTypes", () => {
  it("emits package.json, README.md, tsconfig.json, the index, the operation map, the structures module and one module per enum, sorted", () => {
    expect(emit(plain).map((f) => f.path)).toEqual([
      "README.md",
      "package.json",
      "src/index.ts",
      "src/operations.ts",
      "src/operations/Op.ts",
      "src/structures.ts",
      "tsconfig.json",
    ]);
  });

  it("starts every source file with the one-line banner, and the README with it as a comment", () => {
    const files = emit(plain);
    const banner = generatedBanner({ sourceDescription: "test fixture (ex#Svc)" });
    for (const f of files.filter((f) => f.path.endsWith(".ts")))
      expect(f.contents.split("\n")[0]).toBe(`// ${banner}`);
    expect(file(files, "README.md").split("\n")[0]).toBe(`<!-- ${banner} -->`);
    expect(parseManifest(file(files, "package.json"))["//"]).toBe(banner);
  });

  it("writes an ESM, side-effect-free package.json without dependencies when no document is used", () => {
    const pkg = parseManifest(file(emit(plain), "package.json"));
    expect(pkg).toMatchObject({
      name: "@shapekit/ex-types",
      version: "0.1.0",
      type: "module",
      sideEffects: false,
      license: "Apache-2.0",
      scripts: { build: "shapekit-build", typecheck: "tsc --noEmit" },
      devDependencies: { "@shapekit/build": "^0.1.0" },
      exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
    });
    expect(pkg.dependencies).toBeUndefined();
    expect(JSON.parse(file(emit(plain), "tsconfig.json")) as unknown).toEqual({
      extends: "../../tsconfig.base.json",
      compilerOptions: {
        rootDir: "src",
        outDir: "dist",
        tsBuildInfoFile: "dist/.tsbuildinfo",
        isolatedDeclarations: true,
      },
      include: ["src"],
    });
  });

  it("depends on @smithy/types exactly when a document is used", () => {
    const files = emit({
      "ex#OpInput": { type: "structure", members: { doc: { target: "smithy.api#Document" } } },
    });
    expect(parseManifest(file(files, "package.json")).dependencies).toEqual({
      "@smithy/types": "^4.0.0",
    });
  });

  it("quotes member names that are not identifiers (JSON AST models can have them)", () => {
    const files = emit({
      "ex#OpInput": {
        type: "structure",
        members: { "x-amz-id": { target: "smithy.api#String" }, "1st": { target: "ex#Choice" } },
      },
      "ex#Choice": {
        type: "union",
        members: { "a-b": { target: "smithy.api#String" }, c: { target: "smithy.api#Integer" } },
      },
    });
    expect(file(files, "src/structures.ts")).toContain(`"x-amz-id"?: string;`);
    expect(file(files, "src/structures.ts")).toContain(`"a-b": string;`);
    expect(typeCheck(files)).toEqual([]);
  });

  it("keeps __proto__ and constructor usable as members and enum keys", () => {
    const members = JSON.parse(
      `{"__proto__": {"target": "smithy.api#String"}, "constructor": {"target": "ex#Keys"}}`,
    ) as AstShape["members"];
    const files = emit({
      "ex#OpInput": { type: "structure", members },
      "ex#Keys": {
        type: "enum",
        members: JSON.parse(
          `{"__proto__": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "p"}}}`,
        ) as AstShape["members"],
      },
    });
    const check = [
      `import { Keys, type OpInput } from "./src/index.js";`,
      `const value: OpInput = { ["__proto__"]: "x", constructor: Keys.__proto__ };`,
      `export const key: "p" = Keys["__proto__"];`,
      `export const p: string | undefined = value.__proto__;`,
    ].join("\n");
    expect(typeCheck(files, { "check.ts": check })).toEqual([]);
  });

  it("keeps comment openers and closers in documentation inert (Glue's `…/*`, Kendra's `**/*.png`)", () => {
    const documented = (doc: string) => ({
      target: "ex#Name",
      traits: { "smithy.api#documentation": doc },
    });
    const files = emit({
      "ex#OpInput": {
        type: "structure",
        members: {
          arn: documented("<p>Something like arn:aws:glue:&lt;region&gt;:property/*</p>"),
          glob: documented("<p><i>**/*.png</i> matches every PNG; /* and */ are plain text.</p>"),
        },
      },
      "ex#Name": { type: "string", traits: { "smithy.api#length": { min: 1, max: 5 } } },
    });
    const source = file(files, "src/structures.ts");
    // Only a closer needs escaping; the writer leaves openers inside a doc comment alone.
    expect(source).toContain("arn:aws:glue:<region>:property/*\n");
    expect(source).toContain("**\\/*.png");
    expect(source).toContain("   * @minLength 1\n");
    expect(typeCheck(files)).toEqual([]);
  });

  it("writes a union of more members than MAX_SPELLED_OUT_UNION once each, with the same types", () => {
    // Spelled out, a union's variants list every other member: 3,000 members made 185 MB.
    const union = (count: number): AstShape => ({
      type: "union",
      members: Object.fromEntries(
        Array.from({ length: count }, (_, i) => [`M${i}`, { target: "smithy.api#String" }]),
      ),
    });
    const many = MAX_SPELLED_OUT_UNION + 1;
    const files = emit({
      "ex#OpInput": {
        type: "structure",
        members: { few: { target: "ex#Few" }, many: { target: "ex#Many" } },
      },
      "ex#Few": union(MAX_SPELLED_OUT_UNION),
      "ex#Many": union(many),
    });
    const source = file(files, "src/structures.ts");
    // The spelled-out form: each member `?: never` in every variant but its own.
    expect(source.match(/ M0\?: never;/g)).toHaveLength(MAX_SPELLED_OUT_UNION - 1);
    expect(source.match(/ M0: string;/g)).toHaveLength(2);
    expect(source).toContain("} extends infer Members\n");
    const check = [
      `import type { Few, Many } from "./src/index.js";`,
      `export const one: Many = { M${many - 1}: "x" };`,
      `// @ts-expect-error two members set`,
      `export const two: Many = { M0: "x", M1: "y" };`,
      `// @ts-expect-error no member set`,
      `export const none: Many = {};`,
      `export const few: Few = { M0: "x" };`,
      `// @ts-expect-error two members set`,
      `export const fewTwo: Few = { M0: "x", M1: "y" };`,
    ].join("\n");
    expect(typeCheck(files, { "check.ts": check })).toEqual([]);
    // 3,000 members: a line each, not nine million.
    const large = emit({
      "ex#OpInput": { type: "structure", members: { u: { target: "ex#U" } } },
      "ex#U": union(3000),
    });
    expect(file(large, "src/structures.ts").split("\n").length).toBeLessThan(3000 + 30);
  });

  it("ships its templates: package.json lists them", () => {
    const own = readManifest(new URL("../package.json", import.meta.url));
    expect(own.files).toContain("templates");
  });
});
