// The grammar, rule by rule, with the AWS CLI's answers (each expectation was checked against
// its parser), the error display, file references and prototype-safe objects.
import { describe, expect, it } from "vitest";
import {
  ShorthandFileError,
  ShorthandSyntaxError,
  parseShorthand,
  type FileSource,
} from "../src/index.js";

const files: FileSource = {
  readText: (path) => (path === "here.txt" ? "contents\n" : fail(path)),
  readBytes: (path) => (path === "here.bin" ? new Uint8Array([1, 2]) : fail(path)),
};
function fail(path: string): never {
  throw new Error(`no file ${path}`);
}
const parse = (text: string) => parseShorthand(text, { files });
function syntaxError(text: string): ShorthandSyntaxError {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof ShorthandSyntaxError) return e;
    throw e;
  }
  throw new Error(`${text} parsed`);
}

describe("parseShorthand", () => {
  it.each([
    ["a=b", { a: "b" }],
    ["a=b,c", { a: ["b", "c"] }],
    ["a=b,c=d", { a: "b", c: "d" }],
    ["a=b, c=d", { a: "b", c: "d" }],
    ["a = b", { a: "b" }],
    ["a=", { a: "" }],
    ["a=,b=c", { a: "", b: "c" }],
    ["=b", { "": "b" }],
    ["a=[b,c],d={e=f,g=[h]}", { a: ["b", "c"], d: { e: "f", g: ["h"] } }],
    ["a=[ ]", { a: [] }],
    ["a=[b,]", { a: ["b"] }],
    ["a=[,b]", { a: ["", "b"] }],
    ["a={b=c,b=d}", { a: { b: "d" } }],
    ["a=b c ", { a: "b c" }],
    ["a=x=y", { a: "x=y" }],
    ["a='b,c'", { a: "b,c" }],
    ['a="b\\"c"', { a: 'b"c' }],
    ["a='it\\'s'", { a: "it's" }],
    ["a='x\\\\y'", { a: "x\\y" }],
    ["a='x\\'", { a: "x\\" }],
    ["a=b\\,c", { a: "b,c" }],
    ["a=b,c\\,d=e", { a: "b", d: "e" }],
    ["a=}~|", { a: "}~|" }],
    ["a=b\u00a0", { a: "b" }],
    ["a@=file://here.txt", { a: "contents\n" }],
    ["a@=fileb://here.bin", { a: new Uint8Array([1, 2]) }],
    ["a=file://here.txt", { a: "file://here.txt" }],
    ["a@={b=file://here.txt}", { a: { b: "file://here.txt" } }],
  ])("%s", (text, value) => {
    expect(parse(text)).toEqual(value);
  });

  it.each([
    ["", "=", "EOF", 0],
    ["a=b,c=d,a=e", "a key not given before", "a", 8],
    ["a=[b", ",", "EOF", 4],
    ["a=b,", "<second>", "<none>", 4],
    ["a=[b] ", ",", "EOF", 6],
    ["a='b", "<singled quoted>", "<none>", 2],
    [" a=b", "=", "a", 1],
    ["a=😀", ",", "😀", 2],
    ["a=b😀", ",", "😀", 3],
  ])("refuses %j", (text, expected, received, offset) => {
    const e = syntaxError(text);
    expect([e.expected, e.received, e.offset]).toEqual([expected, received, offset]);
  });

  it("shows the input and a caret under the position", () => {
    expect(syntaxError("a=b,c=[1").message).toBe(
      "Expected: ',', received: 'EOF' for input:\na=b,c=[1\n        ^",
    );
    expect(syntaxError("a=b,\nc==d\ne=f").message).toBe(
      "Expected: ',', received: '=' for input:\na=b,\nc==d\n  ^\ne=f",
    );
    expect(syntaxError("a=1,a=2").message).toContain('Second instance of key "a"');
  });

  it("reports an unreadable @= file as a ShorthandFileError at its value", () => {
    expect(() => parse("a@=file://missing")).toThrow(ShorthandFileError);
    try {
      parse("a@=file://missing");
    } catch (e) {
      expect((e as ShorthandFileError).offset).toBe(3);
    }
  });

  it("keeps __proto__, constructor and toString as ordinary keys", () => {
    const value = parse("__proto__=x,constructor={a=b},toString=[1]");
    expect(Object.keys(value)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.constructor).toEqual({ a: "b" });
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it("parses a 1 MB input", () => {
    const item = "Key=abcdefgh,Value='x y'";
    const text = `a=[${Array.from({ length: 40_000 }, () => `{${item}}`).join(",")}]`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect((parse(text).a as unknown[]).length).toBe(40_000);
    const csv = `a=${"x,".repeat(500_000)}y`;
    expect((parse(csv).a as unknown[]).length).toBe(500_001);
  });
});
