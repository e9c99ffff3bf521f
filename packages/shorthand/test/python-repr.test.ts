// Python's repr() of a string: what Python's messages quote values with, and what the AWS CLI's
// text and table outputs print nested text with.

import { describe, expect, it } from "vitest";
import { NumberSyntaxError, pythonInt, pythonStringRepr } from "@shapekit/shorthand";

describe("pythonStringRepr", () => {
  it("quotes strings as repr() does", () => {
    expect(pythonStringRepr("it's")).toBe(`"it's"`);
    expect(pythonStringRepr(`both ' and "`)).toBe(`'both \\' and "'`);
    expect(pythonStringRepr("tab\there\u0007\u007f\u200b\u{e0001}é")).toBe(
      "'tab\\there\\x07\\x7f\\u200b\\U000e0001é'",
    );
  });
  it("quotes the values of Python's number messages", () => {
    expect(() => pythonInt("a\nb")).toThrow(
      new NumberSyntaxError("invalid literal for int() with base 10: 'a\\nb'"),
    );
  });
});
