// The "Constraints" line: its wording per kind of bound and type, and its text escaped.

import { describe, expect, it } from "vitest";
import { constraintsLine } from "../src/constraints.js";

const line = (...args: Parameters<typeof constraintsLine>) => constraintsLine(...args).toString();
const PREFIX = '<p class="constraints"><span class="block-title">Constraints:</span> ';

describe("constraintsLine", () => {
  it("names one-sided and two-sided bounds, and what a length counts for the type", () => {
    expect(line({ length: { min: 1 } }, "list")).toBe(`${PREFIX}length at least 1 items</p>`);
    expect(line({ length: { max: 4 } }, "blob")).toBe(`${PREFIX}length at most 4 bytes</p>`);
    expect(line({ length: { min: 0, max: 9 } }, "map")).toBe(`${PREFIX}length 0 to 9 entries</p>`);
    expect(line({ range: { min: -1.5, max: 2 } }, "double")).toBe(`${PREFIX}value -1.5 to 2</p>`);
    expect(line({ required: true, length: { max: 3 } }, "string")).toBe(
      `${PREFIX}required; length at most 3 characters</p>`,
    );
  });

  it("writes nothing for a value without constraints", () => {
    expect(line(undefined, "string")).toBe("");
    expect(line({}, "string")).toBe("");
  });

  it("escapes a pattern", () => {
    expect(line({ pattern: `^<a href="x">&'$` }, "string")).toBe(
      `${PREFIX}pattern <code>^&lt;a href=&quot;x&quot;&gt;&amp;&#39;$</code></p>`,
    );
  });
});
