// An operation whose shapes nest tens of thousands of levels deep (a hostile description): the
// surface reports it as such, never as the engine's "Maximum call stack size exceeded".

import { describe, expect, it } from "vitest";
import {
  createCommandSurface,
  MAX_WALKED_DEPTH,
  shapeDepth,
  ShapesTooDeepError,
} from "../src/index.js";
import { chainDescription } from "./chain-description.js";

/** `In` → `S0` → `S1` → … → `S{depth}` (a string), each a structure of one member. */
const deepDescription = (depth: number) => chainDescription("put-deep", depth, ["Next"]);

const surfaceOf = (depth: number) =>
  createCommandSurface({ command: "tool", operations: [{ description: deepDescription(depth) }] });

describe("shapes nested too deep to walk", () => {
  const surface = surfaceOf(50_000);
  const message =
    "The shapes of put-deep nest 50001 levels deep, more than the 1000 its skeletons, help page and command line can walk";

  it("are measured without recursion, a member or item being one level", () => {
    expect(shapeDepth(deepDescription(3))).toBe(4);
    expect(shapeDepth(deepDescription(50_000))).toBe(50_001);
  });

  it("make the skeletons and the help page throw ShapesTooDeepError", () => {
    expect(() => surface.generateCliSkeleton("put-deep", "input")).toThrow(ShapesTooDeepError);
    expect(() => surface.generateCliSkeleton("put-deep", "yaml-input")).toThrow(message);
    expect(() => surface.renderHelp("put-deep")).toThrow(message);
  });

  it("make parseCommandLine return an internal error rather than throw", () => {
    const result = surface.parseCommandLine("put-deep", ["--generate-cli-skeleton"]);
    expect(result).toEqual({
      ok: false,
      exitCode: 255,
      errors: [{ kind: "internal", message }],
    });
  });

  it("leave an operation up to the limit as it was", () => {
    expect(surfaceOf(3).generateCliSkeleton("put-deep", "input")).toBe(
      `${JSON.stringify({ Top: { Next: { Next: { Next: "" } } } }, null, 4)}\n`,
    );
    const atLimit = surfaceOf(MAX_WALKED_DEPTH - 1);
    expect(atLimit.generateCliSkeleton("put-deep", "input").split("\n")).toHaveLength(
      2 * MAX_WALKED_DEPTH + 2,
    );
    expect(atLimit.renderHelp("put-deep")).toContain("--top");
  });
});
