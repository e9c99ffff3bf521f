// The lazy root (src/lazy-root.ts) binds every function the root exports to a module that
// exports it under that name: the cheapest operation entry point that re-exports it, or the
// whole root for a shape no entry point re-exports as itself (a shape named `Output`, whose
// names an entry point keeps for its operation's output).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "@shapekit/model";
import { emitValidators } from "../src/index.js";
import { emitContextFor, fixtureModel } from "./fixture-model.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "shapekit-lazy-root-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = `$version: "2.0"
namespace example.lazy

service Things {
    operations: [PutThing, TagThing]
}

operation PutThing {
    input := {
        @required
        Name: ThingName
        Tags: TagList
        Settings: Settings
    }
    output := {
        Result: Output
    }
}

operation TagThing {
    input := {
        @required
        Tags: TagList
    }
}

structure Output {
    @length(min: 1)
    Location: String
}

structure Settings {
    Depth: Depth
}

@range(min: 1, max: 5)
integer Depth

@length(min: 1, max: 64)
string ThingName

@length(max: 3)
list TagList {
    member: Tag
}

structure Tag {
    @required
    @length(min: 1)
    Key: String
}
`;

/** The names a module exports under their own name (`export { a, b as c }`: a only; `export const a`). */
function ownExports(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/export (?:type )?\{([^}]*)\}/g))
    for (const specifier of match[1]!.split(","))
      if (/^\s*\w+\s*$/.test(specifier)) names.add(specifier.trim());
  for (const match of text.matchAll(/export const (\w+)/g)) names.add(match[1]!);
  return names;
}

/** The lazy root's list of modules and, for each stand-in, the index it loads. */
function lazyBindings(text: string): { modules: string[]; loads: Map<string, number> } {
  const list = /__moduleLoader\(__createRequire\(import\.meta\.url\), \[([^\]]*)\]\)/.exec(text);
  const modules = [...(list?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const loads = new Map<string, number>();
  for (const match of text.matchAll(
    /export const (\w+): typeof __root\.\1 =\s*__lazy(?:Validator|Function)\(\s*__load,\s*(\d+),\s*"(\w+)",?\s*\)/g,
  )) {
    expect(match[3]).toBe(match[1]);
    loads.set(match[1]!, Number(match[2]));
  }
  return { modules, loads };
}

describe("the validators' lazy root", () => {
  writeFileSync(path.join(dir, "model.smithy"), MODEL);
  const files = emitValidators(emitContextFor(fixtureModel(dir)));
  const file = (p: string): GeneratedFile => {
    const found = files.find((f) => f.path === p);
    if (!found) throw new Error(`no ${p} among ${files.map((f) => f.path).join(", ")}`);
    return found;
  };
  const lazy = file("src/lazy-root.ts").contents;
  const index = file("src/index.ts").contents;
  const { modules, loads } = lazyBindings(lazy);
  const moduleText = (specifier: string) =>
    file(specifier.replace(/^\.\//, "src/").replace(/\.js$/, ".ts")).contents;

  it("has a stand-in for every function the root exports, and no other", () => {
    const rootFunctions = [...ownExports(index)].filter((n) => /^(validate|is|assert)./.test(n));
    expect(rootFunctions.length).toBeGreaterThan(20);
    expect([...loads.keys()].sort()).toEqual(rootFunctions.sort());
  });

  it("binds each stand-in to a module that exports that function under its name", () => {
    for (const [name, at] of loads) {
      const specifier = modules[at];
      expect(specifier, name).toBeDefined();
      const exported =
        specifier === "./index.js" ? ownExports(index) : ownExports(moduleText(specifier!));
      expect(exported.has(name), `${name} from ${specifier}`).toBe(true);
    }
  });

  it("loads a shape shared by two operations from the one with fewer shapes", () => {
    expect(modules[loads.get("validateTag")!]).toBe("./operations/TagThing.js");
    expect(modules[loads.get("isThingName")!]).toBe("./operations/PutThing.js");
  });

  it("loads the whole root for a shape named Output, whose names entry points keep", () => {
    // PutThing's entry point exports its output's validator as `validateOutput`.
    expect(moduleText("./operations/PutThing.js")).toMatch(
      /validatePutThingOutput as validateOutput/,
    );
    expect(modules[loads.get("validateOutput")!]).toBe("./index.js");
  });

  it("is in prettier's layout as written (the writer's layouts only)", () => {
    expect(file("src/lazy-root.ts").preformatted).toBe(true);
  });
});
