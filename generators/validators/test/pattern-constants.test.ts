// The matcher a generated module declares for each `@pattern`: the generator's own plan of it, so
// that the validators never parse or analyse a pattern when they run (module-constants.ts).

import { describe, expect, it } from "vitest";
import { ModuleConstants } from "../src/module-constants.js";

/** The declaration `ModuleConstants` writes for one pattern, or why it writes none. */
function declared(pattern: string): string | undefined {
  const constants = new ModuleConstants();
  const matcher = constants.pattern(pattern, "example#Shape");
  const texts = constants.declarations().map((d) => d.text);
  if (typeof matcher === "string") {
    expect(texts).toEqual([]);
    return matcher;
  }
  expect(texts).toHaveLength(1);
  return texts[0];
}

describe("pattern constants", () => {
  it("a search proven linear runs on RegExp, from the plan's ECMAScript source", () => {
    expect(declared("^[a-z][a-z0-9-]*$")).toBe(
      '/** @pattern ^[a-z][a-z0-9-]*$ */\nconst PATTERN_0 = __regexpPattern("^[a-z][a-z0-9-]*$");',
    );
    // Java's syntax is translated once, here: the source written is the ECMAScript one.
    expect(declared("^\\p{Punct}+$")).toMatch(/__regexpPattern\("\^\[!-/);
  });

  it("other searches run on re2js, with the mode their plan needs", () => {
    expect(declared("^(\\w+\\s?)*$")).toMatch(/= __re2Pattern\("[^"]+"\);$/);
    expect(declared("[a-z](?<!x)y")).toMatch(/= __re2Pattern\("[^"]+", "lookbehinds"\);$/);
    expect(declared("[a-z](?=1)[0-9]")).toMatch(/= __re2Pattern\("[^"]+", "reversed"\);$/);
  });

  it("a plan of several searches is planned at run time, from the pattern as written", () => {
    expect(declared("^(?!-)[a-z-]+$")).toBe(
      '/** @pattern ^(?!-)[a-z-]+$ */\nconst PATTERN_0 = __compilePattern("^(?!-)[a-z-]+$");',
    );
  });

  it("declares nothing for a pattern every string matches, or one with no linear-time matcher, and says which", () => {
    expect(declared(".*")).toBe("every string");
    expect(declared("(?:)")).toBe("every string");
    expect(declared("^(a)\\1$")).toBe("unsupported");
  });

  it("reports a pattern that is not a regular expression with the shape that has it", () => {
    expect(() => declared("[a-")).toThrow(/example#Shape: @pattern "\[a-" is not a valid/);
  });

  it("declares a pattern once however many members state it", () => {
    const constants = new ModuleConstants();
    const a = constants.pattern("^x+$", "example#A");
    const b = constants.pattern("^x+$", "example#B");
    expect(typeof a === "object" && typeof b === "object" && a.text === b.text).toBe(true);
    expect(constants.declarations()).toHaveLength(1);
  });
});
