// An option's words from a program: anything but a list of strings is an error result naming it
// (never an internal TypeError), and a string is not read as one word per letter.
import { describe, expect, it } from "vitest";
import {
  cliShapeTable,
  decodeCliCommand,
  operationArguments,
  parseShorthand,
  readWordList,
  wordListProblem,
} from "../src/index.js";

const data = "Name string\nTag structure Key Value\nTags list Tag\nKey string\nValue string";
const command = decodeCliCommand("put", "Put --name=Name --tags=Tags");
const api = operationArguments(command, cliShapeTable(data, [command]));

describe("words that are not a list of strings", () => {
  it.each([
    ["--tags", "Key=a", /words must be a list \(an array\) of strings, not a string/],
    ["--tags", [5], /words\[0\] is a number/],
    ["--tags", ["Key=a", null], /words\[1\] is null/],
    ["--name", undefined, /not undefined/],
    ["--name", [["a"]], /words\[0\] is a list/],
  ])("%s %o", (option, words, message) => {
    const result = api.parseArgument(option, words as string[]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.option).toBe(option);
  });

  it("a proxy whose traps throw is a problem, and the words parsed are a copy read once", () => {
    const trap = new Proxy([], {
      get() {
        throw new Error("trap");
      },
    });
    expect(readWordList(trap, "argv")).toEqual({
      ok: false,
      problem: "argv could not be read (trap)",
    });
    let reads = 0;
    const once = new Proxy(["Key=a"], {
      get(target, key, receiver) {
        if (key === "0" && ++reads > 1) throw new Error("read twice");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(api.parseArgument("--tags", once)).toEqual({ ok: true, value: [{ Key: "a" }] });
    expect(reads).toBe(1);
  });

  it("a list of strings passes, an empty one too", () => {
    expect(wordListProblem([], "argv")).toBeUndefined();
    expect(wordListProblem(["a", ""], "argv")).toBeUndefined();
    // A hole reads as undefined.
    const holey: string[] = [];
    holey[1] = "a";
    expect(wordListProblem(holey, "argv")).toBe(
      "argv[0] is undefined: argv must hold strings only",
    );
  });

  it("parseShorthand refuses a non-string with a TypeError saying so", () => {
    expect(() => parseShorthand(5 as unknown as string)).toThrow(
      "parseShorthand takes a string, not a number",
    );
    expect(() => parseShorthand(null as unknown as string)).toThrow(/not null/);
  });
});
