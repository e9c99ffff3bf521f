// ts-morph loads only when a structure is printed: the kinds the emitters name are kept without
// it, and must stay the numbers ts-morph gives them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as tsMorphPackage from "ts-morph";
import { describe, expect, it } from "vitest";
import { StructureKind, VariableDeclarationKind, tsMorph } from "../src/ts-morph.js";

describe("ts-morph, loaded lazily", () => {
  it("keeps each structure kind the emitters name at ts-morph's own value", () => {
    for (const [name, value] of Object.entries(StructureKind))
      expect([name, value]).toEqual([
        name,
        tsMorphPackage.StructureKind[name as keyof typeof StructureKind],
      ]);
    for (const [name, value] of Object.entries(VariableDeclarationKind))
      expect([name, value]).toEqual([
        name,
        tsMorphPackage.VariableDeclarationKind[name as keyof typeof VariableDeclarationKind],
      ]);
  });

  it("hands out ts-morph itself on request", () => {
    expect(tsMorph().Project).toBe(tsMorphPackage.Project);
  });

  it("is not loaded by importing the package, only by printing a structure", () => {
    // A fresh process: this test file has loaded ts-morph already.
    const index = fileURLToPath(new URL("../dist/index.js", import.meta.url));
    const script = `
      const { createRequire } = await import("node:module");
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes("ts-morph"));
      const pkg = await import(${JSON.stringify(index)});
      const writer = new pkg.ModuleWriter("banner");
      const module = writer.module().statement("export const a = 1;\\n");
      writer.text(module);
      const before = loaded();
      module.declarations([{ kind: pkg.StructureKind.TypeAlias, name: "A", type: "string", isExported: true }]);
      const printed = writer.text(module).includes("export type A = string;");
      console.log(JSON.stringify({ before, printed, after: loaded() }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ before: false, printed: true, after: true });
  });
});
