// File references are safe by default: no entry point reads a file unless its caller passes a
// `files` source, and then `localFiles()` reads regular files only, up to a limit, with errors
// that hold neither what a file held nor the value of an expanded variable.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArgumentError,
  expandPath,
  FileAccessError,
  MAX_NESTING,
  ShorthandFileError,
  localFiles,
  nestsDeeperThan,
  noFiles,
  parseArgumentWords,
  parseShorthand,
  type CliOption,
  type CliShapeTable,
  type FileSource,
} from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "shapekit-files-"));
function file(name: string, contents: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

const table: CliShapeTable = {
  Tag: {
    type: "structure",
    name: "Tag",
    members: [
      { name: "Key", shape: "Text" },
      { name: "Value", shape: "Text" },
      { name: "Count", shape: "Count" },
    ],
  },
  Tags: { type: "list", name: "Tags", member: "Tag" },
  Text: { type: "string", name: "Text" },
  Count: { type: "integer", name: "Count" },
  Body: { type: "blob", name: "Body", streaming: true },
};
const option = (name: string, shape: string): CliOption => ({
  name,
  member: name,
  shape,
  required: false,
});
const TAGS = option("--tags", "Tags");
const TAG = option("--tag", "Tag");
const TEXT = option("--text", "Text");
const COUNT = option("--count", "Count");
const BODY = option("--body", "Body");

function refusal(result: ReturnType<typeof parseArgumentWords>): ArgumentError {
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A source that counts its calls, to prove nothing was asked of it. */
function countingSource(): FileSource & { calls: number } {
  const source = {
    calls: 0,
    readText: () => {
      source.calls++;
      return "read";
    },
    readBytes: () => {
      source.calls++;
      return new Uint8Array([1]);
    },
  };
  return source;
}

describe("without a files option nothing is read", () => {
  const secret = file("secret.txt", "TOP-SECRET-CONTENTS");

  it("refuses a whole file:// or fileb:// value, naming the option to pass", () => {
    for (const value of [`file://${secret}`, `fileb://${secret}`]) {
      const error = refusal(parseArgumentWords(table, TEXT, [value]));
      expect(error.message).toContain("pass the `files` option");
      expect(error.message).toContain(value);
      expect(error.message).not.toContain("TOP-SECRET");
    }
  });

  it("refuses key@=file:// in shorthand, alone and through an option", () => {
    expect(() => parseShorthand(`Value@=file://${secret}`)).toThrow(ShorthandFileError);
    expect(() => parseShorthand(`Value@=file://${secret}`)).toThrow(/`files` option/);
    const error = refusal(parseArgumentWords(table, TAGS, [`Key=a,Value@=file://${secret}`]));
    expect(error.message).toContain("`files` option");
    expect(error.message).not.toContain("TOP-SECRET");
  });

  it("refuses a streaming blob's path with the same message", () => {
    expect(refusal(parseArgumentWords(table, BODY, [secret])).message).toContain("`files` option");
  });

  it("passes every reference to the source it is given, and only then", () => {
    const source = countingSource();
    expect(parseArgumentWords(table, TEXT, ["file://x"], { files: source })).toEqual({
      ok: true,
      value: "read",
    });
    expect(parseShorthand("a@=fileb://y", { files: source })).toEqual({ a: new Uint8Array([1]) });
    expect(source.calls).toBe(2);
    expect(() => noFiles.readText("x")).toThrow(FileAccessError);
  });

  it("reads, after `@=`, a file:// word that turns out to be the next key, as the AWS CLI does", () => {
    // The CLI resolves each word it tries as a list item of an `@=` value before it sees the
    // `=` that makes it a key; an unreadable file is its error, a readable one is dropped.
    const source = countingSource();
    expect(parseShorthand("a@=x,file://k=1,b@=y,fileb://j=2", { files: source })).toEqual({
      a: "x",
      "file://k": "1",
      b: "y",
      "fileb://j": "2",
    });
    expect(source.calls).toBe(2);
    expect(() => parseShorthand("a@=x,file://k=1")).toThrow(ShorthandFileError);
    expect(parseShorthand("a=x,file://k=1")).toEqual({ a: "x", "file://k": "1" });
  });
});

describe("localFiles()", () => {
  it("reads text (universal newlines) and bytes of regular files", () => {
    const text = file("text.txt", "a\r\nb\rc\n");
    const bytes = file("bytes.bin", new Uint8Array([0, 255, 10]));
    const files = localFiles();
    expect(files.readText(text)).toBe("a\nb\nc\n");
    expect(files.readBytes(bytes)).toEqual(new Uint8Array([0, 255, 10]));
    expect(parseArgumentWords(table, TEXT, [`file://${text}`], { files })).toEqual({
      ok: true,
      value: "a\nb\nc\n",
    });
  });

  it("expands ~ and $VAR as the AWS CLI does, and only when asked", () => {
    mkdirSync(join(dir, "home"), { recursive: true });
    file("home/k.txt", "from home");
    const env = { HOME: join(dir, "home"), WHERE: dir };
    expect(localFiles({ env }).readText("~/k.txt")).toBe("from home");
    expect(localFiles({ env }).readText("$WHERE/home/k.txt")).toBe("from home");
    expect(localFiles({ env }).readText("${WHERE}/home/k.txt")).toBe("from home");
    expect(() => localFiles({ env, expand: false }).readText("~/k.txt")).toThrow(
      "No such file or directory",
    );
  });

  it("refuses devices, FIFOs and directories without reading them", () => {
    const files = localFiles();
    const reason = (path: string): string | undefined => {
      try {
        files.readBytes(path);
      } catch (e) {
        return e instanceof FileAccessError ? e.reason : `other: ${String(e)}`;
      }
      return undefined;
    };
    expect(reason("/dev/zero")).toBe("not-regular");
    expect(reason("/dev/null")).toBe("not-regular");
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    // Opening a FIFO that has no writer would block a plain open; this returns at once.
    expect(reason(fifo)).toBe("not-regular");
    expect(reason(dir)).toBe("directory");
    expect(reason(join(dir, "missing"))).toBe("not-found");
  });

  it("refuses files over maxBytes, and takes files of exactly maxBytes", () => {
    const ten = file("ten.txt", "0123456789");
    expect(localFiles({ maxBytes: 10 }).readText(ten)).toBe("0123456789");
    expect(() => localFiles({ maxBytes: 9 }).readText(ten)).toThrow(
      "the file is larger than 9 bytes, the limit of this reader (localFiles({ maxBytes }))",
    );
    // A file whose size says 0 but which holds more (a /proc file): the read stops past the limit.
    expect(() => localFiles({ maxBytes: 16 }).readText("/proc/self/status")).toThrow(
      "larger than 16 bytes",
    );
    expect(() => localFiles({ maxBytes: -1 })).toThrow(RangeError);
  });

  it("refuses text that is not UTF-8 with the AWS CLI's advice", () => {
    const binary = file("binary.bin", new Uint8Array([0xff, 0xfe, 0x00]));
    expect(() => localFiles().readText(binary)).toThrow("please use the fileb:// prefix");
  });

  it("never puts an expanded variable or HOME into an error", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{12,20}$/), (secret) => {
        const env = { HOME: `/nonexistent/${secret}`, TOKEN: secret };
        const files = localFiles({ env });
        for (const value of ["file://$TOKEN", "file://${TOKEN}/x", "file://~/x", "fileb://~"]) {
          const error = refusal(parseArgumentWords(table, TEXT, [value], { files }));
          expect(error.message).toContain(value);
          expect(error.message).not.toContain(secret);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe("errors never quote what a file held", () => {
  const SECRET = "aws_secret_access_key = wJalrXUtnFEMI";
  const files = (contents: string): FileSource => ({
    readText: () => contents,
    readBytes: () => new TextEncoder().encode(contents),
  });

  it.each([
    ["JSON that does not parse", TAGS, `[{"Key": ${SECRET}}]`, /does not hold valid JSON/],
    ["JSON with a position", TAGS, `[{"Key": "a"} "${SECRET}"]`, /valid JSON at line 1, column 15/],
    ["shorthand that does not parse", TAGS, `Key=[${SECRET}`, /valid shorthand syntax: .* line 1/],
    ["a number that is not one", COUNT, SECRET, /the value is not valid for this option/],
    ["a member the model converts", TAG, `Count=${SECRET}`, /: Count is not valid/],
    ["a credentials file", TAGS, `[default]\n${SECRET}\n`, /file:\/\/creds does not hold/],
  ])("%s", (_, option, contents, message) => {
    const error = refusal(
      parseArgumentWords(table, option, ["file://creds"], { files: files(contents) }),
    );
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("wJalrXUtnFEMI");
    expect(error.cause).toBeUndefined();
  });

  it("nor what a key@= reference read", () => {
    const error = refusal(
      parseArgumentWords(table, TAGS, ["Key=a,Count@=file://n"], { files: files(SECRET) }),
    );
    expect(error.message).toBe(
      "Error parsing parameter '--tags': [0].Count is not valid for this option; it holds the contents of file://n, which are not shown",
    );
  });

  it("keeps the caret display of text the user typed", () => {
    const error = refusal(
      parseArgumentWords(table, TAGS, ["Key=[a,Value@=file://n"], { files: files(SECRET) }),
    );
    expect(error.message).toContain("Key=[a,Value@=file://n\n");
  });

  it("for any contents", () => {
    const piece = fc.constantFrom(
      "[",
      "{",
      "]",
      "}",
      ",",
      "=",
      '"',
      "'",
      "\n",
      "Key=",
      "Count=",
      "@=",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(piece, { maxLength: 8 }),
        (before, after) => {
          const contents = `${before.join("")}SECRETTOKEN42${after.join("")}`;
          for (const option of [TAGS, TAG, TEXT, COUNT]) {
            const result = parseArgumentWords(table, option, ["file://f"], {
              files: files(contents),
            });
            if (!result.ok) expect(result.error.message).not.toContain("SECRETTOKEN42");
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("nesting", () => {
  it("refuses JSON values nested deeper than the parser's limit", () => {
    const deep = "[".repeat(MAX_NESTING + 1) + "]".repeat(MAX_NESTING + 1);
    expect(refusal(parseArgumentWords(table, TAGS, [deep])).message).toContain(
      `nested deeper than ${MAX_NESTING} levels`,
    );
    const ok = "[".repeat(MAX_NESTING) + "]".repeat(MAX_NESTING);
    expect(parseArgumentWords(table, TAGS, [ok]).ok).toBe(true);
  });

  it("measures depth without recursion", () => {
    let value: unknown = 1;
    for (let i = 0; i < 200_000; i++) value = [value];
    expect(nestsDeeperThan(value, 199_999)).toBe(true);
    expect(nestsDeeperThan(value, 200_000)).toBe(false);
    expect(nestsDeeperThan({ a: [{}] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{}] }, 2)).toBe(true);
  });
});

describe("the file reader's cost", () => {
  // An ES import of `node:fs` builds its namespace from every export, which loads Node's streams
  // (about 1.5 ms of each process). The reader loads `fs` on its first read instead.
  const run = (code: string): string =>
    execFileSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      encoding: "utf8",
    });
  const streamsLoaded = `console.log(process.moduleLoadList.includes("NativeModule internal/fs/streams"));`;

  it("is not paid by a process that imports the runtime and never reads a file", () => {
    expect(run(`await import("./dist/index.js"); ${streamsLoaded}`).trim()).toBe("false");
    // What the test tells apart: a module that imports `node:fs` does load them.
    expect(run(`await import("node:fs"); ${streamsLoaded}`).trim()).toBe("true");
  });

  it("reads with fs loaded on the first read, in the built runtime", () => {
    const path = file("first-read.txt", "read me");
    const code = `const { localFiles } = await import("./dist/index.js");
console.log(localFiles().readText(${JSON.stringify(path)}));`;
    expect(run(code).trim()).toBe("read me");
  });
});

describe("expandPath: Python's expandvars, in linear time", () => {
  const env = { A: "alpha", B_1: "beta", HOME: "/home/u" };
  /** Python's own rule, `\$(\w+|\{[^}]*\})`, by its pattern (quadratic on many unclosed `${`). */
  const reference = (path: string) =>
    path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
      const key = name.startsWith("{") ? name.slice(1, -1) : name;
      return Object.hasOwn(env, key) ? env[key as keyof typeof env] : whole;
    });

  it("expands as Python's pattern does, on random paths of $, braces and names", () => {
    const piece = fc.constantFrom("$", "{", "}", "A", "B_1", "x", "/", "$A", "${A}", "${");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const path = pieces.join("");
        expect(expandPath(path, env)).toBe(reference(path));
      }),
      { numRuns: 2000, seed: 1207 },
    );
  });

  it("leaves 100,000 unclosed ${ as they are", () => {
    const path = `\${A}/${"${".repeat(100_000)}/$A`;
    expect(expandPath(path, env)).toBe(`alpha/${"${".repeat(100_000)}/alpha`);
  });
});
