// An operation whose shapes are reused at every level (a hostile description): `S0` has members
// `A` and `B` of shape `S1`, `S1` has `A` and `B` of `S2`, and so on, so its skeleton and help
// page double with each level. Up to MAX_EXPANDED_SHAPES they are written out in full; past it
// the surface stops with ShapesTooLargeError instead of spending minutes and gigabytes.

import { describe, expect, it } from "vitest";
import {
  createCommandSurface,
  MAX_EXPANDED_SHAPES,
  runCommand,
  ShapesTooLargeError,
  type CliOperationDescription,
} from "../src/index.js";
import { chainDescription } from "./chain-description.js";

/** `In` → `S0`, each `S{i}` of two members `A` and `B` of `S{i+1}`, `S{levels}` a string. */
const doublingDescription = (levels: number) =>
  chainDescription("put-dag", levels, ["A", "B"], { output: true });

/** `In` with one option whose structure has `count` string members. */
function wideDescription(count: number): CliOperationDescription {
  return {
    name: "put-wide",
    operationName: "PutWide",
    input: "In",
    options: [{ name: "--top", member: "Top", shape: "Wide", required: false }],
    shapes: {
      In: { type: "structure", name: "In", members: [{ name: "Top", shape: "Wide" }] },
      Wide: {
        type: "structure",
        name: "Wide",
        members: Array.from({ length: count }, (_, i) => ({ name: `M${i}`, shape: "Str" })),
      },
      Str: { type: "string", name: "Str" },
    },
    documentation: { shapes: {} },
  };
}

const surfaceOf = (description: CliOperationDescription) =>
  createCommandSurface({ command: "tool", operations: [{ description }] });

/** The string leaves of a JSON value. */
function leaves(value: unknown): number {
  if (typeof value !== "object" || value === null) return 1;
  return Object.values(value).reduce((n: number, v) => n + leaves(v), 0);
}

describe("shapes reused at every level", () => {
  it("are written out in full below the limit", () => {
    const surface = surfaceOf(doublingDescription(10));
    const skeleton: unknown = JSON.parse(surface.generateCliSkeleton("put-dag", "input"));
    expect(leaves(skeleton)).toBe(2 ** 10);
    const help = surface.renderHelp("put-dag");
    // Half the 2 + 4 + … + 1024 entries of the option's member tree are `A`, and the output's.
    expect(help.match(/^\s+A -> \(/gm)).toHaveLength(2 * (2 ** 10 - 1));
  });

  it("stop every skeleton and the help page past the limit", () => {
    // 2^40 shapes: without the limit, none of these would finish.
    const surface = surfaceOf(doublingDescription(40));
    const limit = MAX_EXPANDED_SHAPES.toLocaleString("en");
    for (const kind of ["input", "yaml-input", "output"] as const) {
      const style = kind === "output" ? "output" : "input";
      expect(() => surface.generateCliSkeleton("put-dag", kind)).toThrow(
        new ShapesTooLargeError(`the ${style} skeleton of put-dag`, MAX_EXPANDED_SHAPES),
      );
    }
    for (const format of ["text", "markdown"] as const)
      expect(() => surface.renderHelp("put-dag", { format })).toThrow(
        `The help page of put-dag would write out more than ${limit} shapes`,
      );
  });

  it("make the bin print the error and exit 255", async () => {
    const surface = surfaceOf(doublingDescription(40));
    let stdout = "";
    let stderr = "";
    const io = {
      stdout: (t: string) => void (stdout += t),
      stderr: (t: string) => void (stderr += t),
    };
    expect(await runCommand(surface, ["put-dag", "--generate-cli-skeleton"], { io })).toBe(255);
    expect(await runCommand(surface, ["put-dag", "help"], { io })).toBe(255);
    expect(stdout).toBe("");
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      expect.stringMatching(
        /^tool: error: The input skeleton of put-dag would write out more than/,
      ),
      expect.stringMatching(/^tool: error: The help page of put-dag would write out more than/),
    ]);
  });

  it("still parse a command line, which writes nothing out", () => {
    const result = surfaceOf(doublingDescription(40)).parseCommandLine("put-dag", [
      "--top",
      '{"A": {"B": {}}}',
    ]);
    expect(result).toMatchObject({ ok: true, request: { Top: { A: { B: {} } } } });
  });
});

describe("a member tree longer than a call's arguments can be", () => {
  it("is laid out in text and Markdown (no array spread into another)", () => {
    // More members than V8 passes as the arguments of one call (about 120,000).
    const count = 200_000;
    const surface = surfaceOf(wideDescription(count));
    const text = surface.renderHelp("put-wide");
    expect(text.match(/^\s+M\d+ -> \(string\)$/gm)).toHaveLength(count);
    const markdown = surface.renderHelp("put-wide", { format: "markdown" });
    expect(markdown.match(/^M\d+ -> \(string\)$/gm)).toHaveLength(count);
  });
});
