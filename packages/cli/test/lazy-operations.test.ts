// What a cli-skeleton package's lazy root builds its surface from: operations bound from their
// entry points the first time they are used, and description stand-ins that answer every
// property from the real description. A surface over them answers as one over the real bindings.

import { describe, expect, it } from "vitest";
import {
  createCommandSurface,
  lazyOperationDescription,
  lazyOperations,
  moduleLoader,
  type CliOperationDescription,
} from "../src/index.js";

function description(name: string, operationName: string): CliOperationDescription {
  return {
    name,
    operationName,
    input: "In",
    options: [{ name: "--alpha", member: "Alpha", shape: "S", required: true }],
    shapes: {
      In: { type: "structure", name: "In", members: [{ name: "Alpha", shape: "S" }] },
      S: { type: "string", name: "S" },
    },
    documentation: { operation: `<p>${operationName} does a thing.</p>`, shapes: {} },
  };
}

/** Two operations' entry points, as the generator writes them (`description` and `surface`). */
const entries = [description("do-it", "DoIt"), description("undo-it", "UndoIt")].map((d) => ({
  description: d,
  surface: createCommandSurface({ command: "tool", operations: [{ description: d }] }),
}));

function recordingModules() {
  const loads: string[] = [];
  const specifiers = ["./operations/DoIt.js", "./operations/UndoIt.js"];
  const modules = moduleLoader((specifier) => {
    loads.push(specifier);
    return entries[specifiers.indexOf(specifier)];
  }, specifiers);
  return { loads, modules };
}

describe("lazyOperations", () => {
  it("loads an operation's entry point when the operation is first used, and only it", () => {
    const { loads, modules } = recordingModules();
    const lazy = createCommandSurface({
      command: "tool",
      operations: lazyOperations(modules, ["do-it", "undo-it"]),
    });
    const eager = createCommandSurface({
      command: "tool",
      operations: entries.map((e) => ({ description: e.description })),
    });
    expect(lazy.operations).toEqual(["do-it", "undo-it"]);
    expect(loads).toEqual([]);
    expect(lazy.generateCliSkeleton("undo-it", "input")).toBe(
      eager.generateCliSkeleton("undo-it", "input"),
    );
    expect(lazy.renderHelp("undo-it")).toBe(eager.renderHelp("undo-it"));
    expect(lazy.parseCommandLine("undo-it", ["--alpha", "x"])).toEqual(
      eager.parseCommandLine("undo-it", ["--alpha", "x"]),
    );
    expect(loads).toEqual(["./operations/UndoIt.js"]);
  });

  it("answers an unknown operation with a suggestion, loading nothing", () => {
    const { loads, modules } = recordingModules();
    const surface = createCommandSurface({
      command: "tool",
      operations: lazyOperations(modules, ["do-it", "undo-it"]),
    });
    const result = surface.parseCommandLine("do-itt", []);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.errors[0]?.suggestion).toBe("do-it");
    expect(() => surface.renderHelp("constructor")).toThrow(/Unknown operation "constructor"/);
    expect(loads).toEqual([]);
  });
});

describe("lazyOperationDescription", () => {
  it("loads nothing until a property is read, then answers every property as the real one", () => {
    const { loads, modules } = recordingModules();
    const standIn = lazyOperationDescription(modules, 1);
    expect(loads).toEqual([]);
    const real = entries[1]!.description;
    for (const key of Object.keys(real) as Array<keyof CliOperationDescription>)
      expect(standIn[key]).toBe(real[key]);
    expect(JSON.parse(JSON.stringify(standIn))).toEqual(JSON.parse(JSON.stringify(real)));
    expect(loads).toEqual(["./operations/UndoIt.js"]);
  });

  it("says so when the module is not an operation's entry point", () => {
    const modules = moduleLoader(() => ({ surface: undefined }), ["./not-an-entry.js"]);
    expect(() => lazyOperationDescription(modules, 0).name).toThrow(
      /module 0 is not an operation's entry point/,
    );
  });
});
