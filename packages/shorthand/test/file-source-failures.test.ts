// A caller's own FileSource may throw something that is no Error, or return the wrong kind of
// value: each is an error that says so, at the reference, without quoting what was thrown.
import { describe, expect, it } from "vitest";
import {
  FileAccessError,
  cliShapeTable,
  decodeCliCommand,
  fileReadFailure,
  operationArguments,
  parseShorthand,
  type FileSource,
} from "../src/index.js";

const data = "Name string\nTag structure Key Value\nTags list Tag\nKey string\nValue string";
const command = decodeCliCommand("put", "Put --name=Name --tags=Tags");
const api = operationArguments(command, cliShapeTable(data, [command]));

const throwing: FileSource = {
  readText() {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a misbehaving source does
    throw "do-not-echo";
  },
  readBytes() {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a misbehaving source does
    throw { message: "do-not-echo" };
  },
};
const wrongKinds = {
  readText: () => 5,
  readBytes: () => "text",
} as unknown as FileSource;

describe("a FileSource that misbehaves", () => {
  it.each([
    ["--name", ["file://x"], throwing, /paramfile file:\/\/x: the file source threw a string/],
    ["--name", ["fileb://x"], throwing, /the file source threw an object/],
    ["--name", ["file://x"], wrongKinds, /readText returned a number, not text/],
    ["--tags", ["Key@=fileb://x"], wrongKinds, /readBytes returned a string, not bytes/],
    ["--tags", ["Key@=file://x"], throwing, /the file source threw a string/],
  ])("%s %o", (option, words, files, message) => {
    const result = api.parseArgument(option, words, { files });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).not.toContain("do-not-echo");
  });

  it("a fetchUrl that throws a non-Error or returns no text is named", () => {
    const fetchUrl = (): string => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a misbehaving hook does
      throw "do-not-echo";
    };
    const thrown = api.parseArgument("--name", ["https://x"], { fetchUrl });
    expect(thrown.ok || thrown.error.message).toMatch(
      /Unable to retrieve https:\/\/x: fetchUrl threw a string$/,
    );
    const wrong = api.parseArgument("--name", ["https://x"], {
      fetchUrl: () => 5 as unknown as string,
    });
    expect(wrong.ok || wrong.error.message).toMatch(/fetchUrl returned a number, not text$/);
    expect(api.parseArgument("--name", ["https://x"], { fetchUrl: () => "n" })).toEqual({
      ok: true,
      value: "n",
    });
  });

  it("parseShorthand's @= reference says the same", () => {
    expect(() => parseShorthand("a@=file://x", { files: throwing })).toThrow(
      /the file source threw a string/,
    );
  });

  it("words the failures of the usual sources as before", () => {
    expect(fileReadFailure(new FileAccessError("not-found", "no such file"))).toBe("no such file");
    expect(
      fileReadFailure(Object.assign(new Error("ENOENT: open '/secret/path'"), { code: "ENOENT" })),
    ).toBe("no such file");
    expect(fileReadFailure(new Error("disk on fire"))).toBe("disk on fire");
    expect(fileReadFailure(null)).toBe("the file source threw null");
  });
});
